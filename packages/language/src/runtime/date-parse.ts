/**
 * `Date(String[, Locale])` parsing. Accepts ISO 8601 (`1965-11-23`, `1965-11-23T21:03:10+01:00`,
 * `…Z`), numeric dates in the locale's order (`11/23/1965` en_US, `23/11/1965` elsewhere,
 * `23.11.1965`), and written dates with month names in the locale or in English (`November 23,
 * 1965 9:03 AM`, `23 novembre 1965 21:03:00`, `23. November 1965`, `Tue 23rd Nov 1965`), with an
 * optional weekday name (checked against the date), a time after or before the date (`9:03`,
 * `9:03:10`, `21h03`, and after the date `21.03` / `21.03.10`; `AM`/`PM` or the locale's markers),
 * a zone after the time (`GMT`, `UTC+1`, `+0100`, a zone name Intl prints in the locale) and lone
 * separators (`March 7 / 2020`). Any other word, and any number that is no part of the date, makes
 * the string invalid, with the characters that are wrong (Genesys patterns are strict too).
 * A date written exactly as Intl writes it in one of the locale's date styles (alone or with a
 * time style) is read field by field from that style's shape first (date-shape.ts):
 * `23 tháng 11, 1965`, `65. 11. 23.`, `23 de noviembre de 1965 a las 21:03`, `Nov 23, 1965, 9:03:10 PM GMT+1`.
 * A two-digit year is placed as Java's `SimpleDateFormat` places it: within 80 years before and
 * 20 years after the render's `now`.
 */
import { dateFields, instantFromLocal, utcFromParts } from './dates.js';
import { readIntlDate, type ShapedDate } from './date-shape.js';
import { fold, isSpace } from './date-text.js';
import { defaultLocale, type LocaleInfo } from './locales.js';
import type { Zone } from './timezone.js';
import { readZoneAt } from './zone-names.js';

/** A problem with a date text: its characters (offset and length in the text as given) and what is wrong. */
export interface DateProblem {
  readonly offset: number;
  readonly length: number;
  readonly message: string;
}

/** The instant read, with a warning when part of the text was read in a default way (an unknown zone name); or the problem. */
export type DateReading = { readonly ms: number; readonly warning?: DateProblem } | { readonly problem: DateProblem };

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

const MONTHS_EN = new Intl.DateTimeFormat('en-US', { month: 'long', timeZone: 'UTC' });
const WEEKDAYS_EN = new Intl.DateTimeFormat('en-US', { weekday: 'long', timeZone: 'UTC' });
const ENGLISH_ORDINALS = new Intl.PluralRules('en-US', { type: 'ordinal' });
/** English ordinal suffixes by Intl's ordinal plural category (`1st`, `2nd`, `3rd`, `4th`, `11th`, `23rd`). */
const ORDINAL_SUFFIX: Readonly<Record<string, string>> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

/** A word of a date as compared: folded (date-text.ts) and without a final dot (`févr.`, `nov.`). */
function wordKey(word: string): string {
  return word.endsWith('.') ? word.slice(0, -1) : word;
}

/** Folded names → month number (1–12) and weekday (0 = Sunday, -1 when a word is part of several) of a locale, with English's. */
interface Words {
  months: Map<string, number>;
  weekdays: Map<string, number>;
  /** Connectors printed between date fields (`de`, `年`, `،`) and French `le`. */
  connectors: Set<string>;
  /** The locale's AM/PM markers, folded, when they are not `am`/`pm`. */
  amPm: readonly [string, string] | undefined;
}

const wordsCache = new WeakMap<LocaleInfo, Words>();

