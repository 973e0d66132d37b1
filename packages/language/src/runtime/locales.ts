/**
 * Locale data for formatting and parsing, derived from `Intl` for any locale the runtime knows.
 * A locale is written Genesys style (`es_ES`) or BCP 47 (`es-ES`, `ar-SA-u-nu-latn`); its
 * names, signs and digits come from `Intl.DateTimeFormat#formatToParts` and
 * `Intl.NumberFormat#formatToParts` (Gregorian calendar, the locale's default numbering system),
 * and its currency from the region (`country-to-currency`). There are no hand-written tables:
 * what a locale prints is what ICU prints. Each locale is built once and cached.
 */
import countryToCurrency from 'country-to-currency';

export interface LocaleInfo {
  /** Genesys-style id: language and region joined by `_` (`es_ES`, `zh_CN`, `es`). */
  readonly id: string;
  /** BCP 47 tag given to `Intl` (`es-ES`). */
  readonly tag: string;
  /** Decimal separator (`.`, `,`, `٫`). */
  readonly decimal: string;
  /** Grouping separator the locale prints (`,`, `.`, U+00A0, U+202F, `٬`). */
  readonly group: string;
  /** Digit-group separators accepted when parsing (the printed one and its look-alikes). */
  readonly groups: readonly string[];
  /** Size of the group next to the decimal point (3), and of the groups before it (3, or 2 in hi_IN). */
  readonly primaryGrouping: number;
  readonly secondaryGrouping: number;
  /** Minus sign as printed, bidi marks included (`-`, U+061C + `-` in Arabic). */
  readonly minusSign: string;
  readonly plusSign: string;
  readonly percentSign: string;
  /** Exponent separator of scientific notation (`E`). */
  readonly exponent: string;
  readonly infinity: string;
  readonly nan: string;
  /** Numbering system (`latn`, `arab`, `deva`…) and its ten digits, zero first. */
  readonly numberingSystem: string;
  readonly digits: readonly string[];
  /** Order of day, month and year in the locale's numeric dates. */
  readonly dateOrder: 'dmy' | 'mdy' | 'ymd';
  /** Numeric dates: month first (`11/23/1965`) or day first (`23/11/1965`). */
  readonly monthFirst: boolean;
  /** Month names as used in a date (Java `MMMM`/`MMM`): Polish `listopada`. */
  readonly months: readonly string[];
  readonly shortMonths: readonly string[];
  /** Month names standing alone (Java `LLLL`/`LLL`): Polish `listopad`. */
  readonly standaloneMonths: readonly string[];
  readonly shortStandaloneMonths: readonly string[];
  /** Weekday names, Sunday first. */
  readonly weekdays: readonly string[];
  readonly shortWeekdays: readonly string[];
  readonly narrowWeekdays: readonly string[];
  /** Day-period markers of a 12-hour clock: [AM, PM]. */
  readonly amPm: readonly [string, string];
  /** Era names [before, after] the year 1: short (`BC`, `AD`) and long. */
  readonly eras: readonly [string, string];
  readonly longEras: readonly [string, string];
  /** Currency of the locale's region (ISO 4217 code and symbol); undefined when the region has none. */
  readonly currencyCode: string | undefined;
  readonly currencySymbol: string | undefined;
  /** Words and signs printed between the fields of the locale's written dates (`de`, `年`, `،`), for parsing. */
  readonly dateWords: readonly string[];
  /**
   * How Intl writes a date in each `dateStyle` (full, long, medium, short), field by field, for
   * parsing: the four date-only styles first, then each with the `short`, `medium`, `long` and
   * `full` time styles (the last two end with a zone).
   * Built on first use.
   */
  readonly dateShapes: readonly DateShape[];
  /** Per-mille sign printed by the pattern letter `‰` (`‰`, `؉` in Arabic). */
  readonly perMilleSign: string;
  /** First day of the week, 1 = Monday … 7 = Sunday (pattern letters `w`, `W`, `Y`). */
  readonly firstDay: number;
  /** Days of a year's first week that must fall in that year (1 = the week of 1 January, 4 = ISO 8601). */
  readonly minimalDays: number;
}

