/**
 * Edits one property of a JSON document as text edits (jsonc-parser's `modify`), so the rest of
 * the author's formatting stays as it is and the change can be undone in the editor.
 */
import { modify, type Edit } from 'jsonc-parser';

export { applyEdits } from 'jsonc-parser';

/** Text edits that set (`value`) or remove (`undefined`) the property at `path`. */
export function propertyEdits(text: string, path: Array<string | number>, value: unknown): Edit[] {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const indent = /\n( +)"/u.exec(text)?.[1]?.length ?? 2;
  return modify(text, path, value, { formattingOptions: { insertSpaces: true, tabSize: indent, eol } });
}
