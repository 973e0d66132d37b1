/**
 * Offset → line/column conversion for diagnostics of the ESP and render modules
 * (line and column 1-based, column in UTF-16 units, as in `@fieldcode/language` positions).
 */
import type { Position, Range } from '@fieldcode/language';

/** Precomputed line starts of one text. */
export class TextPositions {
  private readonly lineStarts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 10) this.lineStarts.push(i + 1);
      else if (ch === 13 && text.charCodeAt(i + 1) !== 10) this.lineStarts.push(i + 1);
    }
  }

  position(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid]! <= clamped) low = mid;
      else high = mid - 1;
    }
    return { offset: clamped, line: low + 1, column: clamped - this.lineStarts[low]! + 1 };
  }

  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(end) };
  }
}

/** The empty range at the start of a text, for diagnostics that have no better place. */
export function startRange(): Range {
  const start = { offset: 0, line: 1, column: 1 };
  return { start, end: { ...start } };
}
