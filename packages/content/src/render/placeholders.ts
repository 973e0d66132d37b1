/**
 * `{{n}}` placeholders filled from the rendered parameter values.
 *
 * Only placeholders written in the template are filled, never `{{n}}` text that comes from the
 * data: before field codes are evaluated, each template placeholder is swapped for a marker of
 * the same length made of private-use characters (so diagnostic ranges do not move); markers are
 * filled after evaluation, and the ones left are written back as `{{n}}`.
 */
import type { Item, RenderContext } from './model.js';
import { itemIndex } from '../model/index.js';
import { list } from './model.js';

const PLACEHOLDER = /\{\{\s*(\d+)\s*\}\}/g;
const OPEN = '\uE000';
const PAD = '\uE001';
const CLOSE = '\uE002';
const MARKER = /\uE000(\d+)\uE001*\uE002/g;
const MARKER_CHARS = /[\uE000-\uE002]/;

/** Replaces template placeholders by same-length markers (`{{ 12 }}` → OPEN 12 PAD PAD PAD CLOSE). */
export function markPlaceholders(template: string): string {
  if (!template.includes('{{')) return template;
  return template.replace(PLACEHOLDER, (match, digits: string) => OPEN + digits + PAD.repeat(match.length - digits.length - 2) + CLOSE);
}

/** Writes the markers left in a rendered string back as `{{n}}`. */
export function unmarkPlaceholders(text: string): string {
  return MARKER_CHARS.test(text) ? text.replace(MARKER, (_match, digits: string) => `{{${digits}}}`) : text;
}

/** Writes markers back as `{{n}}` in every string of a rendered value, in place. */
export function unmarkAll(value: unknown): unknown {
  if (typeof value === 'string') return unmarkPlaceholders(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = unmarkAll(value[i]);
  } else if (typeof value === 'object' && value !== null) {
    const object = value as Item;
    for (const key of Object.keys(object)) object[key] = unmarkAll(object[key]);
  }
  return value;
}

/**
 * Fills the placeholders of `field` of `item` from its parameters (parameter `index` = n, or
 * position + 1 when no parameter has an index). Missing parameters render empty and are reported.
 */
export function fillPlaceholders(item: Item, field: 'text' | 'url', context: RenderContext, strict: boolean): void {
  const text = item[field];
  if (typeof text !== 'string' || !text.includes(OPEN)) return;
  const parameters = list(item, 'parameters');
  const byIndex = new Map<number, string>();
  parameters.forEach((parameter, position) => {
    const value = typeof parameter['value'] === 'string' ? unmarkPlaceholders(parameter['value']) : '';
    byIndex.set(itemIndex(parameter) ?? position + 1, value);
  });
  const pointer = context.pointerOf(item, field);
  item[field] = text.replace(MARKER, (_match, digits: string) => {
    const n = Number(digits);
    const value = byIndex.get(n);
    if (value === undefined) {
      context.report(
        'placeholder-parameter-mismatch', strict ? 'error' : 'warning',
        `{{${n}}} has no parameter with index ${n}; it renders empty`, pointer,
      );
      return '';
    }
    // A URL button's trailing variable is sent percent-encoded (Meta template components).
    return field === 'url' ? encodeURIComponent(value) : value;
  });
}
