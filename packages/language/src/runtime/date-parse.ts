/**
 * `Date(String[, Locale])` parsing. Accepts ISO 8601, numeric dates in the locale's order
 * (`11/23/1965` en_US, `23/11/1965` elsewhere, `23.11.1965`), and written dates with month names
 * in the locale or in English (`November 23, 1965 9:03 AM`, `23 novembre 1965 21:03:00`,
 * `23. November 1965`), with an optional weekday name and time (`9:03`, `9:03:10`, `AM`/`PM`,
 * `21h03`), lone separators (`March 7 / 2020`). Any other word makes the string invalid (Genesys patterns are strict too).
 * A date written exactly as Intl writes it in one of the locale's date styles (alone or with a
 * short or medium time) is read field by field from that style's shape first (date-shape.ts):
 * `23 tháng 11, 1965`, `65. 11. 23.`, `23 de noviembre de 1965 a las 21:03`.
 */
import { instantFromLocal, utcFromParts } from './dates.js';
import { readIntlDate } from './date-shape.js';
import { asciiDigits, defaultLocale, type LocaleInfo } from './locales.js';
import type { Zone } from './timezone.js';

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

function normalize(word: string): string {
  return word.toLowerCase().normalize('NFC').replace(/\.$/, '');
}

/** Lower-cased names → month number (1–12) and weekday names of a locale, with English's (built once per locale). */
interface Words {
  months: Map<string, number>;
  weekdays: Set<string>;
  /** Connectors printed between date fields (`de`, `年`, `،`) and French `le`. */
  connectors: Set<string>;
  /** The locale's AM/PM markers, lower-cased, when they are not `am`/`pm`. */
  amPm: readonly [string, string] | undefined;
}

const wordsCache = new WeakMap<LocaleInfo, Words>();

function wordsOf(locale: LocaleInfo): Words {
  const cached = wordsCache.get(locale);
  if (cached) return cached;
  const months = new Map<string, number>();
  const weekdays = new Set<string>();
  // The locale's names first: where an abbreviation means another month in English, the locale wins.
  for (const source of locale === defaultLocale ? [locale] : [locale, defaultLocale]) {
    for (const names of [source.months, source.shortMonths, source.standaloneMonths, source.shortStandaloneMonths]) {
      names.forEach((name, index) => {
        const key = normalize(name);
        if (key !== '' && !months.has(key)) months.set(key, index + 1);
      });
    }
    for (const names of [source.weekdays, source.shortWeekdays]) {
      for (const name of names) {
        weekdays.add(normalize(name));
        // Weekdays of several words (`çərşənbə axşamı`, `Dé Máirt`) are split with the text.
        for (const word of name.split(/\s+/)) if (word !== '') weekdays.add(normalize(word));
      }
    }
  }
  const connectors = new Set(['de', 'le', '/', '-', '.']);
  for (const word of locale.dateWords) connectors.add(normalize(word));
  // The era of today's dates (`ค.ศ.`, `n. Chr.`) says nothing; the one before year 1 is not read.
  for (const word of locale.eras[1].split(/\s+/)) if (word !== '') connectors.add(normalize(word));
  const [am, pm] = locale.amPm.map(normalize);
  const amPm: readonly [string, string] | undefined = am && pm && (am !== 'am' || pm !== 'pm') ? [am, pm] : undefined;
  const words: Words = { months, weekdays, connectors, amPm };
  wordsCache.set(locale, words);
  return words;
}

/** Connectors every locale accepts; they do not say that numbers stand in the locale's order. */
const GENERIC_CONNECTORS: ReadonlySet<string> = new Set(['de', 'le', '/', '-', '.', ',', '']);

/** Bidi marks that Intl prints around Arabic and Hebrew date parts; they separate like spaces. */
const BIDI_MARKS = /[\u200e\u200f\u061c]/g;

function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const last = new Date(utcFromParts(year, month + 1, 0)).getUTCDate();
  return day <= last;
}

