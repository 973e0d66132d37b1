// Format patterns of the `:` operator and Text(): dispatch by value type, Genesys's documented
// example, Booleans, strings, durations, and positioned problems for bad patterns.
import { describe, expect, it } from 'vitest';
import { render } from '@fieldcode/language';
import { out } from './helpers.js';

describe('patterns by value type', () => {
  it.each([
    // Genesys's documented example stays: a fraction of # only is fixed.
    ['2 : "#.##"', '2.00'],
    ['Text(2, "#.##")', '2.00'],
    ['2.5 : "0.0##"', '2.5'],
    ['2^70 : "#,##0"', '1,180,591,620,717,411,303,424'],
    ['1234.5 : "¤#,##0.00"', '$1,234.50'],
    ['1234.5 : "#,##0.00 ¤¤"', '1,234.50 USD'],
    ['0.125 : "0.0%"', '12.5%'],
    ['12345 : "0.00E0"', '1.23E4'],
    ['-5 : "0;(0)"', '(5)'],
    // durations: a number with d H m s S letters
    ['90061 : "H:mm:ss"', '25:01:01'],
    ["Text(90061, \"d 'days' H 'h'\")", '1 days 1 h'],
    ['"3600" : "H:mm"', '1:00'],
    // Booleans: TrueText;FalseText
    ['True : "Yes;No"', 'Yes'],
    ['(1 = 2) : "Yes;No"', 'No'],
    ['Text(2 > 1, "on;off")', 'on'],
    ['False : ";nothing"', 'nothing'],
    // strings: numbers and dates are formatted, anything else passes through
    ['"129.99" : "#,##0.00"', '129.99'],
    ['"1965-11-23" : "d MMM yyyy"', '23 Nov 1965'],
    ['"N/A" : "#,##0.00"', 'N/A'],
    ['"N/A" : "d MMM yyyy"', 'N/A'],
    ['"N/A" : "H:mm"', 'N/A'],
    // dates
    ['Date(1965, 11, 23, 21, 3, 10) : "EEE d MMM yyyy, h:mm a"', 'Tue 23 Nov 1965, 9:03 PM'],
    ['Date(1965, 11, 23) : "D w u F G"', '327 48 2 4 AD'],
  ])('%s → %s', (formula, expected) => {
    const result = render(`<$ ${formula} $>`, {});
    expect(result.output).toBe(expected);
    expect(result.diagnostics).toEqual([]);
  });

  it.each([
    // examples of docs/language.md, "Format patterns"
    ['5 : "#,##0"', '5'],
    ['5 : "0."', '5.'],
    ['1234567 : "#,####"', '123,4567'],
    ['1234 : "0.0E00"', '1.2E03'],
    ['0.0001 : "##0.##E0"', '100E-6'],
    ['0.07 : "0%"', '7%'],
    ['0.0705 : "0.0‰"', '70.5‰'],
    ['-5 : "0;0-"', '5-'],
    ['-12.5 : "¤0.00;(¤0.00)"', '($12.50)'],
    ['5 : "\'#\'0"', '#5'],
    ['5 : "0 o\'\'clock"', "5 o'clock"],
    ['42 : "No. 0"', 'No. 42'],
    ['12 : "0E"', '12E'],
    ['0.5 : "#.##"', '0.50'],
    ['-0.001 : "0.00"', '0.00'],
    ['1e-7 : "0.000000000"', '0.000000100'],
    ['1.005 : "0.00"', '1.01'],
    ['0.125 : "0.00"', '0.13'],
    ['2.5 : "0"', '3'],
    ['Date(1965, 11, 23) : "DDDD"', '0327'],
    ['Date(2026, 12, 31) : "Y"', '2027'],
    ['Date(2027, 1, 1) : "YYYY-\'W\'ww"', '2027-W01'],
    ['Date(1965, 11, 23) : "HH\'h\'mm"', '00h00'],
    ['90061 : "d \'d\' HH:mm:ss"', '1 d 01:01:01'],
    ['5400 : "m"', '90'],
    ['89.6 : "m:ss"', '1:29'],
    ['3723.5 : "H:mm:ss.SSS"', '1:02:03.500'],
    ['59 : "mm:ss"', '00:59'],
    ['-75 : "m:ss"', '-1:15'],
  ])('docs: %s → %s', (formula, expected) => {
    const result = render(`<$ ${formula} $>`, {});
    expect(result.output).toBe(expected);
    expect(result.diagnostics).toEqual([]);
  });

  it('formats with the render locale and time zone', () => {
    expect(out('Date(2027, 1, 1) : "YYYY-\'W\'ww"', {}, { locale: 'de_DE' })).toBe('2026-W53');
    expect(out('1.5 : "0.0"', {}, { locale: 'de_DE' })).toBe('1,5');
    expect(out('1234567.891 : "#,##0.00"', {}, { locale: 'de_DE' })).toBe('1.234.567,89');
    expect(out('Date(1965, 11, 23) : "EEEE d MMMM yyyy"', {}, { locale: 'de_DE' })).toBe('Dienstag 23 November 1965');
    const data = { Interaction: { DateCreated: '2026-01-15T21:03:00Z' } };
    expect(out('Interaction.DateCreated : "HH:mm z XXX"', data, { timeZone: 'America/New_York' })).toBe('16:03 EST -05:00');
    expect(out('Interaction.DateCreated : "HH:mm z"', data, { timeZone: 'GMT-04.00' })).toBe('17:03 GMT-04:00');
  });

  // Expected strings are Intl's data on Node 20 (ICU 74), through the locale layer.
  it.each([
    ['1234.5 : "¤#,##0.00"', 'de_DE', '€1.234,50'],
    ['1234.5 : "#,##0.00 ¤"', 'de_DE', '1.234,50 €'],
    ['12345 : "0.00E0"', 'de_DE', '1,23E4'],
    ['1234.5 : "¤#,##0.00"', 'en_GB', '£1,234.50'],
    ['1234.5 : "¤¤ #,##0.00"', 'ja_JP', 'JPY 1,234.50'],
    ['1234.5 : "¤#,##0"', 'ja_JP', '￥1,235'],
    ['-1234.5 : "#,##0.00"', 'ar_SA', '\u061c-١٬٢٣٤٫٥٠'],
    ['0.5 : "0%"', 'ar_SA', '٥٠٪'],
    ['0.5 : "0‰"', 'ar_SA', '٥٠٠؉'],
    ['-5 : "0"', 'sv_SE', '\u22125'],
    // Java groups by the last interval only: no lakh grouping from "#,##,##0"
    ['1234567.5 : "#,##,##0.0"', 'hi_IN', '1,234,567.5'],
    ['Date(1965, 11, 23, 21, 3, 10) : "EEEE d MMMM yyyy h:mm a G"', 'ar_SA', 'الثلاثاء ٢٣ نوفمبر ١٩٦٥ ٩:٠٣ م م'],
    ['Date(1965, 11, 23, 21, 3, 10) : "EEEE d MMMM yyyy HH:mm"', 'es_ES', 'martes 23 noviembre 1965 21:03'],
    ['Date(1965, 11, 23, 21, 3, 10) : "d MMMM yyyy, LLLL"', 'pl_PL', '23 listopada 1965, listopad'],
    ['Date(1965, 11, 23, 21, 3, 10) : "yyyy年M月d日 EEEE a h:mm"', 'ja_JP', '1965年11月23日 火曜日 午後 9:03'],
    ['Date(1965, 11, 23, 21, 3, 10) : "EEE d MMM"', 'fr_FR', 'mar. 23 nov.'],
  ])('%s in %s → %s', (formula, locale, expected) => {
    const result = render(`<$ ${formula} $>`, {}, { locale });
    expect(result.output).toBe(expected);
    expect(result.diagnostics).toEqual([]);
  });

  it('a missing value stays missing', () => {
    const result = render('[<$ Contact.Amount : "#,##0.00" $>]', { Contact: {} });
    expect(result.output).toBe('[]');
    expect(result.diagnostics.map((d) => d.code)).toEqual(['missing-value']);
  });
});

