import { describe, expect, it } from 'vitest';
import { createLineIndex, LineIndex } from '../positions.js';

describe('LineIndex', () => {
  it('maps offsets to 1-based lines and columns across \\n, \\r\\n and \\r', () => {
    const index = createLineIndex('ab\ncd\r\nef\rg');
    expect(index).toBeInstanceOf(LineIndex);
    expect(index.lineCount).toBe(4);
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((o) => index.positionAt(o))).toEqual([
      { offset: 0, line: 1, column: 1 },
      { offset: 1, line: 1, column: 2 },
      { offset: 2, line: 1, column: 3 },
      { offset: 3, line: 2, column: 1 },
      { offset: 4, line: 2, column: 2 },
      { offset: 5, line: 2, column: 3 },
      { offset: 6, line: 2, column: 4 },
      { offset: 7, line: 3, column: 1 },
      { offset: 8, line: 3, column: 2 },
      { offset: 9, line: 3, column: 3 },
      { offset: 10, line: 4, column: 1 },
      { offset: 11, line: 4, column: 2 },
    ]);
  });

  it('clamps offsets to the text', () => {
    const index = createLineIndex('ab\nc');
    expect(index.positionAt(-5)).toEqual({ offset: 0, line: 1, column: 1 });
    expect(index.positionAt(99)).toEqual({ offset: 4, line: 2, column: 2 });
    expect(index.positionAt(Number.NaN)).toEqual({ offset: 0, line: 1, column: 1 });
    expect(index.positionAt(2.7)).toEqual({ offset: 2, line: 1, column: 3 });
  });

  it('handles the empty text and a trailing line break', () => {
    expect(createLineIndex('').positionAt(0)).toEqual({ offset: 0, line: 1, column: 1 });
    const index = createLineIndex('a\n');
    expect(index.lineCount).toBe(2);
    expect(index.positionAt(2)).toEqual({ offset: 2, line: 2, column: 1 });
  });

  it('builds ranges and never lets the end precede the start', () => {
    const index = createLineIndex('one\ntwo');
    expect(index.rangeAt(4, 7)).toEqual({
      start: { offset: 4, line: 2, column: 1 },
      end: { offset: 7, line: 2, column: 4 },
    });
    expect(index.rangeAt(5, 1)).toEqual({
      start: { offset: 5, line: 2, column: 2 },
      end: { offset: 5, line: 2, column: 2 },
    });
  });

  it('maps line and column back to an offset', () => {
    const index = createLineIndex('one\r\ntwo\nthree');
    expect(index.offsetAt(1, 1)).toBe(0);
    expect(index.offsetAt(2, 2)).toBe(6);
    expect(index.offsetAt(3, 6)).toBe(14);
    expect(index.offsetAt(9, 1)).toBe(9);
    expect(index.offsetAt(3, 99)).toBe(14);
  });

  it('counts columns in UTF-16 units', () => {
    expect(createLineIndex('😀x').positionAt(2)).toEqual({ offset: 2, line: 1, column: 3 });
  });
});
