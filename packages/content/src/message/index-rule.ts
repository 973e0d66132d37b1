/**
 * The one `index` rule of standard responses (structured-body schema): a whole number ≥ 0,
 * written as a JSON number or as a string of decimal digits without sign, fraction, spaces or
 * leading zeros (`2`, `"2"`). Anything else (`"-1"`, `"1.5"`, `" 2 "`, `-1`, `1.5`) is no usable
 * index: the schema rule reports it, and the item is placed after the indexed ones, the same way
 * for the lint, the renderer, the preview and every channel.
 */

const DIGITS = /^(0|[1-9][0-9]*)$/;

/** The numeric value of an `index` value, or undefined when it is not a usable index. */
export function indexValue(raw: unknown): number | undefined {
  if (typeof raw === 'number') return Number.isSafeInteger(raw) && raw >= 0 ? raw : undefined;
  if (typeof raw === 'string' && raw.length <= 15 && DIGITS.test(raw)) return Number(raw);
  return undefined;
}

/** The `index` of an item (own property only), or undefined when it has no usable index. */
export function itemIndex(item: unknown): number | undefined {
  if (typeof item !== 'object' || item === null || !Object.prototype.hasOwnProperty.call(item, 'index')) return undefined;
  return indexValue((item as { index?: unknown }).index);
}

/**
 * Returns the items in display order, without modifying the input array:
 * items with an index come first, in ascending index order; items with equal indexes keep their
 * relative order (stable); items without a usable index follow, in their original order.
 *
 * Why unindexed items go last: in the Genesys shapes `index` is either on every item or on none,
 * so a missing index is an authoring slip; keeping such items after the indexed ones (rather than
 * guessing a slot between them) keeps the indexed order exactly as written, and the lint rules
 * report the slip. With no index at all, the array order is kept unchanged.
 *
 * `indexOf` reads the index of an entry (default: {@link itemIndex} of the entry itself).
 */
export function sortItemsByIndex<T>(items: readonly T[], indexOf: (item: T) => number | undefined = itemIndex): T[] {
  const indexed: Array<{ item: T; index: number; position: number }> = [];
  const rest: T[] = [];
  items.forEach((item, position) => {
    const index = indexOf(item);
    if (index === undefined) rest.push(item);
    else indexed.push({ item, index, position });
  });
  if (indexed.length === 0) return rest;
  indexed.sort((a, b) => a.index - b.index || a.position - b.position);
  return [...indexed.map((entry) => entry.item), ...rest];
}
