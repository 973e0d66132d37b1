import { describe, expect, it } from 'vitest';
import { formatDate, parseDatePattern } from './date-format.js';
import { utcFromParts } from './dates.js';
import { defaultLocale, findLocale, type LocaleInfo } from './locales.js';
import { resolveZone, utcZone, type Zone } from './timezone.js';

const en = defaultLocale;
const de = findLocale('de_DE')!;
/** Tuesday 23 November 1965, 21:03:10.007 UTC. */
const SAMPLE = Date.UTC(1965, 10, 23, 21, 3, 10, 7);

function format(pattern: string, ms = SAMPLE, zone: Zone = utcZone, locale: LocaleInfo = en): string {
  const parsed = parseDatePattern(pattern);
  if ('problem' in parsed) throw new Error(parsed.problem);
  return formatDate(ms, parsed, zone, locale);
}

describe('every SimpleDateFormat letter (1965-11-23 21:03:10.007 UTC, en_US)', () => {
  it.each([
    ['G', 'AD'],
    ['GGGG', 'AD'],
    ['y', '1965'],
    ['yy', '65'],
    ['yyy', '1965'],
    ['yyyy', '1965'],
    ['yyyyy', '01965'],
    ['Y', '1965'],
    ['YY', '65'],
    ['M', '11'],
    ['MM', '11'],
    ['MMM', 'Nov'],
    ['MMMM', 'November'],
    ['MMMMM', 'November'],
    ['L', '11'],
    ['LLL', 'Nov'],
    ['LLLL', 'November'],
    ['w', '48'],
    ['W', '4'],
    ['D', '327'],
    ['DDDD', '0327'],
    ['d', '23'],
    ['dd', '23'],
    ['F', '4'],
    ['E', 'Tue'],
    ['EEE', 'Tue'],
    ['EEEE', 'Tuesday'],
    ['u', '2'],
    ['a', 'PM'],
    ['H', '21'],
    ['k', '21'],
    ['K', '9'],
    ['KK', '09'],
    ['h', '9'],
    ['hh', '09'],
    ['m', '3'],
    ['mm', '03'],
    ['s', '10'],
    ['ss', '10'],
    ['S', '7'],
    ['SSS', '007'],
    ['z', 'UTC'],
    ['zzzz', 'Coordinated Universal Time'],
    ['Z', '+0000'],
    ['X', 'Z'],
    ['XX', 'Z'],
    ['XXX', 'Z'],
  ])('%s → %s', (pattern, expected) => {
    expect(format(pattern)).toBe(expected);
  });

  it('combines letters, literals and quotes', () => {
    expect(format("EEE, MMM d, ''yy h:mm a")).toBe("Tue, Nov 23, '65 9:03 PM");
    expect(format("yyyy-MM-dd'T'HH:mm:ss.SSSXXX")).toBe('1965-11-23T21:03:10.007Z');
    expect(format("h 'o''clock' a")).toBe("9 o'clock PM");
    expect(format("'week' w 'of' Y")).toBe('week 48 of 1965');
    expect(format('dd/MM/yyyy — HH:mm')).toBe('23/11/1965 — 21:03');
  });

  it('reads hours at the ends of the day: k is 1–24, K is 0–11', () => {
    const midnight = Date.UTC(2026, 0, 1, 0, 5);
    const noon = Date.UTC(2026, 0, 1, 12, 5);
    expect(format('H k K h a', midnight)).toBe('0 24 0 12 AM');
    expect(format('H k K h a', noon)).toBe('12 12 0 12 PM');
  });

  it('writes eras and years before the year 1 as Java does (1 BC is year 1)', () => {
    expect(format('y G', utcFromParts(0, 6, 1))).toBe('1 BC');
    expect(format('yyyy G', utcFromParts(-43, 3, 15))).toBe('0044 BC');
  });

  it('numbers weeks with the locale rules: en_US Sunday/1 day, de_DE ISO 8601', () => {
    const newYear = Date.UTC(2027, 0, 1, 12);
    const lastDay = Date.UTC(2026, 11, 31, 12);
    expect(format("YYYY-'W'ww", newYear)).toBe('2027-W01');
    expect(format("YYYY-'W'ww", newYear, utcZone, de)).toBe('2026-W53');
    expect(format("YYYY-'W'ww yyyy", lastDay)).toBe('2027-W01 2026');
    expect(format("YYYY-'W'ww", lastDay, utcZone, de)).toBe('2026-W53');
    expect(format('w W', SAMPLE, utcZone, de)).toBe('47 4');
    // Java's week of month is 0 before the month's first week (1 May 2027 is a Saturday).
    expect(format('W', Date.UTC(2027, 4, 1, 12), utcZone, de)).toBe('0');
    expect(format('W', Date.UTC(2027, 4, 1, 12))).toBe('1');
  });

  it('prints zones and offsets of the render zone', () => {
    const paris = resolveZone('Europe/Paris')!;
    const newYork = resolveZone('America/New_York')!;
    const kolkata = resolveZone('Asia/Kolkata')!;
    const fixed = resolveZone('GMT+01.00')!;
    const winter = Date.UTC(2026, 0, 15, 21, 3);
    expect(format('HH:mm z', winter, newYork)).toBe('16:03 EST');
    expect(format('zzzz', winter, newYork)).toBe('Eastern Standard Time');
    expect(format('z', Date.UTC(2026, 6, 1), newYork)).toBe('EDT');
    expect(format('Z X XX XXX', SAMPLE, newYork)).toBe('-0500 -05 -0500 -05:00');
    expect(format('Z X XXX', SAMPLE, kolkata)).toBe('+0530 +05 +05:30');
    expect(format('HH:mm z Z', SAMPLE, fixed)).toBe('22:03 GMT+01:00 +0100');
    expect(format('z', Date.UTC(2026, 6, 1), paris, findLocale('en_GB')!)).toBe('CEST');
  });

  it('uses the locale names', () => {
    expect(format('EEEE d MMMM yyyy', SAMPLE, utcZone, de)).toBe('Dienstag 23 November 1965');
    expect(format('EEEE d MMMM yyyy', SAMPLE, utcZone, findLocale('fr_FR')!)).toBe('mardi 23 novembre 1965');
  });
});

describe('bad date patterns are positioned problems', () => {
  it.each([
    ['yyyy-MM-dd q', 'Unknown date pattern letter "q"; quote literal text (\'q\').', 11, 1],
    ['T', 'Unknown date pattern letter "T"; quote literal text (\'T\').', 0, 1],
    ["HH 'h", "Unterminated quote: close the literal text with '.", 3, 1],
    ['XXXX', '"X" is written X, XX or XXX (ISO 8601 offset).', 0, 4],
    [`d${'y'.repeat(33)}`, 'At most 32 "y" in a row.', 1, 33],
  ])('%s', (pattern, problem, offset, length) => {
    expect(parseDatePattern(pattern)).toEqual({ problem, offset, length });
  });
});
