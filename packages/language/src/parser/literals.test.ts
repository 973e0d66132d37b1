import { describe, expect, it } from 'vitest';
import { decodeStringContent, numberValue, quoteLiteral } from './literals.js';

describe('decodeStringContent', () => {
  it('resolves every escape of the reference', () => {
    expect(decodeStringContent('\\a\\b\\f\\n\\r\\t\\v\\\'\\"\\\\')).toEqual({
      value: '\u0007\b\f\n\r\t\v\'"\\',
      unknownEscapes: [],
    });
  });

  it('keeps the character of an unknown escape and reports where it is', () => {
    expect(decodeStringContent('a\\qb\\😀')).toEqual({
      value: 'aqb😀',
      unknownEscapes: [
        { offset: 1, char: 'q' },
        { offset: 4, char: '😀' },
      ],
    });
  });

  it('keeps a trailing lone backslash and text without escapes as is', () => {
    expect(decodeStringContent('abc\\')).toEqual({ value: 'abc\\', unknownEscapes: [] });
    expect(decodeStringContent('plain')).toEqual({ value: 'plain', unknownEscapes: [] });
  });
});

describe('numberValue', () => {
  it('accepts the documented spellings', () => {
    expect(['0', '42', '12.34', '12.34e-2', '12.2e2', '1E5', '2e+3'].map(numberValue)).toEqual([0, 42, 12.34, 0.1234, 1220, 100000, 2000]);
  });

  it('rejects malformed and out-of-range numbers', () => {
    expect(['1.', '2e', '2e+', '12abc', '1.2.3', '1e999'].map(numberValue)).toEqual([null, null, null, null, null, null]);
  });
});

describe('quoteLiteral', () => {
  it('escapes backslashes and the quote so the value is unchanged', () => {
    expect(quoteLiteral('say "hi" \\ ok', '"')).toBe('"say \\"hi\\" \\\\ ok"');
    expect(quoteLiteral("it's", "'")).toBe("'it\\'s'");
  });
});
