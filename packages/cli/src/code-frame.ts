import type { Position } from '@fieldcode/language';
import { printableKeepingTabs } from './printable.js';

/** Longest source line shown in full; longer lines are cut to a window around the column. */
const maxLineWidth = 120;

/**
 * A code frame: the line of `start` with one line of context either side and a caret under the
 * column, e.g.
 * ```
 *     2 |   "text": "Hi",
 *   > 3 |   "value": "<$ Foo( $>"
 *       |                    ^
 * ```
 * Tabs before the column are kept in the caret line so the caret stays aligned. Control
 * characters of the source are shown escaped (see printable.ts), the caret still under its column.
 */
export function codeFrame(text: string | readonly string[], start: Position): string {
  const lines = typeof text === 'string' ? splitLines(text) : text;
  const lineIndex = Math.min(Math.max(start.line - 1, 0), lines.length - 1);
  const first = Math.max(lineIndex - 1, 0);
  const last = Math.min(lineIndex + 1, lines.length - 1);
  const gutterWidth = String(last + 1).length;
  const out: string[] = [];
  for (let index = first; index <= last; index++) {
    const marker = index === lineIndex ? '>' : ' ';
    const number = String(index + 1).padStart(gutterWidth);
    const { shown, caretColumn } = clip(lines[index] ?? '', index === lineIndex ? start.column : 1);
    out.push(`${marker} ${number} | ${shown}`.trimEnd());
    if (index === lineIndex) {
      const prefix = shown.slice(0, caretColumn - 1).replace(/[^\t]/g, ' ');
      out.push(`  ${' '.repeat(gutterWidth)} | ${prefix}^`);
    }
  }
  return out.join('\n');
}

/** Cuts a long line to a window around `column` (1-based), marking the cuts with `…`. */
function clip(line: string, column: number): { shown: string; caretColumn: number } {
  const safeColumn = Math.min(Math.max(column, 1), line.length + 1);
  if (line.length <= maxLineWidth) return escaped(line, safeColumn);
  const half = Math.floor(maxLineWidth / 2);
  const from = Math.max(0, Math.min(safeColumn - 1 - half, line.length - maxLineWidth));
  const to = from + maxLineWidth;
  const head = from > 0 ? '…' : '';
  const tail = to < line.length ? '…' : '';
  return escaped(head + line.slice(from, to) + tail, safeColumn - from + head.length);
}

/** Escapes control characters, moving the caret column by the length they gained before it. */
function escaped(shown: string, caretColumn: number): { shown: string; caretColumn: number } {
  const before = printableKeepingTabs(shown.slice(0, caretColumn - 1));
  return { shown: before + printableKeepingTabs(shown.slice(caretColumn - 1)), caretColumn: before.length + 1 };
}

/** The lines of a text (LF, CRLF or CR endings); split once per file when framing many findings. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}
