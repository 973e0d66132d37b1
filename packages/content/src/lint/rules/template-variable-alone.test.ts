import { describe, expect, it } from 'vitest';
import { formatDiagnostic, lint } from '../index.js';

const RULE = 'template-variable-alone';
const run = (text: string) =>
  lint(text, { filePath: 'r.json' })
    .diagnostics.filter((d) => d.code === RULE)
    .map(formatDiagnostic);
/** A notification body with n parameters `<$ Contact.Fi $>`, and envelope options. */
const B = (text: string, opts: { category?: string; n?: number; extra?: string; examples?: string; sample?: string } = {}) =>
  `{${opts.category ? `"category":"${opts.category}",` : ''}${opts.examples ? `"examples":${opts.examples},` : ''}"structured":{"contentType":"notification","content":[{"index":1,"type":"notification","id":"ns@t","language":"en_US","text":${JSON.stringify(text)},"parameters":[${Array.from({ length: opts.n ?? 0 }, (_, i) => `{"index":${i + 1},"value":"<$ Contact.F${i + 1} $>"}`).join(',')}]}${opts.extra ?? ''}]}${opts.sample ? `,"sampleData":${opts.sample}` : ''}}`;

describe(RULE, () => {
  it('a line made only of a variable', () => {
    expect(run(B('Your order is ready.\n{{1}}\nThank you for shopping with us.', { n: 1 }))).toEqual([
      'template-variable-alone warning 1:150-1:155 Variable {{1}} makes a line or sentence on its own: surround it with text that says what it holds (Meta may reject the template). @/structured/content/0/text',
    ]);
  });

  it('a sentence made only of a variable', () => {
    expect(run(B('Your order is ready. {{1}}. Thank you for shopping with us.', { n: 1 }))).toEqual([
      'template-variable-alone warning 1:149-1:154 Variable {{1}} makes a line or sentence on its own: surround it with text that says what it holds (Meta may reject the template). @/structured/content/0/text',
    ]);
  });

  it('a variable inside a sentence', () => {
    expect(run(B('Hello {{1}}, your order is ready.', { n: 1 }))).toEqual([]);
  });
});
