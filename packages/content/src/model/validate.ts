// Schema validation with the precompiled (standalone) ajv validators: no code generation at run
// time, so it also runs in a browser worker under a strict Content-Security-Policy.
import type { SchemaIssue, SchemaName } from '../types.js';
import * as validators from './generated/validators.js';
import type { StandaloneValidator } from './generated/validators.js';
import { isSchemaName } from './schemas.js';

const byName: ReadonlyMap<SchemaName, StandaloneValidator> = new Map<SchemaName, StandaloneValidator>([
  ['standard-response', validators.standardResponse],
  ['structured-body', validators.structuredBody],
  ['notification', validators.notification],
  ['quick-replies', validators.quickReplies],
  ['generic', validators.generic],
  ['single-selection-list', validators.singleSelectionList],
  ['reply-buttons', validators.replyButtons],
  ['text', validators.text],
  ['render-data', validators.renderData],
  ['invite-to-chat', validators.inviteToChat],
  ['fieldcode-config', validators.fieldcodeConfig],
  ['limit-profile', validators.limitProfile],
]);

/**
 * Validates `value` (parsed JSON) against the shipped schema `name` and returns every problem
 * found, in ajv's order; `[]` when valid.
 *
 * The schemas dispatch with `if`/`then` (on `contentType`, item `type`, …) so that errors stay
 * targeted; ajv's companion `if` errors ("must match \"then\" schema") repeat what the errors from
 * inside the `then` already say, so they are left out. Identical issues (the same check reached
 * through several in-place references, e.g. "must be object" for a non-object file) are reported once.
 *
 * @throws TypeError when `name` is not a shipped schema (a programming error, not bad input).
 */
export function validateSchema(name: SchemaName, value: unknown): SchemaIssue[] {
  const validate = isSchemaName(name) ? byName.get(name) : undefined;
  if (!validate) throw new TypeError(`validateSchema: unknown schema "${String(name)}"`);
  if (validate(value)) return [];
  const issues: SchemaIssue[] = [];
  const seen = new Set<string>();
  for (const error of validate.errors ?? []) {
    if (error.keyword === 'if') continue;
    const key = JSON.stringify([error.instancePath, error.keyword, error.message, error.params]);
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push({
      instancePath: error.instancePath,
      keyword: error.keyword,
      message: error.message ?? `must pass "${error.keyword}"`,
      params: { ...error.params },
    });
  }
  return issues;
}