/** Parses `text`; returns the instant (ms) or null when the text is not a date. */
export function parseDateString(text: string, locale: LocaleInfo, zone: Zone): number | null {
  const trimmed = text.trim();
  const iso = ISO.exec(trimmed);
  if (iso) {
    const [, y, mo, d, h, mi, s, frac, offset] = iso;
    const year = Number(y);
    const month = Number(mo);
    const day = Number(d);
    if (!validDay(year, month, day) || Number(h ?? 0) > 23 || Number(mi ?? 0) > 59 || Number(s ?? 0) > 59) return null;
    const millis = frac ? Math.round(Number(`0.${frac}`) * 1000) : 0;
    if (offset === undefined) return instantFromLocal(zone, year, month, day, Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0)) + millis;
    const wall = utcFromParts(year, month, day, Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0)) + millis;
    if (offset.toUpperCase() === 'Z') return wall;
    const sign = offset[0] === '-' ? -1 : 1;
    const digits = offset.slice(1).replace(':', '');
    return wall - sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0')) * 60_000;
  }

  // A text exactly as Intl writes it in one of the locale's date styles (with or without a time) is read by its shape.
  const shaped = readIntlDate(trimmed, locale);
  if (shaped !== null) {
    const { year, month, day } = shaped;
    return validDay(year, month, day) ? instantFromLocal(zone, year, month, day, shaped.hour, shaped.minute, shaped.second) : null;
  }

  let year = NaN;
  let month = 0;
  let day = NaN;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let meridiem: 'am' | 'pm' | undefined;
  /** Numbers may stand in the locale's order: the text was glued (`1965年11月23日`), dotted (`23. 11. 1965`) or used the locale's date words. */
  let ordered = false;
  const loose: number[] = [];
  const words = wordsOf(locale);
  let plain = asciiDigits(trimmed, locale).replace(BIDI_MARKS, ' ');
  // Markers of several words (`a. m.` in Spanish) become one word before the text is split.
  if (words.amPm && locale.amPm.some((m) => /\s/.test(m))) plain = markMeridiem(plain.replace(/\s/g, ' '), locale.amPm);
  const tokens = plain.split(/[\s,،]+/).filter((t) => t !== '');
  if (tokens.length === 0) return null;
  /** Reads one token; false when it is no part of a date. */
  const read = (token: string): boolean => {
    const lower = normalize(token);
    let m: RegExpExecArray | null;
    if ((m = /^(\d{1,2})[:h](\d{2})(?::(\d{2}))?(am|pm|a\.m\.|p\.m\.)?$/i.exec(token))) {
      hour = Number(m[1]);
      minute = Number(m[2]);
      second = Number(m[3] ?? '0');
      if (m[4]) meridiem = m[4].toLowerCase().startsWith('a') ? 'am' : 'pm';
    } else if ((m = /^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})$/.exec(token))) {
      const [a, b, c] = [Number(m[1]), Number(m[2]), Number(m[3])];
      if ((m[1] as string).length === 4 || locale.dateOrder === 'ymd') [year, month, day] = [a, b, c];
      else if (locale.monthFirst && m[0].includes('/')) [month, day, year] = [a, b, c];
      else [day, month, year] = [a, b, c];
      if ((m[3] as string).length === 2 && locale.dateOrder !== 'ymd') year += year < 50 ? 2000 : 1900;
    } else if (lower === 'am' || lower === 'a.m' || lower === 'pm' || lower === 'p.m') {
      meridiem = lower.startsWith('a') ? 'am' : 'pm';
    } else if (words.amPm !== undefined && (lower === words.amPm[0] || lower === words.amPm[1])) {
      meridiem = lower === words.amPm[0] ? 'am' : 'pm';
    } else if ((m = /^(\d{1,4})\.?(?:st|nd|rd|th|er)?$/i.exec(token))) {
      loose.push(Number(m[1]));
      if ((m[1] as string).length === 4) year = Number(m[1]);
    } else if (words.months.has(lower)) {
      month = words.months.get(lower) ?? 0;
    } else if (words.connectors.has(lower)) {
      if (!GENERIC_CONNECTORS.has(lower)) ordered = true;
    } else if (!words.weekdays.has(lower)) return false;
    if (/^\d{1,2}\.$/.test(token)) ordered = true;
    return true;
  };
  for (const token of tokens) {
    if (read(token)) continue;
    // Dates written without spaces (`1965年11月23日`): read the digit and non-digit runs one by one.
    // Words glued to a prefix (Hebrew `בנובמבר`) are read the same way.
    const pieces = digitRuns(token);
    if (!pieces.every((piece) => read(piece) || readWords(piece, read))) return null;
    ordered = true;
  }
  if (month === 0 && ordered) {
    // Numbers only: a year written first is followed by month and day (`1965. 11. 23.`, `1965年11月23日`);
    // otherwise they stand in the locale's order.
    const rest = loose.filter((n) => n !== year || String(n).length !== 4);
    const yearFirst = loose[0] === year && String(year).length === 4;
    if (rest.length === 2) [month, day] = (locale.dateOrder === 'dmy' && !yearFirst ? [rest[1], rest[0]] : rest) as [number, number];
  }
  if (month === 0 && loose.length === 0) return null;
  const rest = loose.filter((n) => n !== year || String(n).length !== 4);
  if (Number.isNaN(day)) day = rest[0] ?? NaN;
  if (Number.isNaN(year)) year = rest[1] ?? NaN;
  if (Number.isNaN(day) || Number.isNaN(year) || month === 0) return null;
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  if (!validDay(year, month, day) || hour > 23 || minute > 59 || second > 59) return null;
  return instantFromLocal(zone, year, month, day, hour, minute, second);
}

