import { describe, expect, it } from 'vitest';
import { TextLines } from './lines.js';

describe('TextLines', () => {
  it('breaks lines at \\n, \\r\\n and \\r with 1-based lines and columns', () => {
    const lines = new TextLines('ab\ncd\r\nef\rg');
    expect([0, 2, 3, 5, 7, 10, 11].map((o) => lines.positionAt(o))).toEqual([
      { offset: 0, line: 1, column: 1 },
      { offset: 2, line: 1, column: 3 },
      { offset: 3, line: 2, column: 1 },
      { offset: 5, line: 2, column: 3 },
      { offset: 7, line: 3, column: 1 },
      { offset: 10, line: 4, column: 1 },
      { offset: 11, line: 4, column: 2 },
    ]);
  });

  it('clamps offsets into the text', () => {
    const lines = new TextLines('ab');
    expect(lines.positionAt(-1)).toEqual({ offset: 0, line: 1, column: 1 });
    expect(lines.positionAt(9)).toEqual({ offset: 2, line: 1, column: 3 });
  });
});
