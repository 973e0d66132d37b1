/**
 * How date text is compared when it is read: the locale's digits as ASCII digits, NFC, lower
 * case with Turkish dotless and dotted i as plain `i` (so `KASIM` is `Kasım`), and the no-break
 * and thin spaces Intl prints as plain spaces. Shared by the shape reader, the free-form reader
 * and the zone-name reader so that a name and the text are folded alike.
 */
import { asciiDigits, type LocaleInfo } from './locales.js';

/**
 * Bidi marks Intl prints around Arabic, Hebrew and Persian date parts, and the zero-width space
 * Lao zone names start with: they separate like spaces.
 */
const MARKS: ReadonlySet<string> = new Set(['\u200e', '\u200f', '\u061c', '\u200b']);

/** True for a space of any kind and for a bidi mark. */
export function isSpace(c: string | undefined): boolean {
  return c !== undefined && (c.trim() === '' || MARKS.has(c));
}

const LETTER = /^\p{L}$/u;

/** True for a letter of any script (cased or not: `a`, `ت`, `時`). */
export function isLetter(c: string | undefined): boolean {
  return c !== undefined && LETTER.test(c);
}

/** `text` without the spaces and marks at its ends. */
export function trimSpaces(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  return text.slice(start, end);
}

/** The text as compared (see the module comment). */
export function fold(text: string, locale: LocaleInfo): string {
  let out = '';
  for (const c of asciiDigits(text, locale).normalize('NFC').toLowerCase()) {
    if (c === '\u00a0' || c === '\u202f' || c === '\u2009') out += ' ';
    else if (c === '\u0131') out += 'i';
    // `İ` lower-cases to `i` + U+0307 (combining dot above): the dot is dropped.
    else if (c === '\u0307') continue;
    else out += c;
  }
  return out;
}

/**
 * Whether folding keeps every character at its index, so that an offset in the folded text is
 * the same offset in the original (true unless NFC or lower-casing changed a length).
 */
export function foldKeepsOffsets(text: string, folded: string): boolean {
  return text.length === folded.length;
}