function wordsOf(locale: LocaleInfo): Words {
  const cached = wordsCache.get(locale);
  if (cached) return cached;
  const months = new Map<string, number>();
  const weekdays = new Map<string, number>();
  // The locale's names first: where an abbreviation means another month in English, the locale wins.
  for (const source of locale === defaultLocale ? [locale] : [locale, defaultLocale]) {
    const own = new Map<string, number>();
    for (const names of [source.months, source.shortMonths, source.standaloneMonths, source.shortStandaloneMonths]) {
      names.forEach((name, index) => {
        const key = wordKey(fold(name, locale));
        if (key !== '' && !months.has(key)) months.set(key, index + 1);
      });
    }
    for (const names of [source.weekdays, source.shortWeekdays]) {
      names.forEach((name, day) => {
        const folded = fold(name, locale);
        own.set(wordKey(folded), day);
        // Weekdays of several words (`çərşənbə axşamı`, `Dé Máirt`) are split with the text; a word
        // shared by several weekdays (`dé`) says no day.
        for (const word of folded.split(' ')) {
          const key = wordKey(word);
          if (key === '' || key === wordKey(folded)) continue;
          const known = own.get(key);
          own.set(key, known === undefined || known === day ? day : -1);
        }
      });
    }
    for (const [key, day] of own) if (!weekdays.has(key)) weekdays.set(key, day);
  }
  const connectors = new Set(['de', 'le', '/', '-', '.']);
  for (const word of locale.dateWords) connectors.add(wordKey(fold(word, locale)));
  // The era of today's dates (`ค.ศ.`, `n. Chr.`) says nothing; the one before year 1 is not read.
  for (const word of locale.eras[1].split(/\s+/)) if (word !== '') connectors.add(wordKey(fold(word, locale)));
  const [am, pm] = locale.amPm.map((m) => fold(m, locale));
  const amPm: readonly [string, string] | undefined = am && pm && (am !== 'am' || pm !== 'pm') ? [am, pm] : undefined;
  const words: Words = { months, weekdays, connectors, amPm };
  wordsCache.set(locale, words);
  return words;
}

/** Connectors every locale accepts; they do not say that numbers stand in the locale's order. */
const GENERIC_CONNECTORS: ReadonlySet<string> = new Set(['de', 'le', '/', '-', '.', '']);

function lastDayOf(year: number, month: number): number {
  return new Date(utcFromParts(year, month + 1, 0)).getUTCDate();
}

function validDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= lastDayOf(year, month);
}

/**
 * A two-digit year as Java's `SimpleDateFormat` reads it: the year of the century that puts the
 * date within 80 years before and 20 years after `now` (in the render zone). With `now` in 2026:
 * `46` is 1946 from 1 December on (80 years before), else 2046; `65` is 1965; `45` is 2045.
 */
export function placeTwoDigitYear(yy: number, rest: readonly number[], now: number, zone: Zone): number {
  const today = dateFields(now, zone);
  const start = today.year - 80;
  const startCentury = start - (((start % 100) + 100) % 100);
  const startYy = start - startCentury;
  let year = startCentury + yy;
  if (yy < startYy) year += 100;
  else if (yy === startYy) {
    // The same year as the window's start: a date before that day (and time) is a century later.
    const startFields = [today.month, today.day, today.hour, today.minute, today.second];
    for (let k = 0; k < startFields.length; k++) {
      const a = rest[k] ?? 0;
      const b = startFields[k] as number;
      if (a !== b) {
        if (a < b) year += 100;
        break;
      }
    }
  }
  return year;
}

function at(offset: number, length: number): string {
  return length <= 1 ? `character ${offset + 1}` : `characters ${offset + 1}–${offset + length}`;
}

function problem(offset: number, length: number, message: string): { problem: DateProblem } {
  return { problem: { offset, length, message } };
}

function monthName(month: number): string {
  return MONTHS_EN.format(Date.UTC(2001, month - 1, 15));
}

/** The instant of a date and time read with its zone: an offset in minutes east, or the render zone. */
function instant(zone: Zone, offset: number | undefined, f: readonly [number, number, number, number, number, number]): number {
  if (offset === undefined || Number.isNaN(offset)) return instantFromLocal(zone, ...f);
  return utcFromParts(...f) - offset * 60_000;
}

