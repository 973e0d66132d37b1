import { LineIndex, type Position, type Range } from '@fieldcode/language';

/**
 * Offset → line/column of one file text (the language's `LineIndex`: 1-based lines and columns,
 * columns in UTF-16 units, breaks at `\n`, `\r\n`, `\r`), built on the first lookup because most
 * files have no diagnostics.
 */
export class TextLines {
  private index: LineIndex | undefined;

  constructor(readonly text: string) {}

  /** The position of an offset, clamped into `[0, text.length]`. */
  positionAt(offset: number): Position {
    this.index ??= new LineIndex(this.text);
    return this.index.positionAt(offset);
  }

  rangeAt(start: number, end: number): Range {
    this.index ??= new LineIndex(this.text);
    return this.index.rangeAt(start, end);
  }
}
