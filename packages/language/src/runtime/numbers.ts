/** Default number output and locale-aware number parsing (patterns: number-pattern.ts). */
import { asciiDigits, type LocaleInfo } from './locales.js';

/** Rounds half away from zero to `digits` fraction digits, using decimal (not binary) halves: 1.005 → 1.01. */
export function roundHalfAway(value: number, digits: number): number {
  const sign = value < 0 ? -1 : 1;
  const abs = Math.abs(value);
  const factor = 10 ** digits;
  const scaled = abs * factor;
  if (scaled < 1e15) {
    // Far from a half, binary rounding is exact enough; near one, decide on the decimal text below.
    const fraction = scaled - Math.floor(scaled);
    if (Math.abs(fraction - 0.5) > 1e-6) return (sign * Math.round(scaled)) / factor;
  }
  const text = String(abs);
  // Beyond 2^53 there are no fraction digits left to round.
  if (scaled >= 9007199254740992) return value;
  if (text.includes('e')) return (sign * Math.round(scaled)) / factor;
  const rounded = Math.round(Number(`${text}e${digits}`));
  return sign * Number(`${rounded}e-${digits}`);
}

/** From here on JavaScript prints numbers with an exponent; every double this large is a whole number. */
const EXPONENT_FROM = 1e21;

/**
 * Default number output: no fraction digits, half away from zero, no grouping (`2.5` → `3`).
 * Large numbers print all their digits, never an exponent (`2^70` → `1180591620717411303424`).
 */
export function formatNumberDefault(value: number): string {
  if (Math.abs(value) >= EXPONENT_FROM && Number.isFinite(value)) return BigInt(value).toString();
  if (Number.isInteger(value)) return value === 0 ? '0' : String(value);
  const rounded = roundHalfAway(value, 0);
  return rounded === 0 ? '0' : rounded.toFixed(0);
}

/**
 * Parses the longest number at the start of `text` (after leading blanks) in a locale: sign,
 * digits with optional group separators (followed by exactly three digits), decimal separator,
 * exponent. Returns null when no digits start the text.
 */
export function parseNumberPrefix(text: string, locale: LocaleInfo): number | null {
  text = asciiDigits(text, locale);
  let i = 0;
  const n = text.length;
  // Blanks, and the bidi marks Intl prints before a sign in Arabic, Hebrew, Persian and Urdu.
  while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u200e' || text[i] === '\u200f' || text[i] === '\u061c')) i++;
  let out = '';
  if (text[i] === '+' || text[i] === '-') out += text[i++];
  // U+2212 MINUS SIGN, which Intl prints in Swedish, Finnish, Norwegian, Persian…
  else if (text[i] === '\u2212') {
    out += '-';
    i++;
  }
  let digits = 0;
  const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
  while (i < n) {
    const c = text[i];
    if (isDigit(c)) {
      out += c;
      digits++;
      i++;
    } else if (digits > 0 && c !== undefined && locale.groups.includes(c) && c !== locale.decimal && groupFollows(text, i + 1, locale)) {
      i++;
    } else break;
  }
  if (text[i] === locale.decimal && isDigit(text[i + 1])) {
    out += '.';
    i++;
    while (isDigit(text[i])) {
      out += text[i++];
      digits++;
    }
  }
  if (digits === 0) return null;
  const exponent = /^[eE][+-]?\d+/.exec(text.slice(i, i + 12));
  if (exponent) out += exponent[0];
  const value = Number(out);
  return Number.isFinite(value) ? value : null;
}

/**
 * Whether the digits after a group separator at `from` form a group: as many as the locale's
 * group next to the decimal point (3), or, followed by another separator, as its higher groups
 * (2 in hi_IN: `12,34,567`).
 */
function groupFollows(text: string, from: number, locale: LocaleInfo): boolean {
  let end = from;
  while (end < text.length && end - from <= locale.primaryGrouping && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57) end++;
  const size = end - from;
  if (size === locale.primaryGrouping && !(text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57)) return true;
  return size === locale.secondaryGrouping && locale.groups.includes(text[end] ?? '');
}

/** Parses a whole string as a number (`"12.5"`, `" 3 "`); null when anything else is present. */
export function parseWholeNumber(text: string): number | null {
  const trimmed = text.trim();
  if (!isDecimalNumber(trimmed)) return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
}

/**
 * Whether `text` is `[+-]` then digits with an optional `.` and fraction (or `.` and digits), then
 * an optional exponent. One forward pass: the equivalent regex (`\d+\.?\d*`) tries every split of
 * a digit run and is quadratic on a long run followed by a non-digit.
 */
function isDecimalNumber(text: string): boolean {
  const n = text.length;
  let i = 0;
  const digitsFrom = (from: number): number => {
    let j = from;
    while (j < n && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
    return j;
  };
  if (text[i] === '+' || text[i] === '-') i++;
  const integerEnd = digitsFrom(i);
  let fractionDigits = 0;
  let end = integerEnd;
  if (text[end] === '.') {
    const fractionEnd = digitsFrom(end + 1);
    fractionDigits = fractionEnd - end - 1;
    end = fractionEnd;
  }
  if (integerEnd === i && fractionDigits === 0) return false;
  if (text[end] === 'e' || text[end] === 'E') {
    let exponent = end + 1;
    if (text[exponent] === '+' || text[exponent] === '-') exponent++;
    const exponentEnd = digitsFrom(exponent);
    if (exponentEnd === exponent) return false;
    end = exponentEnd;
  }
  return end === n;
}
