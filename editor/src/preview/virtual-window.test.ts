import { describe, expect, it } from 'vitest';
import { offsetsOf, windowOf } from './virtual-window.js';

describe('virtual window', () => {
  const offsets = offsetsOf([30, ...Array.from({ length: 50 }, () => 60), 30, ...Array.from({ length: 50 }, () => 60)]);

  it('sums fixed sizes into start offsets', () => {
    expect(offsetsOf([30, 60, 60])).toEqual([0, 30, 90, 150]);
    expect(offsets.at(-1)).toBe(60 + 100 * 60);
  });

  it('draws the entries in the viewport and the overscan, with spacers for the rest', () => {
    expect(windowOf(offsets, 0, 420, 4)).toEqual({ start: 0, end: 12, before: 0, after: 6060 - 30 - 11 * 60 });
    // Scrolled to 1000: entry 17 (at 30 + 16 × 60 = 990) is the first in view, entry 24 (at 1410) the last.
    expect(windowOf(offsets, 1000, 420, 4)).toEqual({ start: 13, end: 29, before: 30 + 12 * 60, after: 6060 - (30 + 28 * 60) });
  });

  it('clamps a scroll past either end and an empty list', () => {
    expect(windowOf(offsets, 99_999, 420, 2)).toMatchObject({ end: 102, after: 0 });
    expect(windowOf(offsets, -50, 420, 0)).toMatchObject({ start: 0, before: 0 });
    expect(windowOf([0], 0, 420, 3)).toEqual({ start: 0, end: 0, before: 0, after: 0 });
  });
});