/**
 * One part of a date as Intl's `formatToParts` writes it in a date style: literal text, or a field
 * with the spellings Intl uses for it in that style (names are undefined for numeric fields).
 */
export type DateShapePart =
  | { readonly kind: 'literal'; readonly text: string }
  | { readonly kind: 'year' }
  | { readonly kind: 'month'; readonly names: readonly string[] | undefined }
  | { readonly kind: 'day' }
  | { readonly kind: 'weekday'; readonly names: readonly string[] }
  /** Time fields of a date style with a `timeStyle`. */
  | { readonly kind: 'hour' | 'minute' | 'second' }
  /** The zone of the `long` and `full` time styles (`GMT+1`, `UTC`, `Coordinated Universal Time`). */
  | { readonly kind: 'timeZoneName' }
  /** The day periods this style prints before and after noon (`AM`; zh_TW `凌晨`, `上午` and `中午`, `下午`, `晚上`). */
  | { readonly kind: 'dayPeriod'; readonly am: readonly string[]; readonly pm: readonly string[] };

/** The parts of one date style, in the order Intl prints them. */
export type DateShape = readonly DateShapePart[];

const UTC = 'UTC';
const GREGORY = 'gregory';
/** A Tuesday: 23 November 1965, the documented example date. */
const SAMPLE_DAY = Date.UTC(1965, 10, 23);

function partOf(parts: Intl.DateTimeFormatPart[] | Intl.NumberFormatPart[], type: string): string {
  let out = '';
  for (const part of parts) if (part.type === type) out += part.value;
  return out;
}

const DIGIT_RUN = /^\p{Nd}+$/u;

/**
 * One name per month (January first). Where the locale writes months as numbers with a unit
 * (`11月` in Japanese and in Chinese dates), the name is the number with its unit.
 */
function monthNames(tag: string, options: Intl.DateTimeFormatOptions): string[] {
  const format = new Intl.DateTimeFormat(tag, { ...options, calendar: GREGORY, timeZone: UTC });
  const names: string[] = [];
  for (let month = 0; month < 12; month++) {
    const parts = format.formatToParts(Date.UTC(2001, month, 15));
    const at = parts.findIndex((p) => p.type === 'month');
    let name = parts[at]?.value ?? '';
    const next = parts[at + 1];
    if (DIGIT_RUN.test(name) && next?.type === 'literal' && next.value.trim() !== '') name += next.value.trim();
    names.push(name);
  }
  return names;
}

function weekdayNames(tag: string, width: 'long' | 'short' | 'narrow'): string[] {
  const format = new Intl.DateTimeFormat(tag, { weekday: width, calendar: GREGORY, timeZone: UTC });
  const names: string[] = [];
  // 2001-01-07 is a Sunday.
  for (let day = 0; day < 7; day++) names.push(partOf(format.formatToParts(Date.UTC(2001, 0, 7 + day)), 'weekday'));
  return names;
}

function eraNames(tag: string, width: 'short' | 'long'): [string, string] {
  const format = new Intl.DateTimeFormat(tag, { era: width, year: 'numeric', calendar: GREGORY, timeZone: UTC });
  const before = new Date(0);
  before.setUTCFullYear(-99, 0, 1);
  return [partOf(format.formatToParts(before), 'era'), partOf(format.formatToParts(Date.UTC(2001, 0, 1)), 'era')];
}

function dayPeriods(tag: string): [string, string] {
  const format = new Intl.DateTimeFormat(tag, { hour: 'numeric', hourCycle: 'h12', calendar: GREGORY, timeZone: UTC });
  return [
    partOf(format.formatToParts(Date.UTC(2001, 0, 1, 9)), 'dayPeriod'),
    partOf(format.formatToParts(Date.UTC(2001, 0, 1, 21)), 'dayPeriod'),
  ];
}