describe('bad patterns: default output and a positioned invalid-format-pattern warning', () => {
  function problem(source: string): { output: string; message: string; start: number; end: number } {
    const result = render(source, {});
    expect(result.diagnostics).toHaveLength(1);
    const d = result.diagnostics[0]!;
    expect([d.code, d.severity]).toEqual(['invalid-format-pattern', 'warning']);
    return { output: result.output, message: d.message, start: d.range.start.offset, end: d.range.end.offset };
  }

  it('points at the mistake inside a literal pattern', () => {
    expect(problem('<$ 1234.5 : "#,##0.0.0" $>')).toEqual({
      output: '1235',
      message: 'Format pattern, character 8: A number pattern has only one decimal point. The value is printed with its default format.',
      start: 20,
      end: 21,
    });
    expect(problem('<$ Date(1965, 11, 23) : "yyyy-MM-dd q" $>')).toEqual({
      output: '1965-11-23 00:00:00',
      message:
        'Format pattern, character 12: Unknown date pattern letter "q"; quote literal text (\'q\'). The value is printed with its default format.',
      start: 36,
      end: 37,
    });
    expect(problem('<$ Text(5, "0 \'x") $>')).toEqual({
      output: '5',
      message:
        "Format pattern, character 3: Unterminated quote: close the literal text with '. The value is printed with its default format.",
      start: 14,
      end: 15,
    });
  });

  it('points at the pattern expression when it is computed or has escapes', () => {
    const computed = problem('<$ 5 : ("0" + "#") $>');
    expect([computed.output, computed.start, computed.end]).toEqual(['5', 7, 18]);
    expect(computed.message).toBe(
      'Format pattern, character 2: "#" cannot follow "0" in the integer part: write # before 0 (#,##0). The value is printed with its default format.',
    );
    const escaped = problem('<$ 5 : "\\"0#" $>');
    expect([escaped.start, escaped.end]).toEqual([7, 13]);
  });

  it('explains date letters given to a number and a Boolean pattern without ;', () => {
    expect(problem('<$ 1700000000 : "yyyy-MM-dd" $>')).toEqual({
      output: '1700000000',
      message:
        'Format pattern, character 1: "y" is a date letter: a number takes a number pattern (0, #) or a duration pattern (d, H, m, s, S); quote literal text (\'y\'). The value is printed with its default format.',
      start: 17,
      end: 18,
    });
    expect(problem('<$ True : "Yes" $>')).toEqual({
      output: 'True',
      message:
        'Format pattern, character 1: A Boolean pattern is TrueText;FalseText (for example "Yes;No"). The value is printed with its default format.',
      start: 11,
      end: 14,
    });
    expect(problem('<$ "N/A" : "0#" $>').output).toBe('N/A');
  });

  it('never hangs or grows without bound on long patterns (the step budget pays for the pattern)', () => {
    const long = '#'.repeat(50_000);
    const result = render(`<$ 5 : "${long}0" $>`, {});
    expect(result.output).toBe('5');
    const capped = render(`<$ 5 : "${'0'.repeat(400)}" $>`, {});
    expect(capped.diagnostics.map((d) => d.message)).toEqual([
      'Format pattern, character 1: At most 309 integer digits. The value is printed with its default format.',
    ]);
    const budget = render(`<$ 5 : "${'#'.repeat(50_000)}0" $>`, {}, { limits: { maxSteps: 100 } });
    expect(budget.diagnostics.map((d) => d.code)).toEqual(['step-limit']);
  });
});
