// The three forms of a standard-response file (SPEC §4.1) brought to one: the envelope.
import type { StandardResponseEnvelope, StructuredBody } from '../types.js';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasOwn(value: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(value, key);
}

/**
 * True when `value` is a bare structured body rather than an envelope: an object with its own
 * `contentType` or `content` property (the same test the `standard-response` schema uses).
 */
export function isStructuredBody(value: unknown): value is StructuredBody {
  return isPlainObject(value) && (hasOwn(value, 'contentType') || hasOwn(value, 'content'));
}

/**
 * Brings any standard-response form to the envelope form, without validating it:
 * - a string (plain-text file) → `{ plainText }`;
 * - a bare structured body → `{ structured: body }`; a `$schema` on the body moves to the envelope;
 * - an envelope → a shallow copy of it;
 * - anything else (null, a number, an array) → `{}` (the schema reports what is wrong with it).
 * The input is never modified.
 */
export function toEnvelope(value: unknown): StandardResponseEnvelope {
  if (typeof value === 'string') return { plainText: value };
  if (!isPlainObject(value)) return {};
  if (isStructuredBody(value)) {
    const { $schema, ...body } = value;
    const envelope: StandardResponseEnvelope = {};
    if (typeof $schema === 'string') envelope.$schema = $schema;
    envelope.structured = body as StructuredBody;
    return envelope;
  }
  return { ...value };
}