function dateOrderOf(tag: string): 'dmy' | 'mdy' | 'ymd' {
  const format = new Intl.DateTimeFormat(tag, { year: 'numeric', month: '2-digit', day: '2-digit', calendar: GREGORY, timeZone: UTC });
  let order = '';
  for (const part of format.formatToParts(SAMPLE_DAY)) {
    if (part.type === 'year' || part.type === 'month' || part.type === 'day') order += part.type[0];
  }
  return order === 'mdy' || order === 'ymd' ? order : 'dmy';
}

const DATE_STYLES = ['full', 'long', 'medium', 'short'] as const;

const WHITE = new Set([' ', '\u00a0', '\u202f', '\u2009', '\u200e', '\u200f', '\u061c']);

/** Literal words of the locale's date-only formats (`23 de noviembre de 1965` → `de`). */
function dateWordsOf(tag: string): string[] {
  const words = new Set<string>();
  for (const dateStyle of DATE_STYLES) {
    const format = new Intl.DateTimeFormat(tag, { dateStyle, calendar: GREGORY, timeZone: UTC });
    for (const part of format.formatToParts(SAMPLE_DAY)) {
      if (part.type !== 'literal') continue;
      let word = '';
      for (const c of part.value + ' ') {
        if (WHITE.has(c)) {
          if (word !== '') words.add(word);
          word = '';
        } else word += c;
      }
    }
  }
  return [...words];
}

/** The value of the part of `type` in the parts of `ms` formatted by `format`. */
function fieldValue(format: Intl.DateTimeFormat, ms: number, type: string): string {
  return partOf(format.formatToParts(ms), type);
}

/**
 * The date styles as parts (`23 tháng 11, 1965` = day, ` `, month, `, `, year). A field printed as
 * a name gets every name Intl prints for it in that style (twelve months, Sunday-first weekdays),
 * read from formatting one date of each month and weekday: what Intl writes is what is read back.
 */
function dateShapesOf(tag: string): DateShape[] {
  const shapes: DateShape[] = [];
  // Names are read once per date style: the time style does not change them.
  const names = new Map<string, string[]>();
  for (const timeStyle of [undefined, 'short', 'medium', 'long', 'full'] as const) {
    for (const dateStyle of DATE_STYLES) shapes.push(dateShapeOf(tag, dateStyle, timeStyle, names));
  }
  return shapes;
}

const TIME_FIELDS: ReadonlySet<string> = new Set(['hour', 'minute', 'second']);

/** The distinct day periods `format` prints for the hours from `from` to `to` (exclusive). */
function periodsOf(format: Intl.DateTimeFormat, from: number, to: number): string[] {
  const periods = new Set<string>();
  for (let hour = from; hour < to; hour++) periods.add(fieldValue(format, SAMPLE_DAY + (hour * 60 + 3) * 60_000, 'dayPeriod'));
  periods.delete('');
  return [...periods];
}