/** Reads `text`; the instant or the problem (positioned in `text`). `now` places two-digit years. */
export function readDateString(text: string, locale: LocaleInfo, zone: Zone, now: number): DateReading {
  const lead = text.length - text.trimStart().length;
  const trimmed = text.trim();
  if (trimmed === '') return problem(0, text.length, 'the text is empty.');
  const iso = ISO.exec(trimmed);
  if (iso) return readIso(iso, zone, lead);

  // A text exactly as Intl writes it in one of the locale's date styles (with or without a time) is read by its shape.
  const shaped = readIntlDate(trimmed, locale, zone);
  if (shaped === null) return readFreeForm(trimmed, lead, locale, zone, now);
  const read = readShaped(shaped, trimmed, lead, locale, zone, now);
  // A shape knows no field's position: the free-form reader names the characters of the same problem when it can.
  if ('problem' in read && read.problem.length === trimmed.length) {
    const free = readFreeForm(trimmed, lead, locale, zone, now);
    if ('problem' in free) return free;
  }
  return read;
}

/** Parses `text`; returns the instant (ms) or null when the text is not a date. */
export function parseDateString(text: string, locale: LocaleInfo, zone: Zone, now: number): number | null {
  const read = readDateString(text, locale, zone, now);
  return 'ms' in read ? read.ms : null;
}

function readIso(iso: RegExpExecArray, zone: Zone, lead: number): DateReading {
  const [, y, mo, d, h, mi, s, frac, offset] = iso;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12) return problem(lead + 5, 2, `there is no month ${month}.`);
  if (!validDay(year, month, day)) return problem(lead + 8, 2, `there is no day ${day} in ${monthName(month)} ${year}.`);
  const [hour, minute, second] = [Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0)];
  if (hour > 23 || minute > 59 || second > 59)
    return problem(lead + 11, s === undefined ? 5 : 8, 'the time is out of range (00:00:00–23:59:59).');
  const millis = frac ? Math.round(Number(`0.${frac}`) * 1000) : 0;
  if (offset === undefined) return { ms: instantFromLocal(zone, year, month, day, hour, minute, second) + millis };
  const wall = utcFromParts(year, month, day, hour, minute, second) + millis;
  if (offset.toUpperCase() === 'Z') return { ms: wall };
  const sign = offset[0] === '-' ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  return { ms: wall - sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0')) * 60_000 };
}

function readShaped(shaped: ShapedDate, trimmed: string, lead: number, locale: LocaleInfo, zone: Zone, now: number): DateReading {
  // Positions of the folded text are the text's unless folding changed a length (then the whole text is named).
  const keeps = fold(trimmed, locale).length === trimmed.length;
  const span = (range: readonly [number, number]): [number, number] =>
    keeps ? [lead + range[0], range[1] - range[0]] : [lead, trimmed.length];
  const { month, day, hour, minute, second } = shaped;
  if (shaped.yearDigits === 1 || shaped.yearDigits === 3)
    return problem(lead, trimmed.length, 'the year has 1 or 3 digits: write it with 4 (or 2).');
  const year = shaped.yearDigits === 2 ? placeTwoDigitYear(shaped.year, [month, day, hour, minute, second], now, zone) : shaped.year;
  if (month < 1 || month > 12)
    return problem(lead, trimmed.length, `there is no month ${month} (${locale.id} writes numeric dates ${orderOf(locale)}).`);
  if (!validDay(year, month, day)) return problem(lead, trimmed.length, `there is no day ${day} in ${monthName(month)} ${year}.`);
  const weekday = new Date(utcFromParts(year, month, day)).getUTCDay();
  if (shaped.weekday >= 0 && shaped.weekday !== weekday) {
    const [offset, length] = span(shaped.weekdayAt);
    return problem(offset, length, weekdayMismatch(year, month, day, weekday));
  }
  const ms = instant(zone, shaped.offset, [year, month, day, hour, minute, second]);
  if (shaped.offset !== undefined && Number.isNaN(shaped.offset)) {
    const [offset, length] = span(shaped.zoneAt);
    return { ms, warning: unknownZone(offset, length, locale, zone) };
  }
  return { ms };
}

function orderOf(locale: LocaleInfo): string {
  return locale.dateOrder === 'mdy' ? 'month/day/year' : locale.dateOrder === 'ymd' ? 'year/month/day' : 'day/month/year';
}

