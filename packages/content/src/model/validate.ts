// Schema validation with the precompiled (standalone) ajv validators: no code generation at run
// time, so it also runs in a browser worker under a strict Content-Security-Policy.
import type { SchemaIssue, SchemaName } from '../types.js';
import * as validators from './generated/validators.js';
import type { StandaloneValidator } from './generated/validators.js';
import { isSchemaName } from './schemas.js';

type AjvError = NonNullable<StandaloneValidator['errors']>[number];

const byName: ReadonlyMap<SchemaName, StandaloneValidator> = new Map<SchemaName, StandaloneValidator>([
  ['standard-response', validators.standardResponse],
  ['structured-body', validators.structuredBody],
  ['notification', validators.notification],
  ['quick-replies', validators.quickReplies],
  ['generic', validators.generic],
  ['single-selection-list', validators.singleSelectionList],
  ['reply-buttons', validators.replyButtons],
  ['cta-url', validators.ctaUrl],
  ['text', validators.text],
  ['render-data', validators.renderData],
  ['invite-to-chat', validators.inviteToChat],
  ['fieldcode-config', validators.fieldcodeConfig],
  ['limit-profile', validators.limitProfile],
  ['render-request', validators.renderRequest],
  ['lint-request', validators.lintRequest],
  ['template-request', validators.templateRequest],
  ['meta-template-create', validators.metaTemplateCreate],
  ['meta-template-list', validators.metaTemplateList],
]);

/** Errors raised while testing items against a `contains` subschema: the `contains` error says it all. */
const insideContains = /\/contains\//;
/** Errors raised while testing a property name; folded into the `propertyNames` error that follows. */
const insidePropertyNames = /\/propertyNames\//;

/**
 * Validates `value` (parsed JSON) against the shipped schema `name` and returns every problem
 * found, in ajv's order; `[]` when valid. Each issue carries ajv's `instancePath`, `keyword`,
 * `message` and `params`, with these adjustments so that every issue points at one real problem:
 * - ajv's companion `if` errors ("must match \"then\" schema") are left out: the schemas dispatch
 *   with `if`/`then` (on `contentType`, item `type`, …) and the errors from inside the `then` say
 *   what is wrong;
 * - errors of items tested against a `contains` subschema are left out (the `contains` issue on
 *   the array remains);
 * - a bad property name gives one `propertyNames` issue on the object, whose message names the
 *   property and the reason, e.g. `property name "Body_Length" must match pattern "…"`
 *   (`params.propertyName` holds the name);
 * - identical issues (one check reached through several in-place references, such as
 *   "must be object" for a non-object file) are reported once.
 *
 * @throws TypeError when `name` is not a shipped schema (a programming error, not bad input).
 */
export function validateSchema(name: SchemaName, value: unknown): SchemaIssue[] {
  const validate = isSchemaName(name) ? byName.get(name) : undefined;
  if (!validate) throw new TypeError(`validateSchema: unknown schema "${String(name)}"`);
  if (validate(value)) return [];
  const issues: SchemaIssue[] = [];
  const seen = new Set<string>();
  let nameProblem: AjvError | undefined;
  for (const error of validate.errors ?? []) {
    if (error.keyword === 'if' || insideContains.test(error.schemaPath)) continue;
    if (insidePropertyNames.test(error.schemaPath)) {
      nameProblem ??= error;
      continue;
    }
    let message = error.message ?? `must pass "${error.keyword}"`;
    if (error.keyword === 'propertyNames') {
      const reason = nameProblem?.message ?? 'is not allowed';
      message = `property name ${JSON.stringify(error.params.propertyName)} ${reason}`;
      nameProblem = undefined;
    }
    const key = JSON.stringify([error.instancePath, error.keyword, message, error.params]);
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push({ instancePath: error.instancePath, keyword: error.keyword, message, params: { ...error.params } });
  }
  return issues;
}
