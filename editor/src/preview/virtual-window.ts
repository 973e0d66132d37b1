/**
 * Virtual scrolling of long previews (a 500-row list sheet, a carousel of many cards): only the
 * entries inside the scrolled viewport, plus a few either side, are drawn; spacers before and
 * after stand for the rest. Entries have fixed sizes by kind (the styles fix a row's height and a
 * card's width), so the offsets are a prefix sum and the window is found by binary search.
 */

/** Start offset of each entry, plus the total size as the last element (`sizes.length + 1` numbers). */
export function offsetsOf(sizes: readonly number[]): number[] {
  const offsets = new Array<number>(sizes.length + 1);
  offsets[0] = 0;
  for (let i = 0; i < sizes.length; i++) offsets[i + 1] = offsets[i]! + sizes[i]!;
  return offsets;
}

/** Entries `[start, end)` to draw, and the sizes of the spacers before and after them. */
export interface VirtualWindow {
  start: number;
  end: number;
  before: number;
  after: number;
}

/**
 * The entries that intersect `[scroll, scroll + viewport)`, widened by `overscan` entries on each
 * side (so a keyboard step or a small scroll never shows a gap before the next frame).
 */
export function windowOf(offsets: readonly number[], scroll: number, viewport: number, overscan: number): VirtualWindow {
  const count = offsets.length - 1;
  const total = offsets[count]!;
  const top = Math.max(0, Math.min(scroll, total));
  const bottom = Math.min(total, top + Math.max(0, viewport));
  const first = lastAtOrBefore(offsets, top, count);
  let last = first;
  while (last < count && offsets[last]! < bottom) last++;
  const start = Math.max(0, first - overscan);
  const end = Math.min(count, Math.max(last, first + 1) + overscan);
  return { start, end, before: offsets[start]!, after: total - offsets[end]! };
}

/** The last entry whose start offset is at or before `offset` (binary search). */
function lastAtOrBefore(offsets: readonly number[], offset: number, count: number): number {
  let low = 0;
  let high = Math.max(0, count - 1);
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (offsets[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}