function weekdayMismatch(year: number, month: number, day: number, weekday: number): string {
  const name = WEEKDAYS_EN.format(Date.UTC(2001, 0, 7 + weekday));
  return `the weekday does not match the date: ${monthName(month)} ${day}, ${year} is a ${name}.`;
}

function unknownZone(offset: number, length: number, locale: LocaleInfo, zone: Zone): DateProblem {
  return {
    offset,
    length,
    message: `the zone at ${at(offset, length)} is not an offset or a zone name Intl prints in ${locale.id} (or it names several offsets); the time is read in the render time zone (${zone.name}).`,
  };
}

/** A token of a free-form date: its folded text and its offset in the folded text. */
interface Token {
  readonly text: string;
  readonly start: number;
}

/** A number of the date not yet given a field: its value, digit count and position. */
interface Loose {
  readonly value: number;
  readonly digits: number;
  readonly start: number;
  readonly length: number;
}

const CLOCK = /^(\d{1,2})[:h](\d{2})(?::(\d{2}))?(am|pm|a\.m\.|p\.m\.)?$/;
/** An hour alone with its marker: `9pm`, `9 PM` (the spaced form is joined when the fields are given out). */
const HOUR_MERIDIEM = /^(\d{1,2})(am|pm|a\.m\.|p\.m\.)$/;
const DOTTED_CLOCK = /^(\d{1,2})\.(\d{2})(?:\.(\d{2}))?(am|pm|a\.m\.|p\.m\.)?$/;
const NUMERIC_DATE = /^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})$/;
const PARTIAL_DATE = /^\d{1,4}[/.-]\d{1,2}[/.-]?$/;
const ORDINAL = /^(\d{1,2})(st|nd|rd|th|er)$/;
const NUMBER = /^(\d{1,4})(\.?)$/;

/** Splits folded text into tokens at spaces, bidi marks and commas (`,`, Arabic `،`). */
function tokensOf(text: string): Token[] {
  const tokens: Token[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = text[i];
    const separator = c === undefined || isSpace(c) || c === ',' || c === '،';
    if (separator) {
      if (start >= 0) tokens.push({ text: text.slice(start, i), start });
      start = -1;
    } else if (start < 0) start = i;
  }
  return tokens;
}

