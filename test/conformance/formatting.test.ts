// SPEC §2.1 formatting decisions: numbers, patterns, booleans, dates in several time zones.
import { describe, expect, it } from 'vitest';
import { render } from '@fieldcode/language';
import { codes, out } from './helpers.js';

describe('default number output', () => {
  it.each([
    ['2.5', '3'],
    ['-2.5', '-3'],
    ['0.5', '1'],
    ['0.4', '0'],
    ['-0.4', '0'],
    ['1234567', '1234567'],
    ['10 / 4', '3'],
    ['1 / 3', '0'],
    ['12.34e-2', '0'],
  ])('%s → %s', (formula, expected) => {
    expect(out(formula)).toBe(expected);
  });
});

describe('number patterns (`:` and Text)', () => {
  it.each([
    ['2 : "#.##"', '2.00'],
    ['2.5 : "#.##"', '2.50'],
    ['0.5 : "#.##"', '0.50'],
    ['1234.5 : "#,##0.00"', '1,234.50'],
    ['1234567.891 : "#,##0.00"', '1,234,567.89'],
    ['-1234.567 : "#,##0.##"', '-1,234.57'],
    ['1.005 : "0.00"', '1.01'],
    ['2.675 : "0.00"', '2.68'],
    ['-2.5 : "0"', '-3'],
    ['5 : "000"', '005'],
    ['0.256 : "0.0%"', '25.6%'],
    ['0.5 : "0%"', '50%'],
    ['129.99 : "$#,##0.00"', '$129.99'],
    ['12 : "0.00 EUR"', '12.00 EUR'],
    ['-5 : "0;(0)"', '(5)'],
    ['5 : "0;(0)"', '5'],
    ['"129.99" : "0.0"', '130.0'],
    ['"abc" : "0.0"', 'abc'],
    ['True : "Yes;No"', 'Yes'],
    ['(1 = 2) : "Yes;No"', 'No'],
  ])('%s → %s', (formula, expected) => {
    expect(out(formula)).toBe(expected);
  });
});

describe('booleans and concatenation', () => {
  it.each([
    ['True', 'True'],
    ['false', 'False'],
    ['"a" + 1', 'a1'],
    ['"Total: " + 2.5', 'Total: 3'],
    ['"Is " + (2 > 1)', 'Is True'],
    ['"d " + Date(1965, 11, 23)', 'd 1965-11-23 00:00:00'],
    ['1 + 2 + "x"', '3x'],
    ['"x" + 1 + 2', 'x12'],
    ['"a" = "A"', 'True'],
    ['"apple" < "Banana"', 'True'],
    ['"10" = 10', 'True'],
    ['"abc" <> "ABC"', 'False'],
    ['true AND false', 'False'],
    ['True && True', 'True'],
    ['False || True', 'True'],
    ['!True', 'False'],
    ['True XOr False', 'True'],
    ['-14 Mod 5', '1'],
    ['14 Mod -5', '-1'],
  ])('%s → %s', (formula, expected) => {
    expect(out(formula)).toBe(expected);
  });
  it('division by zero and type errors yield no value with a diagnostic', () => {
    expect(render('[<$ 1 / 0 $>]', {}).output).toBe('[]');
    expect(codes('<$ 1 / 0 $>')).toEqual(['division-by-zero']);
    expect(codes('<$ 5 Mod 0 $>')).toEqual(['division-by-zero']);
    expect(codes('<$ "abc" * 2 $>')).toEqual(['type-mismatch']);
    expect(codes('<$ -"abc" $>')).toEqual(['type-mismatch']);
  });
  it('date arithmetic counts days', () => {
    expect(out('Date(2026, 1, 31) + 1')).toBe('2026-02-01 00:00:00');
    expect(out('Date(2026, 3, 1) - 0.5')).toBe('2026-02-28 12:00:00');
    expect(out('Date(2026, 1, 31) - Date(2026, 1, 1)')).toBe('30');
    expect(render('<$ Date(2026, 1, 31) + 1e300 $>', {}).diagnostics.map((d) => d.code)).toEqual(['type-mismatch']);
  });
});

