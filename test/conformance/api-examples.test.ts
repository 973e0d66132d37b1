// The examples of docs/language.md (API section) and packages/language/README.md, as tests.
import { describe, expect, it } from 'vitest';
import { analyze, compile, parse, render } from '@fieldcode/language';

describe('documented API examples', () => {
  it('README embedding example', () => {
    const template = compile(
      'Hello <$ Contact.FirstName $>, your bill of <$ Contact.Amount : "#,##0.00" $> is due <$ Interaction.DateCreated + 30 : "d MMMM" $>.',
    );
    const result = template.render(
      { Contact: { FirstName: 'John', Amount: 129.9 }, Interaction: { DateCreated: '2026-11-21T09:30:00Z' } },
      { timeZone: 'Europe/Paris', strict: true },
    );
    expect(result).toEqual({ output: 'Hello John, your bill of 129.90 is due 21 December.', diagnostics: [] });
    expect(analyze(template.source).fieldCodes.map((f) => f.path)).toEqual([
      'Contact.FirstName',
      'Contact.Amount',
      'Interaction.DateCreated',
    ]);
  });
  it('docs/language.md API section', () => {
    expect(parse('Hi <$ Contact.FirstName $>').diagnostics).toEqual([]);
    const template = compile('Hello <$ Contact.FirstName $>, your bill is <$ Contact.Amount : "#,##0.00" $>.');
    expect(template.render({ Contact: { FirstName: 'John', Amount: 1234.5 } })).toEqual({
      output: 'Hello John, your bill is 1,234.50.',
      diagnostics: [],
    });
    expect(render('<$ Date(1965, 11, 23, 9, 3, 10) : "EEEE" $>', {}, { timeZone: 'Europe/Paris' }).output).toBe('Tuesday');
    const analysis = analyze('Hi <$ Contact.FirstName $>!', {
      dataDictionary: { fields: { 'Contact.FirstName': { type: 'string', maxLength: 20 } } },
    });
    expect(analysis).toEqual({
      fieldCodes: [
        {
          path: 'Contact.FirstName',
          range: { start: { offset: 6, line: 1, column: 7 }, end: { offset: 23, line: 1, column: 24 } },
          guarded: false,
        },
      ],
      functions: [],
      length: { min: 4, max: 24 },
      patternProblems: [],
      diagnostics: [],
    });
    expect(render('<$ Day("2020-01-31") $>', {}).output).toBe('31');
  });
});