function readFreeForm(trimmed: string, lead: number, locale: LocaleInfo, zone: Zone, now: number): DateReading {
  const words = wordsOf(locale);
  let folded = fold(trimmed, locale);
  const keeps = folded.length === trimmed.length;
  /** A problem on folded characters `[start, end)`, named in the text as given. */
  const fail = (start: number, end: number, message: string): { problem: DateProblem } =>
    keeps
      ? problem(lead + start, end - start, message.replace('@', at(lead + start, end - start)))
      : problem(lead, trimmed.length, message.replace('@', 'the text'));
  // Markers of several words (`a. m.` in Spanish) become one word of the same length before the text is split.
  if (words.amPm !== undefined) folded = markMeridiem(folded, words.amPm);

  let year: Loose | undefined;
  let month = 0;
  let monthAt: Token | undefined;
  let day: Loose | undefined;
  let time: { hour: number; minute: number; second: number; token: Token } | undefined;
  let meridiem: { value: 'am' | 'pm'; token: Token } | undefined;
  let weekday: { value: number; token: Token } | undefined;
  let zoneRead: { offset: number; start: number; end: number } | undefined;
  /** A whole numeric date was read (`23.11.1965`): a dotted time may follow. */
  let numericDate = false;
  /** Numbers may stand in the locale's order: the text was glued (`1965年11月23日`), dotted (`23. 11. 1965`) or used the locale's date words. */
  let ordered = false;
  const loose: Loose[] = [];
  let failure: { problem: DateProblem } | undefined;

  const setTime = (token: Token, m: RegExpExecArray): boolean => {
    if (time !== undefined) {
      failure = fail(token.start, token.start + token.text.length, 'a second time at @.');
      return true;
    }
    time = { hour: Number(m[1]), minute: Number(m[2]), second: Number(m[3] ?? '0'), token };
    if (m[4]) meridiem = { value: m[4].startsWith('a') ? 'am' : 'pm', token };
    return true;
  };
  /** Reads one token; false when it is no part of a date. */
  const read = (token: Token): boolean => {
    const word = token.text;
    const key = wordKey(word);
    const end = token.start + word.length;
    let m: RegExpExecArray | null;
    if ((m = CLOCK.exec(word))) return setTime(token, m);
    if ((m = HOUR_MERIDIEM.exec(word))) return setTime(token, [m[0], m[1], '00', undefined, m[2]] as unknown as RegExpExecArray);
    // `21.03` is a time once the date is there (Danish and Finnish write times so); before it, it is no date.
    if ((m = DOTTED_CLOCK.exec(word)) && (numericDate || month !== 0)) return setTime(token, m);
    if ((m = NUMERIC_DATE.exec(word))) {
      if (numericDate || month !== 0) {
        failure = fail(token.start, end, 'a second date at @.');
        return true;
      }
      const parts = [m[1], m[2], m[3]] as [string, string, string];
      const offsets = [0, parts[0].length + 1, parts[0].length + parts[1].length + 2];
      const order: readonly ['y' | 'm' | 'd', 'y' | 'm' | 'd', 'y' | 'm' | 'd'] =
        parts[0].length >= 3 || locale.dateOrder === 'ymd'
          ? ['y', 'm', 'd']
          : locale.monthFirst && word.includes('/')
            ? ['m', 'd', 'y']
            : ['d', 'm', 'y'];
      if (locale.dateOrder === 'ymd' && parts[0].length <= 2 && parts[2].length >= 3) {
        failure = fail(token.start, end, `@ is no date in ${locale.id}, which writes numeric dates year first.`);
        return true;
      }
      order.forEach((field, k) => {
        const part = parts[k] as string;
        const number: Loose = {
          value: Number(part),
          digits: part.length,
          start: token.start + (offsets[k] as number),
          length: part.length,
        };
        if (field === 'y') year = number;
        else if (field === 'd') day = number;
        else {
          month = number.value;
          monthAt = { text: part, start: number.start };
        }
      });
      numericDate = true;
      return true;
    }
    if (PARTIAL_DATE.test(word)) {
      failure = fail(token.start, end, 'the date at @ is incomplete (a day, a month and a year are needed).');
      return true;
    }
    if (key === 'am' || key === 'a.m' || key === 'pm' || key === 'p.m') {
      meridiem = { value: key.startsWith('a') ? 'am' : 'pm', token };
      return true;
    }
    if (words.amPm !== undefined && (word === words.amPm[0] || word === words.amPm[1])) {
      meridiem = { value: word === words.amPm[0] ? 'am' : 'pm', token };
      return true;
    }
    if ((m = ORDINAL.exec(word))) {
      const value = Number(m[1]);
      const suffix = m[2] as string;
      const expected = suffix === 'er' ? (value === 1 ? 'er' : '') : ORDINAL_SUFFIX[ENGLISH_ORDINALS.select(value)];
      if (suffix !== expected) {
        failure = fail(token.start, end, `the ordinal at @ is misspelt${expected ? ` (${value}${expected})` : ''}.`);
        return true;
      }
      loose.push({ value, digits: (m[1] as string).length, start: token.start, length: (m[1] as string).length });
      return true;
    }
    if ((m = NUMBER.exec(word))) {
      const digits = (m[1] as string).length;
      loose.push({ value: Number(m[1]), digits, start: token.start, length: digits });
      if (m[2] === '.' && digits <= 2) ordered = true;
      return true;
    }
    const monthNumber = words.months.get(key);
    if (monthNumber !== undefined) {
      if (month !== 0) {
        failure = fail(token.start, end, 'a second month at @.');
        return true;
      }
      month = monthNumber;
      monthAt = token;
      return true;
    }
    if (words.connectors.has(key)) {
      if (!GENERIC_CONNECTORS.has(key)) ordered = true;
      return true;
    }
    const weekdayNumber = words.weekdays.get(key);
    if (weekdayNumber !== undefined) {
      if (weekdayNumber >= 0) weekday = { value: weekdayNumber, token };
      return true;
    }
    return false;
  };

  const tokens = tokensOf(folded);
  for (let k = 0; k < tokens.length && failure === undefined; k++) {
    const token = tokens[k] as Token;
    if (read(token)) continue;
    // A zone after the time (`GMT`, `UTC+1`, `+0100`, `Eastern Standard Time`): it may span several tokens.
    if (time !== undefined && zoneRead === undefined) {
      const zoneAt = readZoneAt(folded, token.start, locale, zone, true);
      if (zoneAt !== null && !Number.isNaN(zoneAt.offset)) {
        let next = k;
        while (next + 1 < tokens.length && (tokens[next + 1] as Token).start < zoneAt.end) next++;
        const last = tokens[next] as Token;
        if (last.start + last.text.length === zoneAt.end) {
          zoneRead = { offset: zoneAt.offset, start: token.start, end: zoneAt.end };
          k = next;
          continue;
        }
      }
    }
    // Dates written without spaces (`1965年11月23日`): read the digit and non-digit runs one by one.
    // Words glued to a prefix (Hebrew `בנובמבר`) are read the same way.
    const pieces = digitRuns(token);
    if (!pieces.every((piece) => read(piece) || readWords(piece, read))) {
      return (
        failure ??
        fail(
          token.start,
          token.start + token.text.length,
          `the word at @ is not a month, weekday, time, zone or date word of ${locale.id}.`,
        )
      );
    }
    ordered = true;
  }
  if (failure !== undefined) return failure;

  // `9 PM`: a number of one or two digits just before a marker, with no other time, is the hour.
  let rest = loose;
  if (time === undefined && meridiem !== undefined) {
    const marker = meridiem.token;
    const hour = loose.find(
      (n) =>
        n.digits <= 2 &&
        n.start + n.length < marker.start &&
        isSpace(folded[n.start + n.length]) &&
        folded.slice(n.start + n.length, marker.start).trim() === '',
    );
    if (hour !== undefined) {
      time = {
        hour: hour.value,
        minute: 0,
        second: 0,
        token: { text: folded.slice(hour.start, marker.start + marker.text.length), start: hour.start },
      };
      rest = loose.filter((n) => n !== hour);
    }
  }
  if (year === undefined) {
    const four = rest.find((n) => n.digits >= 3);
    if (four !== undefined) {
      year = four;
      rest = rest.filter((n) => n !== four);
    }
  }
  if (month === 0 && ordered && rest.length >= 2) {
    // Numbers only: a year written first is followed by month and day (`1965. 11. 23.`, `1965年11月23日`);
    // otherwise they stand in the locale's order.
    const yearFirst = year !== undefined && year.start < (rest[0] as Loose).start;
    const [a, b] = rest as [Loose, Loose];
    const [m, d] = locale.dateOrder === 'dmy' && !yearFirst ? [b, a] : [a, b];
    month = m.value;
    monthAt = { text: String(m.value), start: m.start };
    day = d;
    rest = rest.slice(2);
  }
  if (month === 0) {
    if (loose.length === 0 && year === undefined) return fail(0, folded.length, 'there is no date in @.');
    return fail(0, folded.length, 'the month is missing in @.');
  }
  if (day === undefined && rest.length > 0) [day, ...rest] = rest as [Loose, ...Loose[]];
  if (year === undefined && rest.length > 0) [year, ...rest] = rest as [Loose, ...Loose[]];
  const extra = rest[0];
  if (extra !== undefined) return fail(extra.start, extra.start + extra.length, 'the number at @ is no part of the date.');
  if (day === undefined) return fail(0, folded.length, 'the day is missing in @.');
  if (year === undefined) return fail(0, folded.length, 'the year is missing in @.');
  if (year.digits === 1 || year.digits === 3)
    return fail(year.start, year.start + year.length, 'the year at @ has 1 or 3 digits: write it with 4 (or 2).');
  if (month < 1 || month > 12) {
    const where = monthAt ?? { text: '', start: 0 };
    return fail(
      where.start,
      where.start + where.text.length,
      `there is no month ${month} (@; ${locale.id} writes numeric dates ${orderOf(locale)}).`,
    );
  }
  let hour = time?.hour ?? 0;
  if (meridiem !== undefined) {
    if (time === undefined)
      return fail(meridiem.token.start, meridiem.token.start + meridiem.token.text.length, 'AM/PM at @ without a time.');
    if (hour < 1 || hour > 12)
      return fail(time.token.start, time.token.start + time.token.text.length, 'the hour at @ is not 1–12 before AM/PM.');
    hour = (hour % 12) + (meridiem.value === 'pm' ? 12 : 0);
  }
  if (time !== undefined && (hour > 23 || time.minute > 59 || time.second > 59))
    return fail(time.token.start, time.token.start + time.token.text.length, 'the time at @ is out of range (00:00:00–23:59:59).');
  const minute = time?.minute ?? 0;
  const second = time?.second ?? 0;
  const fullYear = year.digits === 2 ? placeTwoDigitYear(year.value, [month, day.value, hour, minute, second], now, zone) : year.value;
  if (!validDay(fullYear, month, day.value))
    return fail(day.start, day.start + day.length, `there is no day ${day.value} in ${monthName(month)} ${fullYear} (@).`);
  if (weekday !== undefined) {
    const actual = new Date(utcFromParts(fullYear, month, day.value)).getUTCDay();
    if (weekday.value !== actual)
      return fail(
        weekday.token.start,
        weekday.token.start + weekday.token.text.length,
        `${weekdayMismatch(fullYear, month, day.value, actual)} (@)`,
      );
  }
  return { ms: instant(zone, zoneRead?.offset, [fullYear, month, day.value, hour, minute, second]) };
}

