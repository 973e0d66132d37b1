import { describe, expect, it } from 'vitest';
import { entryAt, MeasuredSizes, offsetsOf, windowOf } from './virtual-window.js';

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

describe('measured sizes', () => {
  it('start from estimates and take measured sizes, the total exact once every entry is measured', () => {
    const sizes = new MeasuredSizes([40, 40, 40, 40]);
    expect(sizes.offsets).toEqual([0, 40, 80, 120, 160]);
    expect(sizes.complete).toBe(false);
    expect(sizes.nextUnmeasured()).toBe(0);
    expect(sizes.measure(1, 96)).toBe(true);
    expect(sizes.measure(0, 40)).toBe(false); // measured as estimated: the offsets stay
    expect(sizes.offsets).toEqual([0, 40, 136, 176, 216]);
    expect(sizes.nextUnmeasured(3)).toBe(3);
    sizes.measure(3, 18);
    expect(sizes.nextUnmeasured(3)).toBe(2);
    sizes.measure(2, 58);
    expect(sizes.complete).toBe(true);
    expect(sizes.nextUnmeasured()).toBe(-1);
    expect(sizes.offsets).toEqual([0, 40, 136, 194, 212]);
    expect(entryAt(sizes.offsets, 135)).toBe(1);
    expect(entryAt(sizes.offsets, 136)).toBe(2);
    expect(windowOf(sizes.offsets, 140, 50, 0)).toEqual({ start: 2, end: 3, before: 136, after: 18 });
  });

  it('ignore sizes out of range and forget every measurement on reset', () => {
    const sizes = new MeasuredSizes([10, 10]);
    expect(sizes.measure(2, 50)).toBe(false);
    expect(sizes.measure(0, Number.NaN)).toBe(false);
    sizes.measure(0, 25);
    sizes.reset((i) => 11 + i);
    expect(sizes.offsets).toEqual([0, 11, 23]);
    expect(sizes.isMeasured(0)).toBe(false);
  });
});