describe('dates and time zones', () => {
  const data = { Interaction: { DateCreated: '2026-11-21T09:30:00Z' } };
  it('default output is yyyy-MM-dd HH:mm:ss in UTC', () => {
    expect(out('Interaction.DateCreated', data)).toBe('2026-11-21 09:30:00');
  });
  it.each([
    ['UTC', '2026-11-21 09:30:00'],
    ['Europe/Paris', '2026-11-21 10:30:00'],
    ['America/New_York', '2026-11-21 04:30:00'],
    ['Asia/Kolkata', '2026-11-21 15:00:00'],
    ['GMT+01.00', '2026-11-21 10:30:00'],
    ['GMT-04.00', '2026-11-21 05:30:00'],
    ['+05:30', '2026-11-21 15:00:00'],
  ])('timeZone %s → %s', (timeZone, expected) => {
    expect(out('Interaction.DateCreated', data, { timeZone })).toBe(expected);
  });
  it('honours Interaction.TimeZone when no option is given, and the option over it', () => {
    const withZone = { Interaction: { DateCreated: '2026-11-21T09:30:00Z', TimeZone: 'GMT-04.00' } };
    expect(out('Interaction.DateCreated', withZone)).toBe('2026-11-21 05:30:00');
    expect(out('Interaction.DateCreated', withZone, { timeZone: 'Europe/Paris' })).toBe('2026-11-21 10:30:00');
  });
  it('follows daylight saving time of IANA zones', () => {
    expect(out('Interaction.DateCreated', { Interaction: { DateCreated: '2026-07-01T12:00:00Z' } }, { timeZone: 'Europe/Paris' })).toBe(
      '2026-07-01 14:00:00',
    );
  });
  it('builds Date(…) in the render time zone', () => {
    expect(out('Date(1965, 11, 23, 9, 3, 10)', {}, { timeZone: 'America/New_York' })).toBe('1965-11-23 09:03:10');
    expect(out('Hour24(Date(1965, 11, 23, 9, 3, 10))', {}, { timeZone: 'Asia/Kolkata' })).toBe('9');
    expect(out('Hour24(Interaction.DateCreated)', data, { timeZone: 'Asia/Kolkata' })).toBe('15');
  });
  it('reports an unknown time zone and uses UTC', () => {
    const result = render('<$ Interaction.DateCreated $>', data, { timeZone: 'Mars/Olympus' });
    expect(result.output).toBe('2026-11-21 09:30:00');
    expect(result.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['invalid-time-zone', 'Unknown time zone "Mars/Olympus" in the timeZone option; UTC is used.'],
    ]);
  });
  it.each([
    ['"EEE, MMM d, yy h:mm a"', 'Tue, Nov 23, 65 9:03 PM'],
    ['"dd/MM/yyyy HH:mm:ss"', '23/11/1965 21:03:10'],
    ['"EEEE d MMMM yyyy"', 'Tuesday 23 November 1965'],
    ['"yyyy \'at\' HH"', '1965 at 21'],
    ['"M/d/yyyy hh a"', '11/23/1965 09 PM'],
  ])('date pattern %s', (pattern, expected) => {
    expect(out(`Date(1965, 11, 23, 21, 3, 10) : ${pattern}`)).toBe(expected);
  });
  it('reports an unknown locale option and uses en_US', () => {
    const result = render('<$ WeekdayName(Date(1965, 11, 23)) $>', {}, { locale: 'xx_XX' });
    expect(result.output).toBe('Tuesday');
    expect(result.diagnostics.map((d) => d.code)).toEqual(['unknown-locale']);
  });
  it('uses the render locale for month and weekday names', () => {
    expect(out('Date(1965, 11, 23) : "EEEE d MMMM yyyy"', {}, { locale: 'fr_FR' })).toBe('mardi 23 novembre 1965');
    expect(out('WeekdayName(Date(1965, 11, 23))', {}, { locale: 'de_DE' })).toBe('Dienstag');
  });
  it.each([
    ['Date("November 23, 1965 9:03 AM")', '1965-11-23 09:03:00'],
    ['Date("Tuesday, November 23, 1965")', '1965-11-23 00:00:00'],
    ['Date("11/23/1965 9:03 PM")', '1965-11-23 21:03:00'],
    ['Date("23/11/1965", "en_GB")', '1965-11-23 00:00:00'],
    ['Date("23 November 1965 21:03", "en_GB")', '1965-11-23 21:03:00'],
    ['Date("23 novembre 1965 21:03:00", "fr_FR")', '1965-11-23 21:03:00'],
    ['Date("23/11/1965 21h03", "fr_FR")', '1965-11-23 21:03:00'],
    ['Date("23. November 1965 21:03", "de_DE")', '1965-11-23 21:03:00'],
    ['Date("23.11.1965", "de_DE")', '1965-11-23 00:00:00'],
    ['Date("1965-11-23T09:03:10Z")', '1965-11-23 09:03:10'],
    ['Date("1965-11-23T09:03:10+01:00")', '1965-11-23 08:03:10'],
  ])('%s → %s', (formula, expected) => {
    const result = render(`<$${formula}$>`, {});
    expect(result.output).toBe(expected);
    expect(result.diagnostics).toEqual([]);
  });
  it.each([['Date("November 23, 1965, at 9:03 AM")'], ['Date("Zork")'], ['Date("31/02/2020", "en_GB")'], ['Date("")']])(
    '%s is an invalid-date',
    (formula) => {
      const result = render(`<$${formula}$>`, {});
      expect(result.output).toBe('');
      expect(result.diagnostics.map((d) => d.code)).toEqual(['invalid-date']);
    },
  );
  it('a data dictionary can type other fields as date-time', () => {
    const dictionary = { fields: { 'Contact.Birthday': { type: 'date-time' as const } } };
    expect(out('Year(Contact.Birthday)', { Contact: { Birthday: '1990-05-04' } }, { dataDictionary: dictionary })).toBe('1990');
    expect(out('Contact.Birthday : "dd/MM/yyyy"', { Contact: { Birthday: '1990-05-04' } }, { dataDictionary: dictionary })).toBe(
      '04/05/1990',
    );
  });
  it('a date-typed field may be epoch milliseconds or a Date instance', () => {
    expect(out('Interaction.DateCreated', { Interaction: { DateCreated: Date.UTC(2026, 10, 21, 9, 30) } })).toBe('2026-11-21 09:30:00');
    expect(out('Interaction.DateCreated', { Interaction: { DateCreated: new Date(Date.UTC(2026, 10, 21, 9, 30)) } })).toBe(
      '2026-11-21 09:30:00',
    );
  });
  it('a date-typed field that is not a date is reported and used as text', () => {
    const result = render('<$ Interaction.DateCreated $>', { Interaction: { DateCreated: 'yesterday' } });
    expect(result.output).toBe('yesterday');
    expect(result.diagnostics.map((d) => d.code)).toEqual(['invalid-date']);
  });
});

describe('large numbers print every digit, never an exponent', () => {
  it.each([
    ['2^70', '1180591620717411303424'],
    ['-(2^70)', '-1180591620717411303424'],
    ['1e21', '1000000000000000000000'],
    ['1e21 - 1', '1000000000000000000000'],
    ['999999999999999999999', '1000000000000000000000'],
    ['1.5e300 / 1e280', '150000000000000000000'],
    ['"n = " + 2^70', 'n = 1180591620717411303424'],
    ['Text(2^70)', '1180591620717411303424'],
    ['1e-30', '0'],
  ])('%s → %s', (formula, expected) => {
    expect(out(formula)).toBe(expected);
  });
});
