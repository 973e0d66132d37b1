/**
 * What format patterns read from a locale: the locale record (signs, digits, currency, names,
 * all from `Intl`, see locales.ts) plus the per-mille sign and the week rules of `w`, `W`, `Y`.
 */
import type { LocaleInfo } from './locales.js';

export interface PatternLocale extends LocaleInfo {
  /** Printed by `‰`. */
  readonly perMilleSign: string;
  /** First day of the week, 1 = Monday … 7 = Sunday, and the days the first week of a year needs. */
  readonly firstDay: number;
  readonly minimalDays: number;
}

interface WeekInfo {
  firstDay: number;
  minimalDays: number;
}

const cache = new WeakMap<LocaleInfo, PatternLocale>();

/**
 * Week rules from `Intl.Locale#weekInfo` (Node, Chromium); where the runtime lacks it, ISO 8601
 * (Monday, four days), except the United States convention for `en-US` (Sunday, one day).
 */
function weekInfoOf(tag: string): WeekInfo {
  try {
    const locale = new Intl.Locale(tag) as Intl.Locale & { weekInfo?: WeekInfo; getWeekInfo?: () => WeekInfo };
    const info = typeof locale.getWeekInfo === 'function' ? locale.getWeekInfo() : locale.weekInfo;
    if (info !== undefined && info.firstDay >= 1 && info.firstDay <= 7 && info.minimalDays >= 1 && info.minimalDays <= 7) {
      return { firstDay: info.firstDay, minimalDays: info.minimalDays };
    }
  } catch {
    // A tag Intl.Locale does not accept: the ISO rule below.
  }
  return tag === 'en-US' ? { firstDay: 7, minimalDays: 1 } : { firstDay: 1, minimalDays: 4 };
}

/** CLDR's per-mille sign: `؉` with Arabic-Indic digits, `‰` otherwise (Intl has no per-mille style to read it from). */
function perMilleOf(info: LocaleInfo): string {
  return info.digits[0] === '\u0660' ? '\u0609' : '‰';
}

/** The pattern view of a locale record (built once per record). */
export function patternLocale(info: LocaleInfo): PatternLocale {
  const cached = cache.get(info);
  if (cached !== undefined) return cached;
  const built: PatternLocale = { ...info, perMilleSign: perMilleOf(info), ...weekInfoOf(info.tag) };
  cache.set(info, built);
  return built;
}
