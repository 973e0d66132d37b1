/**
 * Hostile format patterns: author-written patterns are scanned once, left to right, with caps on
 * letter runs and digits, so no pattern hangs a render or grows its output without bound. Each
 * input is near the template size limit; the results are asserted exactly.
 */
import { describe, expect, it } from 'vitest';
import { render } from '@fieldcode/language';
import { finishes } from './finishes.js';

function run(formula: string): { output: string; messages: string[] } {
  const result = finishes(() => render(`<$ ${formula} $>`, {}));
  return { output: result.output, messages: result.diagnostics.map((d) => `${d.code} ${d.range.start.offset} ${d.message}`) };
}

describe('format patterns near the template size limit', () => {
  it('a number pattern of 40 000 quoted quotes', () => {
    expect(run(`5 : "${"''".repeat(40_000)}0"`)).toEqual({ output: `${"'".repeat(40_000)}5`, messages: [] });
  });

  it('an unterminated quote before 90 000 characters', () => {
    const result = run(`5 : "0'${'#'.repeat(90_000)}"`);
    expect(result.output).toBe('5');
    expect(result.messages).toEqual([
      "invalid-format-pattern 9 Format pattern, character 2: Unterminated quote: close the literal text with '. The value is printed with its default format.",
    ]);
  });

  it('a date pattern of 30 000 zone names and short runs', () => {
    const result = run(`Date(1965, 11, 23) : "${'zzzz G '.repeat(12_000)}"`);
    expect(result.messages).toEqual([]);
    expect(result.output).toBe('Coordinated Universal Time AD '.repeat(12_000));
  });

  it('letter runs past the cap are a positioned problem, not a width', () => {
    expect(run(`Date(1965, 11, 23) : "${'y'.repeat(90_000)}"`)).toEqual({
      output: '1965-11-23 00:00:00',
      messages: [
        'invalid-format-pattern 25 Format pattern, character 1: At most 32 "y" in a row. The value is printed with its default format.',
      ],
    });
    expect(run(`5 : "${'0'.repeat(90_000)}"`).messages).toEqual([
      'invalid-format-pattern 8 Format pattern, character 1: At most 309 integer digits. The value is printed with its default format.',
    ]);
  });

  it('a duration pattern of 20 000 units', () => {
    expect(run(`90061 : "${'H:mm:ss '.repeat(10_000)}"`)).toEqual({ output: '25:01:01 '.repeat(10_000), messages: [] });
  });

  it('the longest number a pattern can ask for stays bounded', () => {
    const result = run(`1e308 : "${'0'.repeat(309)}.${'0'.repeat(340)}"`);
    expect(result.messages).toEqual([]);
    expect(result.output).toBe(`${BigInt(1e308).toString()}.${'0'.repeat(340)}`);
  });
});
