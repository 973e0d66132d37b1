/**
 * `{{n}}` placeholders: ordering of items and parameters by `index`, and filling placeholders
 * from the rendered parameter values.
 */
import type { Item, RenderContext } from './model.js';
import { list } from './model.js';

const PLACEHOLDER = /\{\{\s*(\d+)\s*\}\}/g;

/** `index` as a number (`2` or `"2"`), or undefined. */
export function indexOf(item: Item): number | undefined {
  const value = item['index'];
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) return Number(value);
  return undefined;
}

/** Stable sort by `index`; items without one keep their order after the indexed ones. */
export function sortByIndex<T extends Item>(items: T[]): T[] {
  return items
    .map((item, position) => ({ item, position, index: indexOf(item) }))
    .sort((a, b) => (a.index ?? Infinity) - (b.index ?? Infinity) || a.position - b.position)
    .map((entry) => entry.item);
}

/**
 * Fills `{{n}}` in `field` of `item` from its parameters (parameter `index` = n, or position + 1
 * when no parameter has an index). Missing parameters render empty and are reported.
 */
export function fillPlaceholders(item: Item, field: 'text' | 'url', context: RenderContext, strict: boolean): void {
  const text = item[field];
  if (typeof text !== 'string' || !text.includes('{{')) return;
  const parameters = list(item, 'parameters');
  const byIndex = new Map<number, string>();
  parameters.forEach((parameter, position) => {
    const value = typeof parameter['value'] === 'string' ? parameter['value'] : '';
    byIndex.set(indexOf(parameter) ?? position + 1, value);
  });
  const pointer = context.pointerOf(item, field);
  item[field] = text.replace(PLACEHOLDER, (_match, digits: string) => {
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
