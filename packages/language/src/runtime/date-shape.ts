/**
 * Reads a date written the way `Intl` writes it in one of the locale's date styles, with or
 * without a time (the locale's `dateShapes`, built from `formatToParts`): `23 tháng 11, 1965`
 * (vi), `1965-ж., 23-ноябрь` (ky), `65. 11. 23.` (ko), `23. November 1965 um 21:03` (de). Literals must be there as Intl prints them — a run of spaces or bidi
 * marks matches any such run, letters ignore case — numeric fields are digit runs and name fields
 * the longest name that matches. No per-locale table: the shapes are what Intl prints.
 */
import { fold, isLetter, isSpace } from './date-text.js';
import type { DateShapePart, LocaleInfo } from './locales.js';
import { readZoneAt } from './zone-names.js';
import type { Zone } from './timezone.js';

export interface ShapedDate {
  /** The year as written: `yearDigits` 2 is a two-digit year, placed by the caller (the render's `now`). */
  readonly year: number;
  readonly yearDigits: number;
  readonly month: number;
  readonly day: number;
  /** 0–23 (a 12-hour clock's hour and day period already combined); 0 when the shape has no time. */
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /** The weekday written (0 = Sunday), or -1; the caller checks it against the date. */
  readonly weekday: number;
  /** Where the weekday is in the folded text. */
  readonly weekdayAt: readonly [number, number];
  /** The zone's offset in minutes east of UTC (NaN: a name of several offsets); undefined without a zone. */
  readonly offset: number | undefined;
  /** Where the zone is in the folded text (a zone Intl does not name in the locale is read as unknown). */
  readonly zoneAt: readonly [number, number];
}

/** A shape part with its names lower-cased and in ASCII digits, ready to compare with the text. */
type Prepared =
  | { readonly kind: 'literal'; readonly text: string }
  | { readonly kind: 'year' }
  /** `names[k]` is month `numbers[k]` (1–12); no names for a numeric month. */
  | { readonly kind: 'month'; readonly names: readonly string[] | undefined; readonly numbers: readonly number[] }
  | { readonly kind: 'day' }
  /** `names[k]` is weekday `numbers[k]` (0 = Sunday). */
  | { readonly kind: 'weekday'; readonly names: readonly string[]; readonly numbers: readonly number[] }
  | { readonly kind: 'hour' | 'minute' | 'second' }
  /** Day periods; `pm[k]` says whether `names[k]` is after noon. */
  | { readonly kind: 'dayPeriod'; readonly names: readonly string[]; readonly pm: readonly boolean[] }
  /** The zone, and the first character of the literal after it (where an unknown name stops). */
  | { readonly kind: 'timeZoneName'; readonly until: string | undefined };

const MAX_DIGITS: Readonly<Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number>> = {
  year: 4,
  month: 2,
  day: 2,
  hour: 2,
  minute: 2,
  second: 2,
};

const prepared = new WeakMap<LocaleInfo, Prepared[][]>();

function prepare(locale: LocaleInfo): Prepared[][] {
  const cached = prepared.get(locale);
  if (cached !== undefined) return cached;
  // Besides the style's own spellings, the locale's other month and weekday names are read too
  // (`23-ноябрь` in the medium style, which prints `23-ноя.`).
  const otherMonths = [locale.months, locale.shortMonths, locale.standaloneMonths, locale.shortStandaloneMonths];
  const otherWeekdays = [locale.weekdays, locale.shortWeekdays];
  const prepareMonths = (names: readonly string[] | undefined): Prepared => {
    if (names === undefined) return { kind: 'month', names: undefined, numbers: [] };
    const folded: string[] = [];
    const numbers: number[] = [];
    for (const list of [names, ...otherMonths]) {
      list.forEach((name, i) => {
        if (name === '') return;
        folded.push(fold(name, locale));
        numbers.push(i + 1);
      });
    }
    return { kind: 'month', names: folded, numbers };
  };
  const shapes = locale.dateShapes.map((shape) =>
    shape.map((part: DateShapePart, k): Prepared => {
      switch (part.kind) {
        case 'timeZoneName': {
          const next = shape[k + 1];
          const until = next?.kind === 'literal' ? [...fold(next.text, locale)].find((c) => !isSpace(c)) : undefined;
          return { kind: 'timeZoneName', until };
        }
        case 'literal':
          return { kind: 'literal', text: fold(part.text, locale) };
        case 'month':
          return prepareMonths(part.names);
        case 'weekday': {
          const names: string[] = [];
          const numbers: number[] = [];
          for (const list of [part.names, ...otherWeekdays]) {
            list.forEach((name, day) => {
              if (name === '') return;
              names.push(fold(name, locale));
              numbers.push(day);
            });
          }
          return { kind: 'weekday', names, numbers };
        }
        case 'dayPeriod': {
          // The style's own periods, the locale's AM/PM markers, and the English ones.
          const am = [...part.am, locale.amPm[0], 'am'];
          const pm = [...part.pm, locale.amPm[1], 'pm'];
          return {
            kind: 'dayPeriod',
            names: [...am, ...pm].map((n) => fold(n, locale)),
            pm: [...am.map(() => false), ...pm.map(() => true)],
          };
        }
        default:
          return part;
      }
    }),
  );
  prepared.set(locale, shapes);
  return shapes;
}