/** Longest glued run of words read (`日火曜日`). */
const MAX_GLUED_WORDS = 24;

/**
 * Reads a run of words written without spaces (`日火曜日` = `日` + `火曜日`), longest known word
 * first. Runs longer than {@link MAX_GLUED_WORDS} are refused: the search is quadratic in the length.
 */
function readWords(run: string, read: (word: string) => boolean): boolean {
  if (run.length > MAX_GLUED_WORDS) return false;
  let i = 0;
  while (i < run.length) {
    let j = run.length;
    while (j > i && !read(run.slice(i, j))) j--;
    if (j === i) return false;
    i = j;
  }
  return true;
}

/** Splits a token into runs of ASCII digits and runs of other characters. */
function digitRuns(token: string): string[] {
  const runs: string[] = [];
  let run = '';
  let digits = false;
  for (const c of token) {
    const isDigit = c >= '0' && c <= '9';
    if (run !== '' && isDigit !== digits) {
      runs.push(run);
      run = '';
    }
    digits = isDigit;
    run += c;
  }
  if (run !== '') runs.push(run);
  return runs;
}

/** Rewrites the locale's AM/PM markers (`午後`, `a. m.`) as ` am`/` pm` (case-insensitive, one forward pass per marker). */
function markMeridiem(text: string, markers: readonly [string, string]): string {
  const [am, pm] = markers.map((m) => m.toLowerCase().replace(/\s/g, ' '));
  if (!am || !pm) return text;
  let lower = text.toLowerCase();
  // Lower-casing can change lengths (rare letters); then the markers are left as they are.
  if (lower.length !== text.length) return text;
  let out = text;
  for (const [marker, word] of [
    [am, ' am '],
    [pm, ' pm '],
  ] as const) {
    let at = lower.indexOf(marker);
    while (at >= 0) {
      out = out.slice(0, at) + word + out.slice(at + marker.length);
      lower = lower.slice(0, at) + word + lower.slice(at + marker.length);
      at = lower.indexOf(marker, at + word.length);
    }
  }
  return out;
}
