import type { Fix } from '@fieldcode/language';
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
