/**
 * Date/Time output: `yyyy-MM-dd HH:mm:ss` by default, and every Java `SimpleDateFormat` letter
 * (`G y Y M L w W D d F E u a H k K h m s S z Z X`) with Java's count rules, in the render's
 * time zone and locale. Text in single quotes is literal (`''` is a quote); characters other
 * than ASCII letters are copied; any other ASCII letter is a mistake (as in Java).
 */
import { dateFields, utcFromParts, type DateFields } from './dates.js';
import { localDigits, type LocaleInfo } from './locales.js';
import { cachedPatternParser, patternProblem, readLetterRuns, type LetterRun, type PatternProblem } from './pattern-problem.js';
import type { Zone } from './timezone.js';

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

/** Default output of a Date/Time value. */
export function formatDateDefault(epochMs: number, zone: Zone): string {
  const f = dateFields(epochMs, zone);
  return `${pad(f.year, 4)}-${pad(f.month, 2)}-${pad(f.day, 2)} ${pad(f.hour, 2)}:${pad(f.minute, 2)}:${pad(f.second, 2)}`;
}

/** The `SimpleDateFormat` letters. */
const LETTERS = 'GyYMLwWDdFEuaHkKhmsSzZX';

/** A parsed date pattern: literal text and letter runs. */
export type DatePattern = ReadonlyArray<string | LetterRun>;

/** Parses a date pattern, or says what is wrong and where (cached: patterns are few and reused). */
export const parseDatePattern = cachedPatternParser<DatePattern>((pattern) => parse(pattern));

function parse(pattern: string): DatePattern | PatternProblem {
  return readLetterRuns(
    pattern,
    LETTERS,
    (c, at) => patternProblem(`Unknown date pattern letter "${c}"; quote literal text ('${c}').`, at),
    (run, at) =>
      run.letter === 'X' && run.count > 3 ? patternProblem('"X" is written X, XX or XXX (ISO 8601 offset).', at, run.count) : undefined,
  );
}

const DAY_MS = 86_400_000;

/** ISO day of week of a civil date: 1 = Monday … 7 = Sunday. */
function isoWeekday(year: number, month: number, day: number): number {
  const days = Math.floor(utcFromParts(year, month, day) / DAY_MS);
  // 1970-01-01 was a Thursday (4).
  return ((((days + 3) % 7) + 7) % 7) + 1;
}

function dayOfYear(year: number, month: number, day: number): number {
  return Math.round((utcFromParts(year, month, day) - utcFromParts(year, 1, 1)) / DAY_MS) + 1;
}

function daysInYear(year: number): number {
  return dayOfYear(year, 12, 31);
}

/** Zero-based index of the first day of week 1 in a period starting on a weekday, for the locale's rules. */
function firstWeekStart(firstWeekday: number, locale: LocaleInfo): number {
  const relative = (firstWeekday - locale.firstDay + 7) % 7;
  return 7 - relative >= locale.minimalDays ? -relative : 7 - relative;
}

/** Week of year and week-based year (`w`, `Y`) with the locale's first day and minimal days. */
function weekOfYear(f: DateFields, locale: LocaleInfo): { week: number; year: number } {
  const doy = dayOfYear(f.year, f.month, f.day) - 1;
  const start = firstWeekStart(isoWeekday(f.year, 1, 1), locale);
  if (doy < start) {
    const previous = f.year - 1;
    const previousStart = firstWeekStart(isoWeekday(previous, 1, 1), locale);
    return { week: Math.floor((doy + daysInYear(previous) - previousStart) / 7) + 1, year: previous };
  }
  const nextStart = daysInYear(f.year) + firstWeekStart(isoWeekday(f.year + 1, 1, 1), locale);
  if (doy >= nextStart) return { week: 1, year: f.year + 1 };
  return { week: Math.floor((doy - start) / 7) + 1, year: f.year };
}

/** Week of month (`W`); 0 for the days before the month's first week, as in Java. */
function weekOfMonth(f: DateFields, locale: LocaleInfo): number {
  const start = firstWeekStart(isoWeekday(f.year, f.month, 1), locale);
  return Math.floor((f.day - 1 - start) / 7) + 1;
}

/** `GMT+01:00`: Java's name of a zone that is only an offset. */
function gmtOffset(minutes: number): string {
  if (minutes === 0) return 'GMT';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `GMT${sign}${pad(Math.floor(abs / 60), 2)}:${pad(abs % 60, 2)}`;
}

const zoneNameFormats = new Map<string, Intl.DateTimeFormat | null>();

