/**
 * What format patterns read from a locale: signs, digits, currency, names and week rules. The
 * field names are those of {@link LocaleInfo}; a field the locale does not carry falls back to
 * the English value, so patterns work with any locale record.
 */
import type { LocaleInfo } from './locales.js';

export interface PatternLocale {
  readonly decimal: string;
  /** Grouping separator printed by `,`. */
  readonly group: string;
  readonly minusSign: string;
  readonly percentSign: string;
  readonly perMilleSign: string;
  /** Exponent separator printed by `E0`. */
  readonly exponent: string;
  /** The ten digits, zero first. */
  readonly digits: readonly string[];
  /** ISO 4217 code (`¤¤`) and symbol (`¤`) of the locale's currency. */
  readonly currencyCode: string | undefined;
  readonly currencySymbol: string | undefined;
  readonly months: readonly string[];
  readonly shortMonths: readonly string[];
  readonly standaloneMonths: readonly string[];
  readonly shortStandaloneMonths: readonly string[];
  /** Sunday first. */
  readonly weekdays: readonly string[];
  readonly shortWeekdays: readonly string[];
  readonly amPm: readonly [string, string];
  /** Era names before and from the year 1 (`BC`, `AD`). */
  readonly eras: readonly [string, string];
  /** First day of the week, 1 = Monday … 7 = Sunday, and the days the first week of a year needs. */
  readonly firstDay: number;
  readonly minimalDays: number;
  /** BCP 47 tag for `Intl` (time-zone names). */
  readonly tag: string;
}

const LATIN_DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
const cache = new WeakMap<LocaleInfo, PatternLocale>();

interface WeekInfo {
  firstDay: number;
  minimalDays: number;
}

/**
 * Week rules from `Intl.Locale#weekInfo` (Node, Chromium); where the runtime lacks it, ISO 8601
 * (Monday, four days), except the United States convention for `en_US` (Sunday, one day).
 */
function weekInfoOf(tag: string): WeekInfo {
  try {
    const locale = new Intl.Locale(tag) as Intl.Locale & { weekInfo?: WeekInfo; getWeekInfo?: () => WeekInfo };
    const info = typeof locale.getWeekInfo === 'function' ? locale.getWeekInfo() : locale.weekInfo;
    if (info !== undefined && info.firstDay >= 1 && info.firstDay <= 7 && info.minimalDays >= 1 && info.minimalDays <= 7) {
      return { firstDay: info.firstDay, minimalDays: info.minimalDays };
    }
  } catch {
    // An id Intl does not accept: the ISO rule below.
  }
  return tag === 'en-US' ? { firstDay: 7, minimalDays: 1 } : { firstDay: 1, minimalDays: 4 };
}

/** The pattern view of a locale record (built once per record). */
export function patternLocale(info: LocaleInfo): PatternLocale {
  const cached = cache.get(info);
  if (cached !== undefined) return cached;
  const record = info as LocaleInfo & Partial<PatternLocale>;
  const tag = record.tag ?? info.id.replace('_', '-');
  const week = weekInfoOf(tag);
  const built: PatternLocale = {
    decimal: info.decimal,
    group: record.group ?? info.groups[0] ?? ',',
    minusSign: record.minusSign ?? '-',
    percentSign: record.percentSign ?? '%',
    perMilleSign: record.perMilleSign ?? '‰',
    exponent: record.exponent ?? 'E',
    digits: record.digits !== undefined && record.digits.length === 10 ? record.digits : LATIN_DIGITS,
    currencyCode: record.currencyCode ?? (info.id === 'en_US' ? 'USD' : undefined),
    currencySymbol: record.currencySymbol ?? (info.id === 'en_US' ? '$' : undefined),
    months: info.months,
    shortMonths: info.shortMonths,
    standaloneMonths: record.standaloneMonths ?? info.months,
    shortStandaloneMonths: record.shortStandaloneMonths ?? info.shortMonths,
    weekdays: info.weekdays,
    shortWeekdays: info.shortWeekdays,
    amPm: record.amPm ?? ['AM', 'PM'],
    eras: record.eras ?? ['BC', 'AD'],
    firstDay: week.firstDay,
    minimalDays: week.minimalDays,
    tag,
  };
  cache.set(info, built);
  return built;
}

/** Latin digits of `text` in the locale's digits (Arabic-Indic, Devanagari…). */
export function localDigits(text: string, locale: PatternLocale): string {
  if (locale.digits[0] === '0') return text;
  let out = '';
  for (const c of text) out += c >= '0' && c <= '9' ? locale.digits[c.charCodeAt(0) - 48] : c;
  return out;
}