/** Longest glued run of words read (`日火曜日`). */
const MAX_GLUED_WORDS = 24;

/**
 * Reads a run of words written without spaces (`日火曜日` = `日` + `火曜日`), longest known word
 * first. Runs longer than {@link MAX_GLUED_WORDS} are refused: the search is quadratic in the length.
 */
function readWords(run: Token, read: (word: Token) => boolean): boolean {
  const text = run.text;
  if (text.length > MAX_GLUED_WORDS) return false;
  let i = 0;
  while (i < text.length) {
    let j = text.length;
    while (j > i && !read({ text: text.slice(i, j), start: run.start + i })) j--;
    if (j === i) return false;
    i = j;
  }
  return true;
}

/** Splits a token into runs of ASCII digits and runs of other characters. */
function digitRuns(token: Token): Token[] {
  const runs: Token[] = [];
  let run = '';
  let start = token.start;
  let digits = false;
  for (let i = 0; i < token.text.length; i++) {
    const c = token.text[i] as string;
    const isDigit = c >= '0' && c <= '9';
    if (run !== '' && isDigit !== digits) {
      runs.push({ text: run, start });
      run = '';
      start = token.start + i;
    }
    digits = isDigit;
    run += c;
  }
  if (run !== '') runs.push({ text: run, start });
  return runs;
}

/**
 * Rewrites the locale's AM/PM markers of several words (`a. m.`) in folded text as `am`/`pm`
 * padded with spaces to the marker's length, so that offsets stay those of the text (one forward
 * pass per marker).
 */
function markMeridiem(text: string, markers: readonly [string, string]): string {
  let out = text;
  for (const [marker, word] of [
    [markers[0], 'am'],
    [markers[1], 'pm'],
  ] as const) {
    if (marker.length < 3 || !marker.includes(' ')) continue;
    const padded = ` ${word}${' '.repeat(marker.length - word.length - 1)}`;
    let found = out.indexOf(marker);
    while (found >= 0) {
      out = out.slice(0, found) + padded + out.slice(found + marker.length);
      found = out.indexOf(marker, found + marker.length);
    }
  }
  return out;
}