/** Zone name from `Intl` for an IANA zone (`CET`, `Pacific Standard Time`); `GMT±hh:mm` for fixed offsets. */
function zoneName(epochMs: number, zone: Zone, long: boolean, locale: LocaleInfo): string {
  const key = `${locale.tag}\u0000${zone.name}\u0000${long ? 'l' : 's'}`;
  let format = zoneNameFormats.get(key);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat(locale.tag, { timeZone: zone.name, timeZoneName: long ? 'long' : 'short' });
    } catch {
      format = null;
    }
    if (zoneNameFormats.size > 200) zoneNameFormats.clear();
    zoneNameFormats.set(key, format);
  }
  if (format !== null) {
    for (const part of format.formatToParts(epochMs)) if (part.type === 'timeZoneName') return part.value;
  }
  return gmtOffset(zone.offsetAt(epochMs));
}

/** `Z` (`-0800`) and `X` (`-08`, `-0800`, `-08:00`, `Z` for UTC). */
function offsetText(minutes: number, style: 'Z' | 'X', count: number): string {
  if (style === 'X' && minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const hours = pad(Math.floor(abs / 60), 2);
  const rest = pad(abs % 60, 2);
  if (style === 'Z' || count === 2) return sign + hours + rest;
  return count === 1 ? sign + hours : `${sign}${hours}:${rest}`;
}

interface Context {
  readonly epochMs: number;
  readonly zone: Zone;
  readonly f: DateFields;
  readonly locale: LocaleInfo;
  week?: { week: number; year: number };
  shortZone?: string;
  longZone?: string;
}

function year(value: number, count: number): string {
  return count === 2 ? pad(value % 100, 2) : pad(value, count);
}

function field(letter: string, count: number, cx: Context): string {
  const { f, locale } = cx;
  const number = (value: number): string => localDigits(pad(value, count), locale);
  // Java prints the year of the era: 1 BC is year 1.
  const yearOfEra = f.year <= 0 ? 1 - f.year : f.year;
  switch (letter) {
    case 'G':
      return locale.eras[f.year <= 0 ? 0 : 1];
    case 'y':
      return localDigits(year(yearOfEra, count), locale);
    case 'Y': {
      const week = (cx.week ??= weekOfYear(f, locale));
      return localDigits(year(week.year <= 0 ? 1 - week.year : week.year, count), locale);
    }
    case 'M':
      if (count >= 4) return locale.months[f.month - 1] as string;
      return count === 3 ? (locale.shortMonths[f.month - 1] as string) : number(f.month);
    case 'L':
      if (count >= 4) return locale.standaloneMonths[f.month - 1] as string;
      return count === 3 ? (locale.shortStandaloneMonths[f.month - 1] as string) : number(f.month);
    case 'w':
      return number((cx.week ??= weekOfYear(f, locale)).week);
    case 'W':
      return number(weekOfMonth(f, locale));
    case 'D':
      return number(dayOfYear(f.year, f.month, f.day));
    case 'd':
      return number(f.day);
    case 'F':
      return number(Math.floor((f.day - 1) / 7) + 1);
    case 'E':
      return (count >= 4 ? locale.weekdays[f.weekday] : locale.shortWeekdays[f.weekday]) as string;
    case 'u':
      return number(f.weekday === 0 ? 7 : f.weekday);
    case 'a':
      return locale.amPm[f.hour < 12 ? 0 : 1];
    case 'H':
      return number(f.hour);
    case 'k':
      return number(f.hour === 0 ? 24 : f.hour);
    case 'K':
      return number(f.hour % 12);
    case 'h':
      return number(f.hour % 12 === 0 ? 12 : f.hour % 12);
    case 'm':
      return number(f.minute);
    case 's':
      return number(f.second);
    case 'S':
      // Java: the milliseconds as a number (`SSS` → 007), not a fraction of the second.
      return number(f.millisecond);
    case 'z':
      // Once per format call: a pattern of many `z` asks Intl once.
      return count >= 4
        ? (cx.longZone ??= zoneName(cx.epochMs, cx.zone, true, locale))
        : (cx.shortZone ??= zoneName(cx.epochMs, cx.zone, false, locale));
    case 'Z':
      return localDigits(offsetText(cx.zone.offsetAt(cx.epochMs), 'Z', count), locale);
    default:
      return localDigits(offsetText(cx.zone.offsetAt(cx.epochMs), 'X', count), locale);
  }
}

/** Formats an instant with a parsed date pattern in a zone and locale. */
export function formatDate(epochMs: number, pattern: DatePattern, zone: Zone, locale: LocaleInfo): string {
  const cx: Context = { epochMs, zone, f: dateFields(epochMs, zone), locale };
  let out = '';
  for (const token of pattern) out += typeof token === 'string' ? token : field(token.letter, token.count, cx);
  return out;
}
