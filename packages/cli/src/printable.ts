/**
 * Terminal-safe text for every human-readable output of the CLI (stylish, stderr lines, code
 * frames). Messages and paths carry text from the linted files and their names: a JSON key
 * `"a\r::warning::x"` or a file name with a newline must not start a new line that a CI log reads
 * as a workflow command, an ANSI escape must not recolour or rewrite the terminal, and a
 * bidirectional control must not reorder what is shown. Such characters are written as visible
 * escapes (`\n`, `\r`, `\t`, `\u001b`, `\u202e`).
 */

/** C0 controls, DEL, C1 controls, line/paragraph separators and bidirectional formatting controls. */
// eslint-disable-next-line no-control-regex -- matching control characters is the purpose
const unsafe = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;
// eslint-disable-next-line no-control-regex -- matching control characters is the purpose
const unsafeButTab = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

const named: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeCharacter(character: string): string {
  return named[character] ?? `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** `text` with every control character written as a visible escape (one line, no terminal control). */
export function printable(text: string): string {
  return text.replace(unsafe, escapeCharacter);
}

/** As {@link printable}, but keeps tabs (code frames align their caret with them). */
export function printableKeepingTabs(text: string): string {
  return text.replace(unsafeButTab, escapeCharacter);
}
