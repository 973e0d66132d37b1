import { describe, expect, it } from 'vitest';
import { JsonStringText, escapeJsonStringContent } from './strings.js';
import { parseJsonTree } from './tree.js';

const stringAt = (text: string) => new JsonStringText(text, parseJsonTree(text).root!);

describe('JsonStringText offset map', () => {
  it('is a plain shift without escapes', () => {
    const s = stringAt('"abc"');
    expect(s.value).toBe('abc');
    expect([0, 1, 2, 3].map((d) => s.toFileOffset(d))).toEqual([1, 2, 3, 4]);
  });

  it('maps through \\n, \\", \\\\ and \\u00e9 (each one decoded unit)', () => {
    const text = '"a\\nb\\"c\\\\d\\u00e9e"';
    const s = stringAt(text);
    expect(s.value).toBe('a\nb"c\\dée');
    // decoded:  a  \n  b  "  c  \  d  é  e  (end)
    expect(Array.from({ length: s.value.length + 1 }, (_, d) => s.toFileOffset(d))).toEqual([1, 2, 4, 5, 7, 8, 10, 11, 17, 18]);
    expect(text[s.toFileOffset(8)]).toBe('e');
  });

  it('maps a surrogate pair written as two \\u escapes and a raw one', () => {
    const s = stringAt('"\\ud83d\\ude00x"');
    expect(s.value).toBe('😀x');
    expect([0, 1, 2, 3].map((d) => s.toFileOffset(d))).toEqual([1, 7, 13, 14]);
    const raw = stringAt('"😀x"');
    expect([0, 1, 2, 3].map((d) => raw.toFileOffset(d))).toEqual([1, 2, 3, 4]);
  });

  it('clamps offsets outside the value', () => {
    const s = stringAt('"a\\tb"');
    expect(s.toFileOffset(-5)).toBe(1);
    expect(s.toFileOffset(99)).toBe(5);
  });

  it('escapes replacement text for insertion into a JSON string', () => {
    expect(escapeJsonStringContent('<$ Left("a", 1) $>\n\t\\')).toBe('<$ Left(\\"a\\", 1) $>\\n\\t\\\\');
  });
});
