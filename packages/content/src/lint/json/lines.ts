import type { Position, Range } from '@fieldcode/language';

/**
 * Offset → line/column for one file text (1-based line and column, column in UTF-16 units).
 * Lines break at `\n`, `\r\n` and `\r`, like the language package's positions.
 */
export class TextLines {
  /** Line start offsets, computed on the first lookup (most files have no diagnostics). */
  private starts: number[] | undefined;

  constructor(readonly text: string) {}

  private lineStarts(): number[] {
    if (this.starts) return this.starts;
    const starts = [0];
    const text = this.text;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    return (this.starts = starts);
  }

  /** The position of an offset, clamped into `[0, text.length]`. */
  positionAt(offset: number): Position {
    const starts = this.lineStarts();
    const o = Math.max(0, Math.min(this.text.length, Math.floor(offset)));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return { offset: o, line: lo + 1, column: o - starts[lo]! + 1 };
  }

  rangeAt(start: number, end: number): Range {
    const s = this.positionAt(start);
    return { start: s, end: end <= start ? s : this.positionAt(end) };
  }
}
