import { LineIndex, type Fix } from '@fieldcode/language';
import type { TemplateText } from './file.js';
import { escapeJsonStringContent } from './json/strings.js';
import type { TextEdit } from './rule.js';

/**
 * Maps a fix computed on a template's decoded text to a file edit. Inside JSON the replacement
 * is JSON-escaped, so a `"` or a line break in the new text keeps the string valid JSON.
 */
export function templateEdit(template: TemplateText, start: number, end: number, text: string): TextEdit {
  return {
    start: template.toFileOffset(start),
    end: template.toFileOffset(end),
    text: template.node ? escapeJsonStringContent(text) : text,
  };
}

/** A language diagnostic's fix mapped to file offsets. */
export function languageFixEdit(template: TemplateText, fix: Fix): TextEdit {
  return templateEdit(template, fix.range.start.offset, fix.range.end.offset, fix.text);
}

/**
 * Language messages name positions inside the template ("the '(' at line 2, column 14"); inside a
 * JSON string those are rewritten to the file's line and column.
 */
export function filePositionsInMessage(
  template: TemplateText,
  message: string,
  positionOf: (fileOffset: number) => { line: number; column: number },
): string {
  if (!template.node) return message;
  return message.replace(/\bline (\d+), column (\d+)/g, (all, line: string, column: string) => {
    const decoded = decodedOffset(template.value, Number(line), Number(column));
    if (decoded === undefined) return all;
    const p = positionOf(template.toFileOffset(decoded));
    return `line ${p.line}, column ${p.column}`;
  });
}

/** Decoded offset of a 1-based line/column of the template text, or undefined when outside it. */
function decodedOffset(text: string, line: number, column: number): number | undefined {
  const index = new LineIndex(text);
  if (line > index.lineCount) return undefined;
  const offset = index.offsetAt(line, column);
  return index.positionAt(offset).line === line ? offset : undefined;
}
