import { describe, expect, it } from 'vitest';
import { parseDateString } from './date-parse.js';
import { findLocale, defaultLocale } from './locales.js';
import { resolveZone, utcZone } from './timezone.js';

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());
const fr = findLocale('fr_FR')!;
const de = findLocale('de_DE')!;
const gb = findLocale('en_GB')!;

describe('parseDateString', () => {
  it.each([
    ['November 23, 1965 9:03 AM', defaultLocale, '1965-11-23T09:03:00.000Z'],
    ['Nov 23 1965 12:00 AM', defaultLocale, '1965-11-23T00:00:00.000Z'],
    ['Nov 23 1965 12:30 PM', defaultLocale, '1965-11-23T12:30:00.000Z'],
    ['March 7 / 2020 3:00 PM', defaultLocale, '2020-03-07T15:00:00.000Z'],
    ['11/23/65', defaultLocale, '1965-11-23T00:00:00.000Z'],
    ['1/2/2020', defaultLocale, '2020-01-02T00:00:00.000Z'],
    ['1/2/2020', gb, '2020-02-01T00:00:00.000Z'],
    ['mardi 23 novembre 1965 21:03:00', fr, '1965-11-23T21:03:00.000Z'],
    ['1er janvier 2020', fr, '2020-01-01T00:00:00.000Z'],
    ['23 févr. 2020', fr, '2020-02-23T00:00:00.000Z'],
    ['Dienstag, 23. November 1965', de, '1965-11-23T00:00:00.000Z'],
    ['23 November 1965', de, '1965-11-23T00:00:00.000Z'],
    ['2020-02-29', defaultLocale, '2020-02-29T00:00:00.000Z'],
    ['2020-02-29T10:00:00.250-02:30', defaultLocale, '2020-02-29T12:30:00.250Z'],
  ])('%s', (text, locale, expected) => {
    expect(iso(parseDateString(text, locale, utcZone))).toBe(expected);
  });
  it.each([
    ['November 23, 1965, at 9:03 AM'],
    ['2019-02-29'],
    ['13/13/2020'],
    ['9:03 AM'],
    ['November 1965'],
    ['Nov 23 1965 13:00 PM'],
    ['2020-01-01T24:00:00Z'],
  ])('rejects %s', (text) => {
    expect(parseDateString(text, defaultLocale, utcZone)).toBeNull();
  });
  it('reads local times in the given zone', () => {
    expect(iso(parseDateString('2020-07-01 12:00', defaultLocale, resolveZone('Europe/Paris')!))).toBe('2020-07-01T10:00:00.000Z');
    expect(iso(parseDateString('2020-01-01 12:00', defaultLocale, resolveZone('GMT-04.00')!))).toBe('2020-01-01T16:00:00.000Z');
  });
});

describe('parseDateString in locales from Intl', () => {
  const at = (text: string, locale: string): string | null => iso(parseDateString(text, findLocale(locale)!, utcZone));
  it.each([
    ['martes, 23 de noviembre de 1965', 'es_ES', '1965-11-23T00:00:00.000Z'],
    ['23/11/1965 9:03 p. m.', 'es_ES', '1965-11-23T21:03:00.000Z'],
    ['terça-feira, 23 de novembro de 1965', 'pt_BR', '1965-11-23T00:00:00.000Z'],
    ['martedì 23 novembre 1965', 'it_IT', '1965-11-23T00:00:00.000Z'],
    ['dinsdag 23 november 1965', 'nl_NL', '1965-11-23T00:00:00.000Z'],
    ['wtorek, 23 listopada 1965', 'pl_PL', '1965-11-23T00:00:00.000Z'],
    ['23 listopad 1965', 'pl_PL', '1965-11-23T00:00:00.000Z'],
    ['23 Kasım 1965 Salı', 'tr_TR', '1965-11-23T00:00:00.000Z'],
    ['23.11.1965', 'tr_TR', '1965-11-23T00:00:00.000Z'],
    ['الثلاثاء، ٢٣ نوفمبر ١٩٦٥', 'ar_SA', '1965-11-23T00:00:00.000Z'],
    ['٢٣\u200f/١١\u200f/١٩٦٥ ٩:٠٣ م', 'ar_SA', '1965-11-23T21:03:00.000Z'],
    ['मंगलवार, 23 नवंबर 1965', 'hi_IN', '1965-11-23T00:00:00.000Z'],
    ['1965年11月23日火曜日', 'ja_JP', '1965-11-23T00:00:00.000Z'],
    ['1965/11/23 21:03', 'ja_JP', '1965-11-23T21:03:00.000Z'],
    ['1965年11月23日 星期二', 'zh_CN', '1965-11-23T00:00:00.000Z'],
    ['23. November 1965', 'de-DE', '1965-11-23T00:00:00.000Z'],
  ])('%s (%s)', (text, locale, expected) => {
    expect(at(text, locale)).toBe(expected);
  });
  it('still refuses words that are no part of a date', () => {
    expect(at('martes 23 de noviembre de 1965 a las 9', 'es_ES')).toBeNull();
    expect(at('1965年11月23日 朝', 'ja_JP')).toBeNull();
  });
});
