import { describe, expect, it } from 'vitest';
import { formatDiagnostic, lint } from '../index.js';

const RULE = 'template-trailing-punctuation';
const run = (text: string) =>
  lint(text, { filePath: 'r.json' })
    .diagnostics.filter((d) => d.code === RULE)
    .map(formatDiagnostic);
/** A notification body with n parameters `<$ Contact.Fi $>`, and envelope options. */
const B = (text: string, opts: { category?: string; n?: number; extra?: string; examples?: string; sample?: string } = {}) =>
  `{${opts.category ? `"category":"${opts.category}",` : ''}${opts.examples ? `"examples":${opts.examples},` : ''}"structured":{"contentType":"notification","content":[{"index":1,"type":"notification","id":"ns@t","language":"en_US","text":${JSON.stringify(text)},"parameters":[${Array.from({ length: opts.n ?? 0 }, (_, i) => `{"index":${i + 1},"value":"<$ Contact.F${i + 1} $>"}`).join(',')}]}${opts.extra ?? ''}]}${opts.sample ? `,"sampleData":${opts.sample}` : ''}}`;

describe(RULE, () => {
  it('a last variable followed only by a period', () => {
    expect(run(B('Your order number is {{1}}.', { n: 1, category: 'UTILITY' }))).toEqual([
      'template-trailing-punctuation warning 1:170-1:176 The body ends with {{1}} followed only by ".": Meta may treat it as ending with a variable; end with a few words instead. @/structured/content/0/text',
    ]);
  });

  it('only for responses that declare a category', () => {
    expect(run(B('Your order number is {{1}}.', { n: 1 }))).toEqual([]);
  });
});
