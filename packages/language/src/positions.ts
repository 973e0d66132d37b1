/**
 * Offset → line/column conversion. Lines break at `\n`, `\r\n` and `\r`; lines and columns are
 * 1-based, columns count UTF-16 units (the same unit as offsets).
 */
import type { Position, Range } from './types.js';

/** Maps UTF-16 offsets of one text to 1-based line/column positions in O(log lines). */
export class LineIndex {
  /** Offset at which each line starts; `lineStarts[0]` is always 0. */
  private readonly lineStarts: number[];
  readonly length: number;

  constructor(text: string) {
    const starts = [0];
    const length = text.length;
    for (let i = 0; i < length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 /* \n */) {
        starts.push(i + 1);
      } else if (c === 13 /* \r */) {
        // `\r\n` is one line break: the next line starts after the `\n`.
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
    this.length = length;
  }

  /** Number of lines (an empty text has one line). */
  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** Position of `offset`, clamped to `[0, text.length]`. */
  positionAt(offset: number): Position {
    const clamped = Number.isFinite(offset) ? Math.min(Math.max(Math.trunc(offset), 0), this.length) : 0;
    const starts = this.lineStarts;
    // Last line whose start is <= offset.
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      if (starts[mid]! <= clamped) low = mid;
      else high = mid - 1;
    }
    return { offset: clamped, line: low + 1, column: clamped - starts[low]! + 1 };
  }

  /** Range of the half-open span `[start, end)`; `end` is never before `start`. */
  rangeAt(start: number, end: number): Range {
    const from = this.positionAt(start);
    const to = this.positionAt(Math.max(end, from.offset));
    return { start: from, end: to };
  }

  /** Offset of a 1-based line/column, clamped to the text. */
  offsetAt(line: number, column: number): number {
    const lineIdx = Math.min(Math.max(Math.trunc(line) - 1, 0), this.lineStarts.length - 1);
    const offset = this.lineStarts[lineIdx]! + Math.max(Math.trunc(column) - 1, 0);
    return Math.min(offset, this.length);
  }
}

/** Creates a {@link LineIndex} for `text`. */
export function createLineIndex(text: string): LineIndex {
  return new LineIndex(text);
}
