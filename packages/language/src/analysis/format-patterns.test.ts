// analyze() checks format patterns written as string literals with the render's own parsers.
import { describe, expect, it } from 'vitest';
import { analyze } from '../api.js';

/** `code offset-offset message` of each invalid-format-pattern diagnostic. */
function findings(source: string, options?: Parameters<typeof analyze>[1]): string[] {
  return analyze(source, options)
    .diagnostics.filter((d) => d.code === 'invalid-format-pattern')
    .map((d) => `${d.range.start.offset}-${d.range.end.offset} ${d.message}`);
}

describe('literal format patterns in analyze()', () => {
  it('positions a number pattern mistake on its character, worded as the render words it', () => {
    const source = '<$ 1234.5 : "#,##0.0.0" $>';
    expect(findings(source)).toEqual([
      '20-21 Format pattern, character 8: A number pattern has only one decimal point. The value is printed with its default format.',
    ]);
    expect(source.slice(20, 21)).toBe('.');
    expect(analyze(source).patternProblems).toEqual([
      {
        kind: 'number',
        problem: 'A number pattern has only one decimal point.',
        character: 8,
        range: { start: { offset: 20, line: 1, column: 21 }, end: { offset: 21, line: 1, column: 22 } },
      },
    ]);
  });

  it('checks Text(x, pattern) and data fields of unknown type by the pattern letters', () => {
    expect(findings('<$ Text(Contact.Since, "dd/MM/yyyy q") $>')).toEqual([
      `35-36 Format pattern, character 12: Unknown date pattern letter "q"; quote literal text ('q'). The value is printed with its default format.`,
    ]);
    expect(findings('<$ Contact.Balance : "\'#,##0" $>')).toEqual([
      "22-23 Format pattern, character 1: Unterminated quote: close the literal text with '. The value is printed with its default format.",
    ]);
    expect(findings('<$ Contact.Wait : "hh:mm" $>')).toEqual([]);
  });

  it('reads the pattern by the value type when it is known', () => {
    // A date letter for a number literal (d is a duration letter, M is not); a date field; a Boolean comparison without ";".
    expect(findings('<$ 5 : "dd/MM" $>')).toEqual([
      `11-12 Format pattern, character 4: "M" is a date letter: a number takes a number pattern (0, #) or a duration pattern (d, H, m, s, S); quote literal text ('M'). The value is printed with its default format.`,
    ]);
    expect(findings('<$ Interaction.DateCreated : "yyyy-MM-dd T" $>')).toEqual([
      `41-42 Format pattern, character 12: Unknown date pattern letter "T"; quote literal text ('T'). The value is printed with its default format.`,
    ]);
    expect(findings('<$ (1 = 2) : "Yes" $>')).toEqual([
      '14-17 Format pattern, character 1: A Boolean pattern is TrueText;FalseText (for example "Yes;No"). The value is printed with its default format.',
    ]);
    expect(findings('<$ Contact.Vip : "Yes" $>', { dataDictionary: { fields: { 'Contact.Vip': { type: 'boolean' } } } })).toHaveLength(1);
  });

  it('leaves alone patterns that are right for some value of the operand', () => {
    expect(findings('<$ Contact.Vip : "Yes;No" $>')).toEqual([]);
    expect(findings('<$ (1 = 2) : "Oui;Non" $>')).toEqual([]);
    expect(findings('<$ Now() : "EEEE d MMMM yyyy" $>')).toEqual([]);
    expect(findings('<$ Contact.Total : "#,##0.00;(#,##0.00)" $>')).toEqual([]);
    expect(findings('<$ 90061 : "H:mm:ss" $>')).toEqual([]);
    expect(findings('<$ Contact.Total : Contact.Pattern $>')).toEqual([]);
    expect(findings('<$ Text(Contact.Total) $>')).toEqual([]);
  });

  it('positions a pattern with escapes on the whole literal', () => {
    const source = '<$ 5 : "0.0.\\"" $>';
    expect(findings(source)).toEqual([
      '7-15 Format pattern, character 4: A number pattern has only one decimal point. The value is printed with its default format.',
    ]);
    expect(source.slice(7, 15)).toBe('"0.0.\\""');
  });

  it('checks the pattern of a project function named like Text only when it is the built-in', () => {
    const functions = new Map([
      ['text', { name: 'Text', signature: 'Text(A, B)', description: '', minArgs: 2, maxArgs: 2, extension: true, call: () => '' }],
    ]);
    expect(findings('<$ Text(5, "0.0.0") $>')).toHaveLength(1);
    expect(findings('<$ Text(5, "0.0.0") $>', { functions })).toEqual([]);
  });
});
