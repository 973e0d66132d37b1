import { describe, expect, it } from 'vitest';
import { formatDiagnostic, lint } from '../index.js';

const RULE = 'template-line-breaks';
const run = (text: string) =>
  lint(text, { filePath: 'r.json' })
    .diagnostics.filter((d) => d.code === RULE)
    .map(formatDiagnostic);
/** A notification body with n parameters `<$ Contact.Fi $>`, and envelope options. */
const B = (text: string, opts: { category?: string; n?: number; extra?: string; examples?: string; sample?: string } = {}) =>
  `{${opts.category ? `"category":"${opts.category}",` : ''}${opts.examples ? `"examples":${opts.examples},` : ''}"structured":{"contentType":"notification","content":[{"index":1,"type":"notification","id":"ns@t","language":"en_US","text":${JSON.stringify(text)},"parameters":[${Array.from({ length: opts.n ?? 0 }, (_, i) => `{"index":${i + 1},"value":"<$ Contact.F${i + 1} $>"}`).join(',')}]}${opts.extra ?? ''}]}${opts.sample ? `,"sampleData":${opts.sample}` : ''}}`;

describe(RULE, () => {
  it('three line breaks in a row, not two', () => {
    expect(run(B('Hello,\n\n\nyour order is ready.\n\nThanks.'))).toEqual([
      'template-line-breaks warning 1:134-1:140 3 consecutive line breaks in the body; keep at most 2 (Meta may reject the template). @/structured/content/0/text',
    ]);
  });
});
