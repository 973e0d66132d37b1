import { describe, expect, it } from 'vitest';
import { asciiDigits, defaultLocale, findLocale, localDigits, weekInfoOf } from './locales.js';
import { whatsappTemplateLanguages } from './template-languages.js';

describe('locale data from Intl', () => {
  it('knows every WhatsApp template language', () => {
    const missing = whatsappTemplateLanguages.filter((code) => findLocale(code) === undefined);
    expect(missing).toEqual([]);
    expect(whatsappTemplateLanguages).toHaveLength(71);
  });

  it('accepts Genesys and BCP 47 spellings alike and caches the record', () => {
    const genesys = findLocale('es_ES');
    expect(genesys?.id).toBe('es_ES');
    expect(genesys?.tag).toBe('es-ES');
    expect(findLocale('es-ES')?.id).toBe('es_ES');
    expect(findLocale(' es_ES ')).toBe(genesys);
    expect(findLocale('es')?.id).toBe('es');
  });

  it('refuses names that are no locale', () => {
    for (const name of ['', 'xx_YY', 'english', 'en__US', 'a'.repeat(80), 'constructor', '__proto__']) {
      expect(findLocale(name), name).toBeUndefined();
    }
  });

  // Cross-checked by hand against the Spanish calendar and number conventions.
  it('es_ES: names, separators and currency', () => {
    const es = findLocale('es_ES')!;
    expect(es.months[10]).toBe('noviembre');
    expect(es.weekdays[2]).toBe('martes');
    expect([es.decimal, es.group]).toEqual([',', '.']);
    expect(es.dateOrder).toBe('dmy');
    expect([es.currencyCode, es.currencySymbol]).toEqual(['EUR', '€']);
    expect(es.dateWords).toContain('de');
  });

  it('en_US is the default and month-first', () => {
    expect(defaultLocale.id).toBe('en_US');
    expect(defaultLocale.monthFirst).toBe(true);
    expect(defaultLocale.amPm).toEqual(['AM', 'PM']);
    expect(defaultLocale.eras).toEqual(['BC', 'AD']);
  });

  it('pl_PL keeps the genitive (in a date) and nominative (standing alone) month names apart', () => {
    const pl = findLocale('pl_PL')!;
    expect(pl.months[10]).toBe('listopada');
    expect(pl.standaloneMonths[10]).toBe('listopad');
  });

  it('ja_JP writes months with their unit', () => {
    expect(findLocale('ja_JP')!.months[10]).toBe('11月');
  });

  it('ar_SA uses Arabic-Indic digits unless the tag asks for Latin ones', () => {
    const ar = findLocale('ar_SA')!;
    expect(ar.numberingSystem).toBe('arab');
    expect(ar.digits.join('')).toBe('٠١٢٣٤٥٦٧٨٩');
    expect(localDigits('12.5', ar)).toBe('١٢.٥');
    expect(asciiDigits('١٢٫٥', ar)).toBe('12٫5');
    const latin = findLocale('ar-SA-u-nu-latn')!;
    expect(latin.digits.join('')).toBe('0123456789');
  });

  it('hi_IN groups by two above the thousands', () => {
    const hi = findLocale('hi_IN')!;
    expect([hi.primaryGrouping, hi.secondaryGrouping]).toEqual([3, 2]);
  });
});

describe('pattern data of the locale layer: per-mille sign and week rules', () => {
  // ar-SA with Latin digits still prints the Arabic percent sign (ICU 78), so its per-mille sign is Arabic too.
  it('reads the per-mille sign from the percent sign Intl prints', () => {
    const sign = (name: string): string => findLocale(name)!.perMilleSign;
    expect([
      sign('en_US'),
      sign('de_DE'),
      sign('ar_SA'),
      sign('fa_IR'),
      sign('ar_MA'),
      sign('ar-SA-u-nu-latn'),
      sign('fa-IR-u-nu-latn'),
    ]).toEqual(['‰', '‰', '\u0609', '\u0609', '‰', '\u0609', '‰']);
  });

  it('reads the week rules from Intl.Locale', () => {
    const week = (name: string): [number, number] => [findLocale(name)!.firstDay, findLocale(name)!.minimalDays];
    expect(week('en_US')).toEqual([7, 1]);
    expect(week('de_DE')).toEqual([1, 4]);
    expect(week('en_GB')).toEqual([1, 4]);
    expect(week('ar_SA')).toEqual([7, 1]);
    expect(week('pt_BR')).toEqual([7, 1]);
  });

  it('falls back to ISO 8601 weeks, and the US rule for en-US, where the runtime has no week data', () => {
    const bare = {} as Intl.Locale;
    expect(weekInfoOf(bare, 'de-DE')).toEqual({ firstDay: 1, minimalDays: 4 });
    expect(weekInfoOf(bare, 'en-US')).toEqual({ firstDay: 7, minimalDays: 1 });
    const method = { getWeekInfo: () => ({ firstDay: 6, minimalDays: 1, weekend: [5, 6] }) } as unknown as Intl.Locale;
    expect(weekInfoOf(method, 'fa-IR')).toEqual({ firstDay: 6, minimalDays: 1 });
    const broken = { weekInfo: { firstDay: 0, minimalDays: 9 } } as unknown as Intl.Locale;
    expect(weekInfoOf(broken, 'fr-FR')).toEqual({ firstDay: 1, minimalDays: 4 });
  });

  it('describes each Intl date style as its parts', () => {
    const vi = findLocale('vi')!;
    expect(vi.dateShapes[1]!.map((p) => (p.kind === 'literal' ? JSON.stringify(p.text) : p.kind))).toEqual([
      'day',
      '" "',
      'month',
      '", "',
      'year',
    ]);
    const month = vi.dateShapes[1]![2]!;
    expect(month.kind === 'month' ? month.names?.[10] : undefined).toBe('tháng 11');
    const short = defaultLocale.dateShapes[3]!;
    expect(short.map((p) => (p.kind === 'literal' ? p.text : p.kind)).join('')).toBe('month/day/year');
    expect(short[0]).toEqual({ kind: 'month', names: undefined });
  });
});
