import { describe, expect, it } from 'vitest';
import { asciiDigits, defaultLocale, findLocale, localDigits } from './locales.js';
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
