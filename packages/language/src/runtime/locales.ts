/**
 * The locales field codes know for parsing (`Num`, `Date`) and for month/weekday names:
 * `en_US` (default), `en_GB`, `fr_FR`, `de_DE`. Other locales fall back to their language, then en_US.
 */

export interface LocaleInfo {
  readonly id: string;
  readonly decimal: string;
  /** Accepted digit-group separators. */
  readonly groups: readonly string[];
  /** Numeric dates: month first (`11/23/1965`) or day first (`23/11/1965`). */
  readonly monthFirst: boolean;
  readonly months: readonly string[];
  readonly shortMonths: readonly string[];
  readonly weekdays: readonly string[];
  readonly shortWeekdays: readonly string[];
}

const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const EN_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const FR_MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const FR_SHORT_MONTHS = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'];
const FR_DAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const DE_MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const DE_SHORT_MONTHS = ['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.'];
const DE_DAYS = ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'];

const short = (names: readonly string[]): string[] => names.map((n) => n.slice(0, 3));

const en_US: LocaleInfo = {
  id: 'en_US',
  decimal: '.',
  groups: [','],
  monthFirst: true,
  months: EN_MONTHS,
  shortMonths: short(EN_MONTHS),
  weekdays: EN_DAYS,
  shortWeekdays: short(EN_DAYS),
};
const en_GB: LocaleInfo = { ...en_US, id: 'en_GB', monthFirst: false };
const fr_FR: LocaleInfo = {
  id: 'fr_FR',
  decimal: ',',
  groups: [' ', '\u00a0', '\u202f', '.'],
  monthFirst: false,
  months: FR_MONTHS,
  shortMonths: FR_SHORT_MONTHS,
  weekdays: FR_DAYS,
  shortWeekdays: FR_DAYS.map((d) => `${d.slice(0, 3)}.`),
};
const de_DE: LocaleInfo = {
  id: 'de_DE',
  decimal: ',',
  groups: ['.', ' ', '\u00a0'],
  monthFirst: false,
  months: DE_MONTHS,
  shortMonths: DE_SHORT_MONTHS,
  weekdays: DE_DAYS,
  shortWeekdays: DE_DAYS.map((d) => `${d.slice(0, 2)}.`),
};

const byId = new Map<string, LocaleInfo>([
  ['en_us', en_US],
  ['en_gb', en_GB],
  ['fr_fr', fr_FR],
  ['de_de', de_DE],
  ['en', en_US],
  ['fr', fr_FR],
  ['de', de_DE],
]);

/** Known locale ids, for docs and validation. */
export const knownLocales: readonly string[] = ['en_US', 'en_GB', 'fr_FR', 'de_DE'];

/** Finds a locale by id (`fr_FR`, `fr-FR`, `fr`); undefined when unknown. */
export function findLocale(id: string): LocaleInfo | undefined {
  const key = id.trim().replace('-', '_').toLowerCase();
  return byId.get(key) ?? byId.get(key.split('_')[0] ?? '');
}

export const defaultLocale = en_US;
