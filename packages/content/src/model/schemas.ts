// The shipped JSON Schemas as objects. The imported files are verbatim copies of schemas/*.schema.json
// made by `npm run generate` (the package can only import files under its own src/).
import type { SchemaName } from '../types.js';
import standardResponse from './generated/schemas/standard-response.schema.json' with { type: 'json' };
import structuredBody from './generated/schemas/structured-body.schema.json' with { type: 'json' };
import notification from './generated/schemas/notification.schema.json' with { type: 'json' };
import quickReplies from './generated/schemas/quick-replies.schema.json' with { type: 'json' };
import generic from './generated/schemas/generic.schema.json' with { type: 'json' };
import singleSelectionList from './generated/schemas/single-selection-list.schema.json' with { type: 'json' };
import replyButtons from './generated/schemas/reply-buttons.schema.json' with { type: 'json' };
import ctaUrl from './generated/schemas/cta-url.schema.json' with { type: 'json' };
import text from './generated/schemas/text.schema.json' with { type: 'json' };
import renderData from './generated/schemas/render-data.schema.json' with { type: 'json' };
import inviteToChat from './generated/schemas/invite-to-chat.schema.json' with { type: 'json' };
import fieldcodeConfig from './generated/schemas/fieldcode-config.schema.json' with { type: 'json' };
import limitProfile from './generated/schemas/limit-profile.schema.json' with { type: 'json' };
import renderRequest from './generated/schemas/render-request.schema.json' with { type: 'json' };
import lintRequest from './generated/schemas/lint-request.schema.json' with { type: 'json' };
import templateRequest from './generated/schemas/template-request.schema.json' with { type: 'json' };
import metaTemplateCreate from './generated/schemas/meta-template-create.schema.json' with { type: 'json' };
import metaTemplateList from './generated/schemas/meta-template-list.schema.json' with { type: 'json' };

/** A JSON Schema document (2020-12) as a plain object. */
export type JsonSchema = Record<string, unknown>;

/** Base of every shipped schema's `$id`: `https://fieldcode.dev/schemas/<name>.schema.json`. */
export const schemaBaseUri = 'https://fieldcode.dev/schemas/';

/**
 * Every shipped schema by name (file `schemas/<name>.schema.json`). Cross-schema `$ref`s are
 * relative to the `$id`s, so an editor registering all of them under their `$id` resolves them.
 */
export const schemas: Readonly<Record<SchemaName, JsonSchema>> = Object.freeze({
  'standard-response': standardResponse,
  'structured-body': structuredBody,
  notification,
  'quick-replies': quickReplies,
  generic,
  'single-selection-list': singleSelectionList,
  'reply-buttons': replyButtons,
  'cta-url': ctaUrl,
  text,
  'render-data': renderData,
  'invite-to-chat': inviteToChat,
  'fieldcode-config': fieldcodeConfig,
  'limit-profile': limitProfile,
  'render-request': renderRequest,
  'lint-request': lintRequest,
  'template-request': templateRequest,
  'meta-template-create': metaTemplateCreate,
  'meta-template-list': metaTemplateList,
});

/** Names of the shipped schemas, in documentation order. */
export const schemaNames: readonly SchemaName[] = Object.freeze(Object.keys(schemas) as SchemaName[]);

/** True when `name` is the name of a shipped schema. */
export function isSchemaName(name: unknown): name is SchemaName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(schemas, name);
}

/** The `$id` of a shipped schema, e.g. `https://fieldcode.dev/schemas/notification.schema.json`. */
export function schemaId(name: SchemaName): string {
  return `${schemaBaseUri}${name}.schema.json`;
}

/**
 * The JSON Schema named `name` (a shared object: do not mutate it), or `undefined` for an unknown
 * name (e.g. a name typed on the command line).
 */
export function getSchema(name: SchemaName): JsonSchema;
export function getSchema(name: string): JsonSchema | undefined;
export function getSchema(name: string): JsonSchema | undefined {
  return isSchemaName(name) ? schemas[name] : undefined;
}
