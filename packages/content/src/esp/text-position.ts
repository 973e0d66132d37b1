/**
 * Offset → line/column conversion for diagnostics of the ESP and render modules, on top of the
 * language's `LineIndex` (line and column 1-based, column in UTF-16 units).
 */
import { createLineIndex, type LineIndex, type Position, type Range } from '@fieldcode/language';

/** Positions in one text. */
export class TextPositions {
  private readonly index: LineIndex;

  constructor(text: string) {
    this.index = createLineIndex(text);
  }

  position(offset: number): Position {
    return this.index.positionAt(offset);
  }

  range(start: number, end: number): Range {
    return this.index.rangeAt(start, end);
  }
}

/** The empty range at the start of a text, for diagnostics that have no better place. */
export function startRange(): Range {
  const start = { offset: 0, line: 1, column: 1 };
  return { start, end: { ...start } };
}
