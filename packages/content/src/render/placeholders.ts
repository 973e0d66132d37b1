/**
 * `{{n}}` placeholders filled from the rendered parameter values.
 */
import type { Item, RenderContext } from './model.js';
import { itemIndex } from '../model/index.js';
import { list } from './model.js';

const PLACEHOLDER = /\{\{\s*(\d+)\s*\}\}/g;

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
    byIndex.set(itemIndex(parameter) ?? position + 1, value);
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
