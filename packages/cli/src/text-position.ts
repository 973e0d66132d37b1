import { createLineIndex, type Diagnostic, type Position } from '@fieldcode/language';
import { printable } from './printable.js';

/** The 1-based line and column (UTF-16 units) of a 0-based `offset` in `text` (the language's line index). */
export function positionAt(text: string, offset: number): Position {
  return createLineIndex(text).positionAt(offset);
}

/** `file:line:col severity message [code]`, the one-line form used on stderr. */
export function formatDiagnosticLine(file: string, diagnostic: Diagnostic): string {
  const { line, column } = diagnostic.range.start;
  return `${printable(file)}:${line}:${column} ${diagnostic.severity} ${printable(diagnostic.message.replace(/\s+/g, (run) => (run.includes('\n') ? ' ' : run)))} [${printable(diagnostic.code)}]`;
}

/**
 * A message of the JSON reader about text that starts on line `firstLine` of a larger input (a
 * line of a contacts file or of a batch body): the lines it names ("the '{' at line 1 column 1")
 * become lines of that input.
 */
export function onInputLines(message: string, firstLine: number): string {
  if (firstLine === 1) return message;
  return message.replace(/\bline (\d+) column\b/g, (_, line: string) => `line ${Number(line) + firstLine - 1} column`);
}
