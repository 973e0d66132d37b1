/**
 * The one definition of which strings of a standard response are field-code templates: every
 * string value, except the values of enumeration keys (never rendered, content-shapes.md), the
 * order key `index` (a number or digit string, see index-rule.ts) and the envelope's metadata.
 */

/** Keys whose string values are enumerations, never templates. */
export const ENUM_KEYS: ReadonlySet<string> = new Set(['type', 'contentType', 'mime', 'language', 'action']);

/** Envelope keys that are metadata, not rendered text. */
export const ENVELOPE_META_KEYS: ReadonlySet<string> = new Set([
  '$schema',
  'name',
  'id',
  'description',
  'profile',
  'sampleData',
  'category',
  'parameterFormat',
  'examples',
  'authentication',
  'variants',
]);

/**
 * The inline-suppression property (docs/rules.md#suppressions): read by the lint core only. It is
 * never a template, never compiled and never rendered, so it cannot reach a channel payload.
 */
export const SUPPRESSION_KEY = 'x-fieldcode-disable';

/** True when the string value of `key` (inside a structured body or attachment) is a template. */
export function isTemplateKey(key: string | undefined): boolean {
  return key === undefined || (!ENUM_KEYS.has(key) && key !== 'index');
}
