import type { Diagnostic, Position } from '@fieldcode/language';

/** The 1-based line and column (UTF-16 units) of a 0-based `offset` in `text`. */
export function positionAt(text: string, offset: number): Position {
  const clamped = Math.min(Math.max(offset, 0), text.length);
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < clamped; index++) {
    const char = text.charCodeAt(index);
    if (char === 10 || (char === 13 && text.charCodeAt(index + 1) !== 10)) {
      line++;
      lineStart = index + 1;
    }
  }
  return { offset: clamped, line, column: clamped - lineStart + 1 };
}

/** `file:line:col severity message [code]`, the one-line form used on stderr. */
export function formatDiagnosticLine(file: string, diagnostic: Diagnostic): string {
  const { line, column } = diagnostic.range.start;
  return `${file}:${line}:${column} ${diagnostic.severity} ${diagnostic.message.replace(/\s*\r?\n\s*/g, ' ')} [${diagnostic.code}]`;
}
