import { describe, expect, it } from 'vitest';
import { formatDiagnostic, lint } from '../index.js';

const RULE = 'template-adjacent-variables';
const run = (text: string) =>
  lint(text, { filePath: 'r.json' })
    .diagnostics.filter((d) => d.code === RULE)
    .map(formatDiagnostic);
/** A notification body with n parameters `<$ Contact.Fi $>`, and envelope options. */
const B = (text: string, opts: { category?: string; n?: number; extra?: string; examples?: string; sample?: string } = {}) =>
  `{${opts.category ? `"category":"${opts.category}",` : ''}${opts.examples ? `"examples":${opts.examples},` : ''}"structured":{"contentType":"notification","content":[{"index":1,"type":"notification","id":"ns@t","language":"en_US","text":${JSON.stringify(text)},"parameters":[${Array.from({ length: opts.n ?? 0 }, (_, i) => `{"index":${i + 1},"value":"<$ Contact.F${i + 1} $>"}`).join(',')}]}${opts.extra ?? ''}]}${opts.sample ? `,"sampleData":${opts.sample}` : ''}}`;

describe(RULE, () => {
  it('two variables with only a space between them', () => {
    expect(run(B('Pay {{1}} {{2}} now.', { n: 2 }))).toEqual([
      'template-adjacent-variables warning 1:132-1:143 Adjacent variables {{1}} and {{2}}: put text between them (Meta may reject the template). @/structured/content/0/text',
    ]);
  });

  it('a word between variables', () => {
    expect(run(B('Pay {{1}} by {{2}} now.', { n: 2 }))).toEqual([]);
  });
});
