import { describe, expect, it } from 'vitest';
import { formatDiagnostic, lint } from '../index.js';

const RULE = 'template-variable-edge';
const run = (text: string) =>
  lint(text, { filePath: 'r.json' })
    .diagnostics.filter((d) => d.code === RULE)
    .map(formatDiagnostic);
/** A notification body with n parameters `<$ Contact.Fi $>`, and envelope options. */
const B = (text: string, opts: { category?: string; n?: number; extra?: string; examples?: string; sample?: string } = {}) =>
  `{${opts.category ? `"category":"${opts.category}",` : ''}${opts.examples ? `"examples":${opts.examples},` : ''}"structured":{"contentType":"notification","content":[{"index":1,"type":"notification","id":"ns@t","language":"en_US","text":${JSON.stringify(text)},"parameters":[${Array.from({ length: opts.n ?? 0 }, (_, i) => `{"index":${i + 1},"value":"<$ Contact.F${i + 1} $>"}`).join(',')}]}${opts.extra ?? ''}]}${opts.sample ? `,"sampleData":${opts.sample}` : ''}}`;

describe(RULE, () => {
  it('a body starting and ending with a variable', () => {
    expect(run(B('{{1}} is due {{2}}', { n: 2 }))).toEqual([
      'template-variable-edge error 1:128-1:133 The body must not start with a variable (Meta rejects such templates); put text before it. @/structured/content/0/text',
      'template-variable-edge error 1:141-1:146 The body must not end with a variable (Meta rejects such templates); add text after it. @/structured/content/0/text',
    ]);
  });

  it('text around the variables', () => {
    expect(run(B('Hello {{1}}, your bill is due {{2}} at noon.', { n: 2 }))).toEqual([]);
  });
});
