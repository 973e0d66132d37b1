// Display order of structured-body items (SPEC §4.2: the Genesys example lists them out of order).

/**
 * The numeric `index` of an item: a finite number, or a string of decimal digits (`"1"`, as in the
 * Genesys example; surrounding spaces tolerated). `undefined` when the item has no usable index.
 */
export function itemIndex(item: unknown): number | undefined {
  if (typeof item !== 'object' || item === null || !Object.prototype.hasOwnProperty.call(item, 'index')) return undefined;
  const index = (item as { index?: unknown }).index;
  if (typeof index === 'number') return Number.isFinite(index) ? index : undefined;
  if (typeof index === 'string' && /^\s*\d+\s*$/.test(index)) return Number(index);
  return undefined;
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
 */
export function sortItemsByIndex<T>(items: readonly T[]): T[] {
  const indexed: Array<{ item: T; index: number; position: number }> = [];
  const rest: T[] = [];
  items.forEach((item, position) => {
    const index = itemIndex(item);
    if (index === undefined) rest.push(item);
    else indexed.push({ item, index, position });
  });
  indexed.sort((a, b) => a.index - b.index || a.position - b.position);
  return [...indexed.map((entry) => entry.item), ...rest];
}
