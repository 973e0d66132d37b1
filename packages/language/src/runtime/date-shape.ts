/**
 * Reads a date written the way `Intl` writes it in one of the locale's date styles, with or
 * without a time (the locale's `dateShapes`, built from `formatToParts`): `23 tháng 11, 1965`
 * (vi), `1965-ж., 23-ноябрь` (ky), `65. 11. 23.` (ko), `23. November 1965 um 21:03` (de). Literals must be there as Intl prints them — a run of spaces or bidi
 * marks matches any such run, letters ignore case — numeric fields are digit runs and name fields
 * the longest name that matches. No per-locale table: the shapes are what Intl prints.
 */
import { asciiDigits, type DateShapePart, type LocaleInfo } from './locales.js';

export interface ShapedDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** 0–23 (a 12-hour clock's hour and day period already combined); 0 when the shape has no time. */
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

/** A shape part with its names lower-cased and in ASCII digits, ready to compare with the text. */
type Prepared =
  | { readonly kind: 'literal'; readonly text: string }
  | { readonly kind: 'year' }
  /** `names[k]` is month `numbers[k]` (1–12); no names for a numeric month. */
  | { readonly kind: 'month'; readonly names: readonly string[] | undefined; readonly numbers: readonly number[] }
  | { readonly kind: 'day' }
  | { readonly kind: 'weekday'; readonly names: readonly string[] }
  | { readonly kind: 'hour' | 'minute' | 'second' }
  /** Day periods; `pm[k]` says whether `names[k]` is after noon. */
  | { readonly kind: 'dayPeriod'; readonly names: readonly string[]; readonly pm: readonly boolean[] };

/** Two-digit years: 00–49 are 2000–2049, 50–99 are 1950–1999 (as the numeric dates of date-parse.ts). */
const TWO_DIGIT_PIVOT = 50;
const MAX_DIGITS: Readonly<Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number>> = {
  year: 4,
  month: 2,
  day: 2,
  hour: 2,
  minute: 2,
  second: 2,
};
const MARKS: ReadonlySet<string> = new Set(['\u200e', '\u200f', '\u061c']);

function isSpace(c: string | undefined): boolean {
  return c !== undefined && (c.trim() === '' || MARKS.has(c));
}

/** The text as compared: ASCII digits, NFC, lower case, and the no-break and thin spaces as plain ones. */
function fold(text: string, locale: LocaleInfo): string {
  let out = '';
  for (const c of asciiDigits(text, locale).normalize('NFC').toLowerCase())
    out += c === '\u00a0' || c === '\u202f' || c === '\u2009' ? ' ' : c;
  return out;
}

const prepared = new WeakMap<LocaleInfo, Prepared[][]>();

function prepare(locale: LocaleInfo): Prepared[][] {
  const cached = prepared.get(locale);
  if (cached !== undefined) return cached;
  // Besides the style's own spellings, the locale's other month and weekday names are read too
  // (`23-ноябрь` in the medium style, which prints `23-ноя.`).
  const otherMonths = [locale.months, locale.shortMonths, locale.standaloneMonths, locale.shortStandaloneMonths];
  const otherWeekdays = [...locale.weekdays, ...locale.shortWeekdays];
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
    shape.map((part: DateShapePart): Prepared => {
      switch (part.kind) {
        case 'literal':
          return { kind: 'literal', text: fold(part.text, locale) };
        case 'month':
          return prepareMonths(part.names);
        case 'weekday':
          return { kind: 'weekday', names: [...part.names, ...otherWeekdays].filter((n) => n !== '').map((n) => fold(n, locale)) };
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
function readShape(text: string, shape: readonly Prepared[]): ShapedDate | null {
  let i = 0;
  let year = NaN;
  let month = NaN;
  let day = NaN;
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
        if (run.length === 2) year += year < TWO_DIGIT_PIVOT ? 2000 : 1900;
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
      case 'weekday':
        if (longest(part.names) < 0) return null;
        break;
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
  return { year, month, day, hour, minute: time.minute, second: time.second };
}

/**
 * The date and time of `text` when it is written as one of the locale's Intl date styles (alone,
 * or with the short or medium time style), else null. The day is not checked against the month here.
 */
export function readIntlDate(text: string, locale: LocaleInfo): ShapedDate | null {
  const folded = fold(text.trim(), locale);
  for (const shape of prepare(locale)) {
    const date = readShape(folded, shape);
    if (date !== null) return date;
  }
  return null;
}
