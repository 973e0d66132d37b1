import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumberDefault, parseNumberPrefix, parseWholeNumber, roundHalfAway } from './numbers.js';
import { defaultLocale, findLocale } from './locales.js';

describe('roundHalfAway', () => {
  it.each([
    [2.5, 0, 3],
    [-2.5, 0, -3],
    [1.005, 2, 1.01],
    [-1.005, 2, -1.01],
    [2.675, 2, 2.68],
    [1.0049, 2, 1],
    [0.125, 2, 0.13],
    [1e21, 2, 1e21],
    [123456.789, 1, 123456.8],
  ])('%d to %d digits → %d', (value, digits, expected) => {
    expect(roundHalfAway(value, digits)).toBe(expected);
  });
});

describe('formatNumberDefault', () => {
  it.each([
    [0, '0'],
    [-0, '0'],
    [-0.2, '0'],
    [1e21, '1000000000000000000000'],
    [-(2 ** 70), '-1180591620717411303424'],
    [123.5, '124'],
  ])('%d → %s', (value, expected) => {
    expect(formatNumberDefault(value)).toBe(expected);
  });
});

describe('parseNumberPrefix and parseWholeNumber', () => {
  it('parses prefixes per locale', () => {
    expect(parseNumberPrefix('  -12.5kg', defaultLocale)).toBe(-12.5);
    expect(parseNumberPrefix('1,234,567.5', defaultLocale)).toBe(1234567.5);
    expect(parseNumberPrefix('1,23', defaultLocale)).toBe(1);
    expect(parseNumberPrefix('1.234.567,5', findLocale('de_DE')!)).toBe(1234567.5);
    expect(parseNumberPrefix('12e', defaultLocale)).toBe(12);
    expect(parseNumberPrefix('.5', defaultLocale)).toBe(0.5);
    expect(parseNumberPrefix('abc', defaultLocale)).toBeNull();
    expect(parseNumberPrefix('1e999', defaultLocale)).toBeNull();
  });
  it('accepts only whole numbers', () => {
    expect(parseWholeNumber(' 12.5 ')).toBe(12.5);
    expect(parseWholeNumber('.5')).toBe(0.5);
    expect(parseWholeNumber('12px')).toBeNull();
    expect(parseWholeNumber('')).toBeNull();
    expect(parseWholeNumber('Infinity')).toBeNull();
  });
  it('parseWholeNumber agrees with the regex it replaces (the suite seed)', () => {
    const reference = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
    const pieces = fc.constantFrom('1', '0', '42', '.', '+', '-', 'e', 'E', ' ', 'x', '\t');
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 12 }).map((p) => p.join('')),
        (text) => {
          const trimmed = text.trim();
          const value = Number(trimmed);
          const expected = trimmed !== '' && reference.test(trimmed) && Number.isFinite(value) ? value : null;
          expect(parseWholeNumber(text)).toBe(expected);
        },
      ),
    );
  });
});
