/**
 * Locating field codes (`<$ … $>`, also `<${ … }>` and `<$< … >>`) in editor text, for
 * completion, hover and signature help. A light scanner over the raw text (plain text, or the
 * text of a JSON file, where a field code sits inside a string): the language's parser remains the
 * judge of syntax; this only needs spans.
 */

export interface FieldCodeSpan {
  /** Offset of `<$`. */
  start: number;
  /** Offset just after the closing delimiter, or the end of the scanned text when unclosed. */
  end: number;
  /** Offsets of the expression between the delimiters. */
  exprStart: number;
  exprEnd: number;
  closed: boolean;
  /** The closing delimiter this spelling expects. */
  close: '$>' | '}>' | '>>';
}

function closingFor(text: string, at: number): { close: FieldCodeSpan['close']; openLength: number } {
  const next = text[at + 2];
  if (next === '{') return { close: '}>', openLength: 3 };
  if (next === '<') return { close: '>>', openLength: 3 };
  return { close: '$>', openLength: 2 };
}

/** Scans the field code opened at `start` (which holds `<$`). Quoted strings inside are skipped. */
export function scanFieldCode(text: string, start: number, limit = text.length): FieldCodeSpan {
  const { close, openLength } = closingFor(text, start);
  const exprStart = start + openLength;
  let quote: string | null = null;
  for (let i = exprStart; i < limit; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === quote) quote = null;
      continue;
    }
    if (ch === "'" || ch === '"') {
      // In JSON text a double quote inside a string is escaped (`\"`); an unescaped one ends the JSON string.
      if (ch === '"' && text[i - 1] !== '\\') return { start, end: i, exprStart, exprEnd: i, closed: false, close };
      quote = ch;
      continue;
    }
    if (ch === '\n') return { start, end: i, exprStart, exprEnd: i, closed: false, close };
    if (text.startsWith(close, i)) return { start, end: i + 2, exprStart, exprEnd: i, closed: true, close };
  }
  return { start, end: limit, exprStart, exprEnd: limit, closed: false, close };
}

/** All field codes of a text, in order. */
export function findFieldCodes(text: string): FieldCodeSpan[] {
  const spans: FieldCodeSpan[] = [];
  let at = text.indexOf('<$');
  while (at !== -1) {
    const span = scanFieldCode(text, at);
    spans.push(span);
    at = text.indexOf('<$', Math.max(span.end, at + 2));
  }
  return spans;
}

/**
 * The field code whose expression contains `offset` (an offset equal to the expression end counts,
 * so that the cursor just before `$>` is inside), or null.
 */
export function fieldCodeAt(text: string, offset: number): FieldCodeSpan | null {
  for (const span of findFieldCodes(text)) {
    if (span.start > offset) break;
    if (offset >= span.exprStart && offset <= span.exprEnd) return span;
  }
  return null;
}

/** Undoes JSON string escapes of a field code taken from JSON text (`\"` → `"`); returns the text unchanged when it is not valid escaped text. */
export function unescapeJsonFragment(raw: string): string {
  try {
    const value: unknown = JSON.parse(`"${raw}"`);
    return typeof value === 'string' ? value : raw;
  } catch {
    return raw;
  }
}
