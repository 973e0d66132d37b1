import { describe, expect, it } from 'vitest';
import { formatDiagnostic, lint } from '../index.js';
import type { LintOptions } from '../../types.js';

/** Diagnostics of one rule, formatted `code severity L:C-L:C message @path`. */
const run = (text: string, options: LintOptions = {}) =>
  lint(text, options)
    .diagnostics.filter((d) => d.code === RULE)
    .map(formatDiagnostic);
const RULE = 'missing-value';

describe('missing-value', () => {
  it('reports field codes without a value in the sample data (info)', () => {
    const text =
      '{"name":"x","plainText":"Hi <$ Contact.FirstName $> <$ Contact.LastName $>","sampleData":{"Contact":{"FirstName":"John"}}}';
    expect(run(text)).toEqual([
      'missing-value info 1:56-1:72 Missing value: Contact.LastName is not in the sample data: the preview shows it empty. @/plainText',
    ]);
  });

  it('says nothing without sample data, or when guarded', () => {
    expect(run('{"name":"x","plainText":"Hi <$ Contact.LastName $>"}')).toEqual([]);
    expect(
      run('{"name":"x","plainText":"<$ If(IsString(Contact.LastName), Contact.LastName, \'\') $>","sampleData":{"Contact":{}}}'),
    ).toEqual([]);
  });
});
