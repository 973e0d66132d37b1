/**
 * Values of literal tokens: escape resolution for strings, strict validation for numbers.
 */

/** Escapes of reference §3.2 and the character each stands for. */
const ESCAPES: ReadonlyMap<string, string> = new Map([
  ['a', '\u0007'],
  ['b', '\b'],
  ['f', '\f'],
  ['n', '\n'],
  ['r', '\r'],
  ['t', '\t'],
  ['v', '\v'],
  ["'", "'"],
  ['"', '"'],
  ['\\', '\\'],
]);

/** An escape that is not in the list: `offset` is the backslash's offset in the content. */
export interface UnknownEscape {
  offset: number;
  /** The character after the backslash (kept in the value). */
  char: string;
}

export interface DecodedString {
  value: string;
  unknownEscapes: UnknownEscape[];
}

/**
 * Resolves escapes in the content of a string literal (between the quotes). An unknown escape
 * keeps its character (`\q` → `q`); a trailing lone backslash is kept as is.
 */
export function decodeStringContent(content: string): DecodedString {
  if (content.indexOf('\\') < 0) return { value: content, unknownEscapes: [] };
  let value = '';
  const unknownEscapes: UnknownEscape[] = [];
  let runStart = 0;
  for (let i = 0; i < content.length; i++) {
    if (content.charCodeAt(i) !== 92 /* \ */) continue;
    value += content.slice(runStart, i);
    if (i + 1 >= content.length) {
      value += '\\';
      runStart = i + 1;
      break;
    }
    const next = content[i + 1]!;
    const resolved = ESCAPES.get(next);
    if (resolved === undefined) {
      // Keep a whole surrogate pair together.
      const code = content.codePointAt(i + 1)!;
      const char = code > 0xffff ? content.slice(i + 1, i + 3) : next;
      unknownEscapes.push({ offset: i, char });
      value += char;
      i += char.length;
    } else {
      value += resolved;
      i += 1;
    }
    runStart = i + 1;
  }
  value += content.slice(runStart);
  return { value, unknownEscapes };
}

/** Numbers as the reference writes them: `12`, `12.34`, `12.34e-2`, `1E5`, and Excel's `.5`. */
const NUMBER_SYNTAX = /^(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** The value of a number token, or null when its spelling is invalid (`1.`, `2e`, `12abc`). */
export function numberValue(raw: string): number | null {
  if (!NUMBER_SYNTAX.test(raw)) return null;
  const value = Number(raw);
  return Number.isFinite(value) ? value : null;
}

/**
 * Spells literal `content` as a string literal with `quote` (used by typographic-quote fixes):
 * backslashes and the quote are escaped so the value stays the same.
 */
export function quoteLiteral(content: string, quote: '"' | "'"): string {
  let out = quote;
  for (const c of content) out += c === '\\' || c === quote ? '\\' + c : c;
  return out + quote;
}
