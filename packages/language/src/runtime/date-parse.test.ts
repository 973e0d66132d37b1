import { describe, expect, it } from 'vitest';
import { parseDateString, placeTwoDigitYear, readDateString } from './date-parse.js';
import { findLocale, defaultLocale } from './locales.js';
import { resolveZone, utcZone } from './timezone.js';

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());
const fr = findLocale('fr_FR')!;
const de = findLocale('de_DE')!;
const gb = findLocale('en_GB')!;
/** The render's `now` of these tests: two-digit years fall in 1946-12-01 … 2046-11-30. */
const NOW = Date.parse('2026-12-01T00:00:00Z');

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
    expect(iso(parseDateString(text, locale, utcZone, NOW))).toBe(expected);
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
    expect(parseDateString(text, defaultLocale, utcZone, NOW)).toBeNull();
  });
  it('reads local times in the given zone', () => {
    expect(iso(parseDateString('2020-07-01 12:00', defaultLocale, resolveZone('Europe/Paris')!, NOW))).toBe('2020-07-01T10:00:00.000Z');
    expect(iso(parseDateString('2020-01-01 12:00', defaultLocale, resolveZone('GMT-04.00')!, NOW))).toBe('2020-01-01T16:00:00.000Z');
  });
});

describe('parseDateString in locales from Intl', () => {
  const at = (text: string, locale: string): string | null => iso(parseDateString(text, findLocale(locale)!, utcZone, NOW));
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

describe('two-digit years (Java SimpleDateFormat: within 80 years before and 20 after now)', () => {
  it.each([
    [65, [11, 23], 1965],
    [45, [11, 23], 2045],
    [0, [1, 1], 2000],
    [99, [12, 31], 1999],
    // 46: the window starts on 1946-12-01 00:00, so 1946 from that instant on and 2046 before it.
    [46, [12, 1], 1946],
    [46, [11, 30], 2046],
    [47, [1, 1], 1947],
  ] as const)('%i on %j is %i', (yy, [month, day], year) => {
    expect(placeTwoDigitYear(yy, [month, day], NOW, utcZone)).toBe(year);
  });
  it('moves with now and is read in the render zone', () => {
    expect(placeTwoDigitYear(65, [11, 23], Date.parse('2050-06-01T00:00:00Z'), utcZone)).toBe(2065);
    // 2026-12-01 00:30 in UTC is 30 November 19:30 in New York: the window starts on 1946-11-30 19:30 there.
    const newYork = resolveZone('America/New_York')!;
    const now = Date.parse('2026-12-01T00:30:00Z');
    expect(placeTwoDigitYear(46, [11, 30, 20], now, newYork)).toBe(1946);
    expect(placeTwoDigitYear(46, [11, 30, 19], now, newYork)).toBe(2046);
    expect(placeTwoDigitYear(46, [11, 30, 20], now, utcZone)).toBe(2046);
  });
  it.each([
    ['Nov 23 65', defaultLocale, '1965-11-23T00:00:00.000Z'],
    ['11/23/65', defaultLocale, '1965-11-23T00:00:00.000Z'],
    ['23 Nov 45', gb, '2045-11-23T00:00:00.000Z'],
    ['23.11.65', de, '1965-11-23T00:00:00.000Z'],
    ['65/11/23', findLocale('ja_JP')!, '1965-11-23T00:00:00.000Z'],
    ['65. 11. 23.', findLocale('ko')!, '1965-11-23T00:00:00.000Z'],
    ['30/11/46', gb, '2046-11-30T00:00:00.000Z'],
    ['01/12/46', gb, '1946-12-01T00:00:00.000Z'],
  ] as const)('every shape and spelling places them alike: %s', (text, locale, expected) => {
    expect(iso(parseDateString(text, locale, utcZone, NOW))).toBe(expected);
  });
});

describe('free-form spellings Intl does not print', () => {
  const at = (text: string, locale: string): string | null => iso(parseDateString(text, findLocale(locale)!, utcZone, NOW));
  it.each([
    // Times after the date with dots (Danish, Finnish, Indonesian clocks) or colons, in any locale.
    ['23.11.1965 21.03', 'da', '1965-11-23T21:03:00.000Z'],
    ['23.11.1965 21.03.10', 'da', '1965-11-23T21:03:10.000Z'],
    ['23.11.1965 klo 21.03', 'fi', '1965-11-23T21:03:00.000Z'],
    ['23 Nov 1965 9.03 PM', 'en_GB', '1965-11-23T21:03:00.000Z'],
    ['11/23/1965 9.03 PM', 'en_US', '1965-11-23T21:03:00.000Z'],
    ['23/11/1965 21:03', 'fr_FR', '1965-11-23T21:03:00.000Z'],
    ['23/11/1965 9:03 PM', 'en_GB', '1965-11-23T21:03:00.000Z'],
    ['21:03 23.11.1965', 'de_DE', '1965-11-23T21:03:00.000Z'],
    // An hour alone with its marker.
    ['Nov 23 1965 9pm', 'en_US', '1965-11-23T21:00:00.000Z'],
    ['23/11/1965 9 PM', 'en_GB', '1965-11-23T21:00:00.000Z'],
    ['November 23, 1965 12 a.m.', 'en_US', '1965-11-23T00:00:00.000Z'],
    // ISO 8601 with T and an offset or Z.
    ['1965-11-23T21:03:10Z', 'en_US', '1965-11-23T21:03:10.000Z'],
    ['1965-11-23t21:03:10+01:00', 'de_DE', '1965-11-23T20:03:10.000Z'],
    ['1965-11-23T21:03:10-0500', 'en_US', '1965-11-24T02:03:10.000Z'],
    // Weekday prefixes, ordinals, any case.
    ['Tuesday, November 23, 1965', 'en_US', '1965-11-23T00:00:00.000Z'],
    ['Tue 23rd November 1965', 'en_GB', '1965-11-23T00:00:00.000Z'],
    ['1st Jan 2020', 'en_GB', '2020-01-01T00:00:00.000Z'],
    ['November 22nd, 1965', 'en_US', '1965-11-22T00:00:00.000Z'],
    ['NOVEMBER 23, 1965', 'en_US', '1965-11-23T00:00:00.000Z'],
    ['november 23 1965', 'en_US', '1965-11-23T00:00:00.000Z'],
    ['SALI 23 KASIM 1965', 'tr_TR', '1965-11-23T00:00:00.000Z'],
    ['MARDI 23 NOVEMBRE 1965', 'fr_FR', '1965-11-23T00:00:00.000Z'],
    // RFC 2822 (mail and HTTP dates) and zones after the time.
    ['Tue, 23 Nov 1965 21:03:00 GMT', 'en_US', '1965-11-23T21:03:00.000Z'],
    ['Tue, 23 Nov 1965 21:03:00 +0100', 'en_US', '1965-11-23T20:03:00.000Z'],
    ['23 Nov 1965 21:03 UTC+5:30', 'en_GB', '1965-11-23T15:33:00.000Z'],
    ['23/11/1965 21:03 CET', 'en_GB', '1965-11-23T20:03:00.000Z'],
    ['Nov 23, 1965 4:03 PM Eastern Standard Time', 'en_US', '1965-11-23T21:03:00.000Z'],
  ] as const)('%s (%s)', (text, locale, expected) => {
    expect(at(text, locale)).toBe(expected);
  });

  const problemOf = (text: string, locale: string): string => {
    const read = readDateString(text, findLocale(locale)!, utcZone, NOW);
    return 'problem' in read ? `${read.problem.offset}+${read.problem.length} ${read.problem.message}` : `read ${iso(read.ms)}`;
  };
  it.each([
    [
      'November 23, 1965, at 9:03 AM',
      'en_US',
      '19+2 the word at characters 20–21 is not a month, weekday, time, zone or date word of en_US.',
    ],
    ['Nov 23 1965 7', 'en_US', '12+1 the number at character 13 is no part of the date.'],
    ['Monday, November 23, 1965', 'en_US', '0+6 the weekday does not match the date: November 23, 1965 is a Tuesday.'],
    ['Tue 23st November 1965', 'en_GB', '4+4 the ordinal at characters 5–8 is misspelt (23rd).'],
    ['2nd janvier 2020', 'fr_FR', 'read 2020-01-02T00:00:00.000Z'],
    ['2er janvier 2020', 'fr_FR', '0+3 the ordinal at characters 1–3 is misspelt.'],
    ['Nov 23 965', 'en_US', '7+3 the year at characters 8–10 has 1 or 3 digits: write it with 4 (or 2).'],
    ['23/11', 'en_GB', '0+5 the date at characters 1–5 is incomplete (a day, a month and a year are needed).'],
    ['23/13/1965', 'en_GB', '3+2 there is no month 13 (characters 4–5; en_GB writes numeric dates day/month/year).'],
    ['  Feb 30 2020', 'en_US', '6+2 there is no day 30 in February 2020 (characters 7–8).'],
    ['Nov 23 1965 PM', 'en_US', '12+2 AM/PM at characters 13–14 without a time.'],
    ['Nov 23 1965 13 PM', 'en_US', '12+5 the hour at characters 13–17 is not 1–12 before AM/PM.'],
    ['Nov 23 1965 25:03', 'en_US', '12+5 the time at characters 13–17 is out of range (00:00:00–23:59:59).'],
    ['Nov 23 1965 9:03 10:04', 'en_US', '17+5 a second time at characters 18–22.'],
    ['21.03 23.11.1965', 'da', '0+5 the date at characters 1–5 is incomplete (a day, a month and a year are needed).'],
    ['November 1965', 'en_US', '0+13 the day is missing in characters 1–13.'],
    ['9:03 AM', 'en_US', '0+7 there is no date in characters 1–7.'],
    ['2019-02-29', 'en_US', '8+2 there is no day 29 in February 2019.'],
    ['2020-01-01T24:00:00Z', 'en_US', '11+8 the time is out of range (00:00:00–23:59:59).'],
    ['', 'en_US', '0+0 the text is empty.'],
  ] as const)('refuses %s (%s) at its characters', (text, locale, expected) => {
    expect(problemOf(text, locale)).toBe(expected);
  });
});
