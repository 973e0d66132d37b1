import { describe, expect, it } from 'vitest';
import { decimalOf, roundFraction } from './decimal.js';
import { findLocale, defaultLocale } from './locales.js';
import { formatNumber, parseNumberPattern } from './number-pattern.js';

const en = defaultLocale;

function format(value: number, pattern: string, locale = en): string {
  const parsed = parseNumberPattern(pattern);
  if ('problem' in parsed) throw new Error(parsed.problem);
  return formatNumber(value, parsed, locale);
}

describe('decimalOf and rounding on decimal digits', () => {
  it.each([
    [1.005, '1005', 1],
    [0.1, '1', 0],
    [1e-7, '1', -6],
    [2 ** 70, '1180591620717411303424', 22],
    [123.45, '12345', 3],
    [0, '', 0],
  ])('%d → digits %s, point %d', (value, digits, point) => {
    expect(decimalOf(value)).toEqual({ digits, point });
  });
  it('rounds half away from zero and carries through nines', () => {
    expect(roundFraction(decimalOf(1.005), 2)).toEqual({ digits: '101', point: 1 });
    expect(roundFraction(decimalOf(9.995), 2)).toEqual({ digits: '1', point: 2 });
    expect(roundFraction(decimalOf(0.004), 2)).toEqual({ digits: '', point: 0 });
    expect(roundFraction(decimalOf(0.005), 2)).toEqual({ digits: '1', point: -1 });
  });
});

describe('number pattern letters', () => {
  it.each([
    // 0: mandatory digit
    [5, '000', '005'],
    [1234.5, '0', '1235'],
    // #: optional integer digit; a fraction of # only is fixed (Genesys: 2 : "#.##" → 2.00)
    [2, '#.##', '2.00'],
    [0.5, '#.##', '0.50'],
    [0.5, '#', '1'],
    [0, '#', '0'],
    // # after 0 in the fraction is optional (Java)
    [2.5, '0.0##', '2.5'],
    [2.125, '0.0##', '2.125'],
    [2, '0.0##', '2.0'],
    [2.12345, '0.0##', '2.123'],
    // , grouping: the interval after the last separator
    [1234567.891, '#,##0.00', '1,234,567.89'],
    [1234567, '#,##,##0', '1,234,567'],
    [1234567, '#,####', '123,4567'],
    [123, '#,##0', '123'],
    // . decimal point; a trailing point is always shown
    [0.5, '.00', '0.50'],
    [5, '0.', '5.'],
    [5.5, '0.', '6.'],
    // % and ‰ multiply exactly on decimal digits
    [0.07, '0%', '7%'],
    [0.256, '0.0%', '25.6%'],
    [0.0705, '0.0‰', '70.5‰'],
    [0.5, '%0', '%50'],
    // - in an affix is the locale's minus sign
    [5, '0-', '5-'],
    // E0: scientific notation
    [12345, '0.###E0', '1.235E4'],
    [0.00012345, '0.###E0', '1.235E-4'],
    [12345, '00.###E0', '12.345E3'],
    [12345, '##0.#####E0', '12.345E3'],
    [123456, '##0.#####E0', '123.456E3'],
    [0.0001, '##0.##E0', '100E-6'],
    [1234, '0.0E00', '1.2E03'],
    [0, '0.00E0', '0.00E0'],
    [1e300, '0.##E0', '1E300'],
    [-12345, '0.0E0', '-1.2E4'],
    // ; negative subpattern: only its prefix and suffix count
    [-5, '0;(0)', '(5)'],
    [5, '0;(0)', '5'],
    [-5, '0.00;0.00-', '5.00-'],
    [-5, '0;minus 0', 'minus 5'],
    [-5, '#,##0.00', '-5.00'],
    [-0.001, '0.00', '0.00'],
    [-0.001, '0.00;(0.00)', '0.00'],
    // quoted literals
    [5, "'#'0", '#5'],
    [5, "0 o''clock", "5 o'clock"],
    [5, "'it''s' 0", "it's 5"],
    [5, "0 '%'", '5 %'],
    [5, "0'E0'", '5E0'],
    [5, "'0'0", '05'],
    // ¤ symbol and ¤¤ ISO code of the locale's currency (en_US: USD)
    [12.5, '¤#,##0.00', '$12.50'],
    [12.5, '¤¤ #,##0.00', 'USD 12.50'],
    [-12.5, '¤#,##0.00', '-$12.50'],
    [-12.5, '¤#,##0.00;(¤#,##0.00)', '($12.50)'],
    // other text around the number
    [42, 'No. 0', 'No. 42'],
    [129.99, '$#,##0.00', '$129.99'],
    [12, '0.00 EUR', '12.00 EUR'],
    [12, '0E', '12E'],
  ])('%d with %s → %s', (value, pattern, expected) => {
    expect(format(value, pattern)).toBe(expected);
  });

  it('prints every digit of big and tiny numbers (no exponent, no toFixed limits)', () => {
    expect(format(2 ** 70, '#,##0')).toBe('1,180,591,620,717,411,303,424');
    expect(format(2 ** 70, '0')).toBe('1180591620717411303424');
    expect(format(1e21, '0')).toBe('1000000000000000000000');
    expect(format(1.5e300, '0').length).toBe(301);
    expect(format(1e-7, '0.000000000')).toBe('0.000000100');
    expect(format(1.234e-6, '0.##########')).toBe('0.0000012340');
    expect(format(5e-324, '0.0')).toBe('0.0');
    expect(format(5e-324, `0.${'0'.repeat(330)}`)).toBe(`0.${'0'.repeat(323)}5000000`);
  });

  it('rounds half away from zero on the decimal value', () => {
    expect(format(1.005, '0.00')).toBe('1.01');
    expect(format(2.675, '0.00')).toBe('2.68');
    expect(format(2.5, '0')).toBe('3');
    expect(format(-2.5, '0')).toBe('-3');
    expect(format(0.125, '0.00')).toBe('0.13');
    expect(format(9.995, '0.00')).toBe('10.00');
    expect(format(999.5, '#,##0')).toBe('1,000');
  });

  it('uses the locale signs and digits', () => {
    const de = findLocale('de_DE')!;
    const fr = findLocale('fr_FR')!;
    expect(format(1234567.891, '#,##0.00', de)).toBe('1.234.567,89');
    expect(format(-1234.5, '#,##0.00', fr)).toBe(`-1${fr.group}234,50`);
    const arabic = { ...en, digits: ['٠', '١', '٢', '٣', '٤', '٥', '٦', '٧', '٨', '٩'], decimal: '٫', group: '٬' };
    expect(format(1234.5, '#,##0.00', arabic)).toBe('١٬٢٣٤٫٥٠');
    const euro = { ...en, currencyCode: 'EUR', currencySymbol: '€' };
    expect(format(5, '#,##0.00 ¤', euro)).toBe('5.00 €');
    expect(format(5, '¤¤ 0', { ...en, currencyCode: undefined, currencySymbol: undefined })).toBe('XXX 5');
  });
});