function dateShapeOf(
  tag: string,
  dateStyle: (typeof DATE_STYLES)[number],
  timeStyle: 'short' | 'medium' | 'long' | 'full' | undefined,
  names: Map<string, string[]>,
): DateShape {
  const namesOf = (field: 'month' | 'weekday' | 'am' | 'pm', make: () => string[]): string[] => {
    // Day periods depend on the clock (time style), names on the date style.
    const key = field === 'am' || field === 'pm' ? `${timeStyle ?? ''} ${field}` : `${dateStyle} ${field}`;
    let found = names.get(key);
    if (found === undefined) names.set(key, (found = make()));
    return found;
  };
  const format = new Intl.DateTimeFormat(tag, { dateStyle, timeStyle, calendar: GREGORY, timeZone: UTC });
  const shape: DateShapePart[] = [];
  // 21:03:10 on the sample day: a day period (PM) where the locale's clock has 12 hours.
  for (const part of format.formatToParts(SAMPLE_DAY + ((21 * 60 + 3) * 60 + 10) * 1000)) {
    if (TIME_FIELDS.has(part.type)) shape.push({ kind: part.type as 'hour' | 'minute' | 'second' });
    else if (part.type === 'timeZoneName') {
      // Where the style glues words to the zone (te `UTCకి`), they are literals around it.
      const alone = fieldValue(
        new Intl.DateTimeFormat(tag, { timeZone: UTC, timeZoneName: timeStyle === 'full' ? 'long' : 'short' }),
        SAMPLE_DAY,
        'timeZoneName',
      );
      const at = alone === '' ? -1 : part.value.indexOf(alone);
      if (at > 0) pushLiteral(shape, part.value.slice(0, at));
      shape.push({ kind: 'timeZoneName' });
      if (at >= 0 && at + alone.length < part.value.length) pushLiteral(shape, part.value.slice(at + alone.length));
    } else if (part.type === 'dayPeriod') {
      // Every hour of the day once: which day periods this clock prints before noon and after.
      const am = namesOf('am', () => periodsOf(format, 0, 12));
      shape.push({ kind: 'dayPeriod', am, pm: namesOf('pm', () => periodsOf(format, 12, 24)) });
    } else if (part.type === 'year') shape.push({ kind: 'year' });
    else if (part.type === 'day') shape.push({ kind: 'day' });
    else if (part.type === 'month') {
      const months = DIGIT_RUN.test(part.value)
        ? undefined
        : namesOf('month', () => Array.from({ length: 12 }, (_, month) => fieldValue(format, Date.UTC(2001, month, 15), 'month')));
      shape.push({ kind: 'month', names: months });
    } else if (part.type === 'weekday') {
      // 2001-01-07 is a Sunday.
      shape.push({
        kind: 'weekday',
        names: namesOf('weekday', () => Array.from({ length: 7 }, (_, day) => fieldValue(format, Date.UTC(2001, 0, 7 + day), 'weekday'))),
      });
    } else {
      // Literals, and the era of today's dates (`n. Chr.`), are text to find as written.
      pushLiteral(shape, part.value);
    }
  }
  return Object.freeze(shape);
}

function pushLiteral(shape: DateShapePart[], text: string): void {
  const last = shape[shape.length - 1];
  if (last?.kind === 'literal') shape[shape.length - 1] = { kind: 'literal', text: last.text + text };
  else shape.push({ kind: 'literal', text });
}

export interface WeekInfo {
  firstDay: number;
  minimalDays: number;
}

/**
 * Week rules from `Intl.Locale#getWeekInfo()` (newer runtimes) or its `weekInfo` getter (Node 20,
 * Chromium). Where the runtime has neither (Firefox), the fallback is ISO 8601 (Monday, four days)
 * except `en-US`, whose weeks start on Sunday with the week of 1 January (Java's and CLDR's rule).
 */
export function weekInfoOf(locale: Intl.Locale, tag: string): WeekInfo {
  const withWeek = locale as Intl.Locale & { weekInfo?: WeekInfo; getWeekInfo?: () => WeekInfo };
  const info = typeof withWeek.getWeekInfo === 'function' ? withWeek.getWeekInfo() : withWeek.weekInfo;
  if (info !== undefined && info.firstDay >= 1 && info.firstDay <= 7 && info.minimalDays >= 1 && info.minimalDays <= 7) {
    return { firstDay: info.firstDay, minimalDays: info.minimalDays };
  }
  return tag === 'en-US' ? { firstDay: 7, minimalDays: 1 } : { firstDay: 1, minimalDays: 4 };
}

/** Bidi marks Intl prints around signs (`٪؜`). */
const SIGN_MARKS = new Set(['\u200e', '\u200f', '\u061c']);

/**
 * The per-mille sign, read from the percent sign Intl prints: `Intl.NumberFormat` has no per-mille
 * style or unit (`unit: 'permille'` is refused), and in CLDR the two signs go in pairs — the Arabic
 * percent sign `٪` (U+066A) with the Arabic per-mille sign `؉` (U+0609), `%` with `‰`.
 */
