/**
 * The one placeholder reader. WhatsApp template variables are written positional `{{1}}` or
 * named `{{first_name}}` (Meta: message templates overview, "parameter formats"); a response says
 * which with the envelope's `parameterFormat` (positional by default). Every reader of
 * placeholders goes through this module: the compiler (which placeholders the renderer fills,
 * found once in the literal text of a template, never inside a field code or in data), the lint
 * (malformed spellings and the other format, to report them) and the template tools (comparison
 * with the text Meta approved).
 *
 * One forward scan finds every placeholder-like spelling: a run of `{`, blanks, an optional `(`,
 * blanks, digits or a name, blanks, an optional `)`, blanks and a run of `}`. A failed candidate
 * never contains a `{`, so every character is looked at most twice (a regex of this shape
 * backtracks quadratically on runs of blanks).
 */

/** How a template's variables are written: `{{1}}` (Meta's default) or `{{first_name}}`. */
export type ParameterFormat = 'positional' | 'named';

/** A placeholder (or a placeholder-like spelling) in a template text. */
export interface Placeholder {
  /** `"1"` for `{{1}}` (leading zeros dropped), `"first_name"` for `{{first_name}}`, as written. */
  key: string;
  /** The parameter number of a positional placeholder; undefined for a named one. */
  n?: number;
  /** True for a name, false for digits. */
  named: boolean;
  /** Source offsets (UTF-16, half-open) of the whole spelling. */
  start: number;
  end: number;
  /** Two braces on each side and no parentheses (blanks inside tolerated): the renderer fills it. */
  wellFormed: boolean;
  /** Written exactly `{{key}}` (`placeholder-syntax` fixes the other well-formed spellings). */
  canonical: boolean;
}

/** Positional numbers the renderer fills have at most 6 digits. */
const MAX_DIGITS = 6;

const isBlank = (c: number): boolean => c === 32 /* space */ || c === 9; /* tab */
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isLower = (c: number): boolean => c >= 97 && c <= 122;
const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isNameStart = (c: number): boolean => isLower(c) || isUpper(c) || c === 95; /* _ */
const isNameChar = (c: number): boolean => isNameStart(c) || isDigit(c);

/**
 * True for a name Meta accepts for a named parameter: lowercase letters, digits and underscores,
 * not starting with a digit (Meta: "unique, lowercase letters and underscores").
 */
export function isParameterName(name: string): boolean {
  if (name.length === 0 || isDigit(name.charCodeAt(0))) return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (!isLower(c) && !isDigit(c) && c !== 95) return false;
  }
  return true;
}

/**
 * Every placeholder-like spelling of `text` between offsets `from` and `to`, in order: `{{1}}`,
 * `{{first_name}}` and the malformed `{1}`, `{{ 1}`, `{(1)}`, `{{{1}}}`, `{{First Name}`… The
 * lint reads all of them (so that one typo does not cascade into parameter mismatches).
 */
export function scanPlaceholders(text: string, from = 0, to = text.length): Placeholder[] {
  const found: Placeholder[] = [];
  // Spellings are read to their end and kept when they end by `to` (a literal piece before a field code).
  const n = text.length;
  const skipBlanks = (i: number): number => {
    while (i < n && isBlank(text.charCodeAt(i))) i++;
    return i;
  };
  let at = text.indexOf('{', from);
  while (at !== -1 && at < to) {
    let i = at;
    while (i < n && text.charCodeAt(i) === 123 /* { */) i++;
    const braces = i - at;
    i = skipBlanks(i);
    let parens = false;
    if (i < n && text.charCodeAt(i) === 40 /* ( */) {
      parens = true;
      i = skipBlanks(i + 1);
    }
    const keyStart = i;
    let named = false;
    if (i < n && isDigit(text.charCodeAt(i))) while (i < n && isDigit(text.charCodeAt(i))) i++;
    else if (i < n && isNameStart(text.charCodeAt(i))) {
      named = true;
      while (i < n && isNameChar(text.charCodeAt(i))) i++;
    }
    const keyEnd = i;
    if (keyEnd > keyStart) {
      i = skipBlanks(i);
      if (i < n && text.charCodeAt(i) === 41 /* ) */) {
        parens = true;
        i = skipBlanks(i + 1);
      }
      const closeStart = i;
      while (i < n && text.charCodeAt(i) === 125 /* } */) i++;
      // A name between single braces (`{name}`) is ordinary text; digits are not (`{1}` is a typo of `{{1}}`).
      if (i > closeStart && (!named || braces >= 2 || i - closeStart >= 2)) {
        const written = text.slice(keyStart, keyEnd);
        const wellFormed = braces === 2 && i - closeStart === 2 && !parens;
        const key = named ? written : String(Number(written));
        const placeholder: Placeholder = {
          key,
          named,
          start: at,
          end: i,
          wellFormed,
          canonical: wellFormed && keyStart === at + 2 && closeStart === keyEnd && written === key,
        };
        if (!named) placeholder.n = Number(written);
        if (i <= to) found.push(placeholder);
      }
    }
    at = text.indexOf('{', Math.max(i, at + braces));
  }
  return found;
}

/** Which placeholders {@link findPlaceholders} returns. */
export type PlaceholderKinds = ParameterFormat | 'any';

/** True for a well-formed placeholder of the given kind (positional numbers of at most 6 digits, valid names). */
function fills(placeholder: Placeholder, kinds: PlaceholderKinds): boolean {
  if (!placeholder.wellFormed) return false;
  if (placeholder.named) return kinds !== 'positional' && isParameterName(placeholder.key);
  return kinds !== 'named' && placeholder.key.length <= MAX_DIGITS;
}

/**
 * The placeholders the renderer fills in `text` between `from` and `to`: well-formed spellings
 * (`{{1}}`, `{{ 1 }}`; `{{first_name}}` when `kinds` is `named`), in order. `any` finds both
 * kinds (the template tools read a text Meta approved, whatever its format).
 */
export function findPlaceholders(text: string, kinds: PlaceholderKinds = 'positional', from = 0, to = text.length): Placeholder[] {
  if (!text.includes('{{', from)) return [];
  return scanPlaceholders(text, from, to).filter((placeholder) => fills(placeholder, kinds));
}

/** A text with its variables written `{{key}}` and line ends as `\n`, with a map back to the original offsets. */
export interface NormalizedText {
  text: string;
  /** `source[i]` = offset in the original text of normalized offset i (length text.length + 1). */
  source: number[];
}

/**
 * Normalizes a template text for comparison with Meta's copy: `{{ 1 }}` → `{{1}}`, CRLF → LF.
 * Anything else (spaces, formatting characters, emoji) is part of the approved text and compared as is.
 */
export function normalizeTemplateText(text: string): NormalizedText {
  const out: string[] = [];
  const source: number[] = [];
  const variables = findPlaceholders(text, 'any');
  let v = 0;
  for (let i = 0; i < text.length;) {
    const variable = variables[v];
    if (variable && variable.start === i) {
      const written = `{{${variable.key}}}`;
      for (let k = 0; k < written.length; k++) {
        out.push(written[k]!);
        source.push(i + Math.min(k, variable.end - variable.start - 1));
      }
      i = variable.end;
      v++;
      continue;
    }
    if (text[i] === '\r' && text[i + 1] === '\n') {
      i++;
      continue;
    }
    out.push(text[i]!);
    source.push(i);
    i++;
  }
  source.push(text.length);
  return { text: out.join(''), source };
}
