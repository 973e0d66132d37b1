/**
 * Virtual scrolling of long previews (a 500-row list sheet, a long body text, a carousel of many
 * cards): only the entries inside the scrolled viewport, plus a few either side, are drawn; spacers
 * before and after stand for the rest. The offsets are a prefix sum of the entries' sizes and the
 * window is found by binary search. Sizes are either fixed by kind (a carousel card's width) or
 * measured ({@link MeasuredSizes}: a list row with a long description, a wrapped line of text).
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
 * side (so a keyboard step or a small scroll never shows a gap before the next frame), and to
 * entry `keep` when it is 0 or more (an entry that holds the focus or a selection stays drawn).
 */
export function windowOf(offsets: readonly number[], scroll: number, viewport: number, overscan: number, keep = -1): VirtualWindow {
  const count = offsets.length - 1;
  const total = offsets[count]!;
  const top = Math.max(0, Math.min(scroll, total));
  const bottom = Math.min(total, top + Math.max(0, viewport));
  const first = lastAtOrBefore(offsets, top, count);
  let last = first;
  while (last < count && offsets[last]! < bottom) last++;
  let start = Math.max(0, first - overscan);
  let end = Math.min(count, Math.max(last, first + 1) + overscan);
  if (keep >= 0) {
    start = Math.min(start, keep);
    end = Math.max(end, keep + 1);
  }
  return { start, end, before: offsets[start]!, after: total - offsets[end]! };
}

/**
 * Sizes of entries whose height is known only once the browser has laid them out: each entry
 * starts with an estimate and takes its measured size when measured (drawn in the viewport, or laid
 * out off screen by the element's background measuring), so the scrolled height is exact once every
 * entry is measured. Offsets are recomputed on demand after a change (a prefix sum).
 */
export class MeasuredSizes {
  private readonly sizes: number[];
  private readonly known: boolean[];
  private unknown: number;
  private cached: number[] | null = null;

  constructor(estimates: readonly number[]) {
    this.sizes = [...estimates];
    this.known = estimates.map(() => false);
    this.unknown = estimates.length;
  }

  get count(): number {
    return this.sizes.length;
  }

  /** True once every entry has its measured size (the total is then exact). */
  get complete(): boolean {
    return this.unknown === 0;
  }

  /** Start offsets and the total, as {@link offsetsOf} gives them. */
  get offsets(): number[] {
    return (this.cached ??= offsetsOf(this.sizes));
  }

  isMeasured(index: number): boolean {
    return this.known[index] === true;
  }

  /** Records the measured size of entry `index`; true when it changed the offsets. */
  measure(index: number, size: number): boolean {
    if (index < 0 || index >= this.sizes.length || !(size >= 0)) return false;
    if (!this.known[index]) {
      this.known[index] = true;
      this.unknown--;
    }
    if (this.sizes[index] === size) return false;
    this.sizes[index] = size;
    this.cached = null;
    return true;
  }

  /** The first entry from `from` on that is not measured yet, or -1. */
  nextUnmeasured(from = 0): number {
    if (this.unknown === 0) return -1;
    for (let i = Math.max(0, from); i < this.known.length; i++) if (!this.known[i]) return i;
    for (let i = 0; i < Math.min(from, this.known.length); i++) if (!this.known[i]) return i;
    return -1;
  }

  /** Forgets every measurement (the viewport's width changed: texts wrap differently). */
  reset(estimate: (index: number) => number): void {
    for (let i = 0; i < this.sizes.length; i++) {
      this.sizes[i] = estimate(i);
      this.known[i] = false;
    }
    this.unknown = this.sizes.length;
    this.cached = null;
  }
}

/** The entry at `offset` (the last one starting at or before it) in offsets from {@link offsetsOf}. */
export function entryAt(offsets: readonly number[], offset: number): number {
  return lastAtOrBefore(offsets, offset, offsets.length - 1);
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