/** Reads `text` against one shape; null when it does not match the whole text. */
function readShape(text: string, shape: readonly Prepared[], locale: LocaleInfo, zone: Zone): ShapedDate | null {
  let i = 0;
  let year = NaN;
  let yearDigits = 0;
  let month = NaN;
  let day = NaN;
  let weekday = -1;
  let weekdayAt: readonly [number, number] = [0, 0];
  let offset: number | undefined;
  let zoneAt: readonly [number, number] = [0, 0];
  const time = { hour: 0, minute: 0, second: 0 };
  let meridiem: 'am' | 'pm' | undefined;
  const skipSpaces = (): void => {
    while (isSpace(text[i])) i++;
  };
  const digits = (max: number): string | null => {
    skipSpaces();
    const start = i;
    while (i < text.length && (text[i] as string) >= '0' && (text[i] as string) <= '9') i++;
    return i > start && i - start <= max ? text.slice(start, i) : null;
  };
  /** The longest name at `i`; its index in `names`, or -1. */
  const longest = (names: readonly string[]): number => {
    skipSpaces();
    let best = -1;
    names.forEach((name, k) => {
      if (text.startsWith(name, i) && (best < 0 || name.length > (names[best] as string).length)) best = k;
    });
    if (best >= 0) i += (names[best] as string).length;
    return best;
  };
  for (const part of shape) {
    switch (part.kind) {
      case 'literal':
        // UTF-16 units, as the text is indexed.
        for (let k = 0; k < part.text.length; k++) {
          const c = part.text[k] as string;
          if (isSpace(c)) skipSpaces();
          else {
            skipSpaces();
            if (text[i] !== c) return null;
            i++;
          }
        }
        break;
      case 'year': {
        const run = digits(MAX_DIGITS.year);
        if (run === null) return null;
        year = Number(run);
        // Two digits are a two-digit year in every style (`23.11.65` matches the medium style too).
        yearDigits = run.length;
        break;
      }
      case 'day': {
        const run = digits(MAX_DIGITS.day);
        if (run === null) return null;
        day = Number(run);
        break;
      }
      case 'month': {
        if (part.names === undefined) {
          const run = digits(MAX_DIGITS.month);
          if (run === null) return null;
          month = Number(run);
        } else {
          const at = longest(part.names);
          if (at < 0) return null;
          month = part.numbers[at] as number;
        }
        break;
      }
      case 'weekday': {
        skipSpaces();
        const start = i;
        const at = longest(part.names);
        if (at < 0) return null;
        weekday = part.numbers[at] as number;
        weekdayAt = [start, i];
        break;
      }
      case 'hour':
      case 'minute':
      case 'second': {
        const run = digits(MAX_DIGITS[part.kind]);
        if (run === null) return null;
        time[part.kind] = Number(run);
        break;
      }
      case 'dayPeriod': {
        const at = longest(part.names);
        if (at < 0) return null;
        meridiem = part.pm[at] === true ? 'pm' : 'am';
        break;
      }
      case 'timeZoneName': {
        skipSpaces();
        const start = i;
        const read = readZoneAt(text, i, locale, zone, false);
        if (read !== null) {
          offset = read.offset;
          i = read.end;
        } else {
          // A name Intl does not print in this locale: up to the next literal (or the end), read as unknown.
          if (!isLetter(text[i])) return null;
          while (i < text.length && text[i] !== part.until) i++;
          while (i > start && isSpace(text[i - 1])) i--;
          if (i === start) return null;
          offset = NaN;
        }
        zoneAt = [start, i];
        break;
      }
    }
  }
  skipSpaces();
  if (i !== text.length || Number.isNaN(year) || Number.isNaN(month) || Number.isNaN(day)) return null;
  let { hour } = time;
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  if (hour > 23 || time.minute > 59 || time.second > 59) return null;
  return { year, yearDigits, month, day, hour, minute: time.minute, second: time.second, weekday, weekdayAt, offset, zoneAt };
}

/**
 * The date and time of `text` when it is written as one of the locale's Intl date styles (alone,
 * or with a time style: short, medium, or long and full with their zone), else null. The day is
 * not checked against the month here, nor the weekday against the date. Positions are in the
 * folded text (date-text.ts), which has the trimmed text's offsets unless folding changed a length.
 */
export function readIntlDate(text: string, locale: LocaleInfo, zone: Zone): ShapedDate | null {
  const folded = fold(text, locale);
  for (const shape of prepare(locale)) {
    const date = readShape(folded, shape, locale, zone);
    if (date !== null) return date;
  }
  return null;
}