describe('bad number patterns are positioned problems', () => {
  it.each([
    ['0#', '"#" cannot follow "0" in the integer part: write # before 0 (#,##0).', 1, 1],
    ['0.#0', '"0" cannot follow "#" in the fraction: write 0 before # (0.0#).', 3, 1],
    ['#,', 'A grouping separator "," needs digit placeholders after it.', 1, 1],
    ['#,##0.0,0', 'A grouping separator "," cannot be in the fraction.', 7, 1],
    ['0.0.0', 'A number pattern has only one decimal point.', 3, 1],
    ["'abc 0", "Unterminated quote: close the literal text with '.", 0, 1],
    ['abc', 'A number pattern needs a digit placeholder (0 or #).', 0, 3],
    ['0;0;0', 'A number pattern has at most two sections (positive;negative).', 3, 1],
    ['x;0', 'A number pattern needs a digit placeholder (0 or #) before ";".', 1, 1],
    ['0 0', 'Unquoted "0" after the number: write \'0\' to print it.', 2, 1],
    ['%0%', 'A number pattern can have only one % or ‰.', 2, 1],
    ['#,##0E0', 'A scientific pattern (E0) cannot group digits.', 1, 1],
    [`0E${'0'.repeat(40)}`, 'At most 32 exponent digits.', 1, 41],
    ['0'.repeat(400), 'At most 309 integer digits.', 0, 400],
    [`0.${'0'.repeat(400)}`, 'At most 340 fraction digits.', 0, 402],
  ])('%s', (pattern, problem, offset, length) => {
    expect(parseNumberPattern(pattern)).toEqual({ problem, offset, length });
  });
});
