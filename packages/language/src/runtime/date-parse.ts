/**
 * `Date(String[, Locale])` parsing. Accepts ISO 8601, numeric dates in the locale's order
 * (`11/23/1965` en_US, `23/11/1965` elsewhere, `23.11.1965`), and written dates with month names
 * in the locale or in English (`November 23, 1965 9:03 AM`, `23 novembre 1965 21:03:00`,
 * `23. November 1965`), with an optional weekday name and time (`9:03`, `9:03:10`, `AM`/`PM`,
 * `21h03`), lone separators (`March 7 / 2020`). Any other word makes the string invalid (Genesys patterns are strict too).
 */
import { instantFromLocal, utcFromParts } from './dates.js';
import { defaultLocale, type LocaleInfo } from './locales.js';
import type { Zone } from './timezone.js';

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

function normalize(word: string): string {
  return word.toLowerCase().normalize('NFC').replace(/\.$/, '');
}

function monthIndex(word: string, locale: LocaleInfo): number {
  const w = normalize(word);
  for (const names of [locale.months, locale.shortMonths, defaultLocale.months, defaultLocale.shortMonths]) {
    const index = names.findIndex((name) => normalize(name) === w);
    if (index >= 0) return index + 1;
  }
  return 0;
}

function isWeekday(word: string, locale: LocaleInfo): boolean {
  const w = normalize(word);
  return [locale.weekdays, locale.shortWeekdays, defaultLocale.weekdays, defaultLocale.shortWeekdays].some((names) =>
    names.some((name) => normalize(name) === w),
  );
}

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

  let year = NaN;
  let month = 0;
  let day = NaN;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let meridiem: 'am' | 'pm' | undefined;
  const loose: number[] = [];
  const tokens = trimmed.split(/[\s,]+/).filter((t) => t !== '');
  if (tokens.length === 0) return null;
  for (const token of tokens) {
    const lower = token.toLowerCase();
    let m: RegExpExecArray | null;
    if ((m = /^(\d{1,2})[:h](\d{2})(?::(\d{2}))?(am|pm|a\.m\.|p\.m\.)?$/i.exec(token))) {
      hour = Number(m[1]);
      minute = Number(m[2]);
      second = Number(m[3] ?? '0');
      if (m[4]) meridiem = m[4].toLowerCase().startsWith('a') ? 'am' : 'pm';
    } else if ((m = /^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})$/.exec(token))) {
      const [a, b, c] = [Number(m[1]), Number(m[2]), Number(m[3])];
      if ((m[1] as string).length === 4) [year, month, day] = [a, b, c];
      else if (locale.monthFirst && m[0].includes('/')) [month, day, year] = [a, b, c];
      else [day, month, year] = [a, b, c];
      if ((m[3] as string).length === 2) year += year < 50 ? 2000 : 1900;
    } else if (lower === 'am' || lower === 'a.m.' || lower === 'pm' || lower === 'p.m.') {
      meridiem = lower.startsWith('a') ? 'am' : 'pm';
    } else if ((m = /^(\d{1,4})\.?(?:st|nd|rd|th|er)?$/i.exec(token))) {
      loose.push(Number(m[1]));
      if ((m[1] as string).length === 4) year = Number(m[1]);
    } else if (monthIndex(token, locale) > 0) {
      month = monthIndex(token, locale);
    } else if (isWeekday(token, locale) || lower === 'de' || lower === 'le' || token === '/' || token === '-' || token === '.') {
      // weekday names, French "le … de" connectors and lone separators carry no information
    } else return null;
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