function perMilleOf(percentSign: string): string {
  let sign = '';
  for (const c of percentSign) if (!SIGN_MARKS.has(c)) sign += c;
  return sign === '\u066a' ? '\u0609' : '‰';
}

const SPACES = [' ', '\u00a0', '\u202f'];

function numberData(
  tag: string,
): Pick<
  LocaleInfo,
  | 'decimal'
  | 'group'
  | 'groups'
  | 'primaryGrouping'
  | 'secondaryGrouping'
  | 'minusSign'
  | 'plusSign'
  | 'percentSign'
  | 'exponent'
  | 'infinity'
  | 'nan'
  | 'numberingSystem'
  | 'digits'
> {
  const plain = new Intl.NumberFormat(tag, { useGrouping: true, maximumFractionDigits: 1 });
  const parts = plain.formatToParts(-1234567890.5);
  const decimal = partOf(parts, 'decimal') || '.';
  const group = partOf(parts, 'group').slice(0, 1) || ',';
  const integers = parts.filter((p) => p.type === 'integer').map((p) => p.value.length);
  const primaryGrouping = integers.length > 1 ? (integers[integers.length - 1] ?? 3) : 3;
  const secondaryGrouping = integers.length > 2 ? (integers[integers.length - 2] ?? primaryGrouping) : primaryGrouping;
  // The minus sign with the bidi marks Intl prints around it (literals before the first digit).
  let minusSign = '';
  for (const part of parts) {
    if (part.type === 'integer') break;
    minusSign += part.value;
  }
  const signed = new Intl.NumberFormat(tag, { signDisplay: 'always' }).formatToParts(1);
  const percent = new Intl.NumberFormat(tag, { style: 'percent' }).formatToParts(0.5);
  const scientific = new Intl.NumberFormat(tag, { notation: 'scientific' }).formatToParts(1000);
  const digitFormat = new Intl.NumberFormat(tag, { useGrouping: false });
  const digits: string[] = [];
  for (let d = 0; d < 10; d++) digits.push(digitFormat.format(d));
  const groups = [group];
  if (SPACES.includes(group)) groups.push(...SPACES.filter((s) => s !== group));
  // Where the decimal separator is a comma, a dot groups digits too (`1.234,5`), and the reverse.
  if (decimal === ',' && !groups.includes('.')) groups.push('.');
  if (decimal === '.' && !groups.includes(',')) groups.push(',');
  return {
    decimal,
    group,
    groups: groups.filter((g) => g !== decimal),
    primaryGrouping,
    secondaryGrouping,
    minusSign: minusSign || '-',
    plusSign: partOf(signed, 'plusSign') || '+',
    percentSign: partOf(percent, 'percentSign') || '%',
    exponent: partOf(scientific, 'exponentSeparator') || 'E',
    infinity: new Intl.NumberFormat(tag).format(Infinity),
    nan: new Intl.NumberFormat(tag).format(NaN),
    numberingSystem: plain.resolvedOptions().numberingSystem,
    digits,
  };
}

function currencyOf(locale: Intl.Locale, tag: string): { code: string | undefined; symbol: string | undefined } {
  const region = locale.region ?? locale.maximize().region;
  const table = countryToCurrency as Readonly<Record<string, string>>;
  const code = region !== undefined && Object.hasOwn(table, region) ? table[region] : undefined;
  if (code === undefined) return { code: undefined, symbol: undefined };
  const parts = new Intl.NumberFormat(tag, { style: 'currency', currency: code }).formatToParts(1);
  return { code, symbol: partOf(parts, 'currency') || code };
}

function build(tag: string): LocaleInfo {
  const locale = new Intl.Locale(tag);
  const number = numberData(tag);
  const dateOrder = dateOrderOf(tag);
  const currency = currencyOf(locale, tag);
  const months = monthNames(tag, { month: 'long', day: 'numeric' });
  const shortMonths = monthNames(tag, { month: 'short', day: 'numeric' });
  const info: Omit<LocaleInfo, 'dateShapes'> = {
    id: locale.region === undefined ? locale.language : `${locale.language}_${locale.region}`,
    tag,
    ...number,
    dateOrder,
    monthFirst: dateOrder === 'mdy',
    months,
    shortMonths,
    standaloneMonths: monthNames(tag, { month: 'long' }),
    shortStandaloneMonths: monthNames(tag, { month: 'short' }),
    weekdays: weekdayNames(tag, 'long'),
    shortWeekdays: weekdayNames(tag, 'short'),
    narrowWeekdays: weekdayNames(tag, 'narrow'),
    amPm: dayPeriods(tag),
    eras: eraNames(tag, 'short'),
    longEras: eraNames(tag, 'long'),
    currencyCode: currency.code,
    currencySymbol: currency.symbol,
    dateWords: dateWordsOf(tag),
    perMilleSign: perMilleOf(number.percentSign),
    ...weekInfoOf(locale, tag),
  };
  // The shapes cost a few hundred formatToParts calls: built on the first Date(String) in the locale, not at load.
  let shapes: readonly DateShape[] | undefined;
  Object.defineProperty(info, 'dateShapes', { enumerable: true, get: () => (shapes ??= Object.freeze(dateShapesOf(tag))) });
  return Object.freeze(info) as LocaleInfo;
}

const cache = new Map<string, LocaleInfo | null>();
/** Locales are few per deployment; the bound only stops a flood of distinct names from growing memory. */
const CACHE_LIMIT = 500;
const MAX_NAME_LENGTH = 64;

/** BCP 47 tag of a Genesys-style or BCP 47 locale name, or undefined when it is not well formed. */
function tagOf(name: string): string | undefined {
  const trimmed = name.trim();
  if (trimmed === '' || trimmed.length > MAX_NAME_LENGTH) return undefined;
  // `en_US` → `en-US`; Intl validates the rest.
  let bcp = '';
  for (const c of trimmed) bcp += c === '_' ? '-' : c;
  try {
    return Intl.getCanonicalLocales(bcp)[0];
  } catch {
    return undefined;
  }
}

/**
 * The locale named `name` (`fr_FR`, `fr-FR`, `fr`, `ar-SA-u-nu-latn`), or undefined when the name
 * is not a well-formed locale or no language of it is known to `Intl` (then the caller warns).
 */
export function findLocale(name: string): LocaleInfo | undefined {
  const key = name.trim().toLowerCase();
  const cached = cache.get(key);
  if (cached !== undefined) return cached ?? undefined;
  const tag = tagOf(name);
  let info: LocaleInfo | null = null;
  if (tag !== undefined && Intl.DateTimeFormat.supportedLocalesOf(tag, { localeMatcher: 'lookup' }).length > 0) {
    info = build(tag);
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, info);
  return info ?? undefined;
}

/** en_US: the locale when none is configured (Genesys's documented examples are en_US). */
export const defaultLocale: LocaleInfo = findLocale('en_US') as LocaleInfo;

/** Replaces the locale's native digits by ASCII digits (`١٢٫٥` → `12٫5`); other text is kept. */
export function asciiDigits(text: string, locale: LocaleInfo): string {
  if (locale.digits[0] === '0') return text;
  let out = '';
  for (const c of text) {
    const d = locale.digits.indexOf(c);
    out += d >= 0 ? String(d) : c;
  }
  return out;
}

/** Writes ASCII digits in the locale's digits (`12.5` → `١٢.٥` in ar_SA); other text is kept. */
export function localDigits(text: string, locale: LocaleInfo): string {
  if (locale.digits[0] === '0') return text;
  let out = '';
  for (const c of text) {
    const code = c.charCodeAt(0);
    out += code >= 48 && code <= 57 ? (locale.digits[code - 48] ?? c) : c;
  }
  return out;
}

export { whatsappTemplateLanguages as knownLocales } from './template-languages.js';
