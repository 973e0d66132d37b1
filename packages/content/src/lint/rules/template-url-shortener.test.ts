import { describe, expect, it } from 'vitest';
import { formatDiagnostic, lint } from '../index.js';

const RULE = 'template-url-shortener';
const run = (text: string) =>
  lint(text, { filePath: 'r.json' })
    .diagnostics.filter((d) => d.code === RULE)
    .map(formatDiagnostic);
/** A notification body with n parameters `<$ Contact.Fi $>`, and envelope options. */
const B = (text: string, opts: { category?: string; n?: number; extra?: string; examples?: string; sample?: string } = {}) =>
  `{${opts.category ? `"category":"${opts.category}",` : ''}${opts.examples ? `"examples":${opts.examples},` : ''}"structured":{"contentType":"notification","content":[{"index":1,"type":"notification","id":"ns@t","language":"en_US","text":${JSON.stringify(text)},"parameters":[${Array.from({ length: opts.n ?? 0 }, (_, i) => `{"index":${i + 1},"value":"<$ Contact.F${i + 1} $>"}`).join(',')}]}${opts.extra ?? ''}]}${opts.sample ? `,"sampleData":${opts.sample}` : ''}}`;

describe(RULE, () => {
  it('a bit.ly URL button', () => {
    expect(
      run(
        B('Your order is ready.', {
          extra: ',{"index":2,"type":"url-button","text":"Track","url":"https://bit.ly/{{1}}","parameters":[{"index":1,"value":"x"}]}',
        }),
      ),
    ).toEqual([
      'template-url-shortener warning 1:228-1:234 bit.ly is a URL shortener: use the full link of your own domain (Meta may reject templates whose links hide their destination). @/structured/content/1/url',
    ]);
  });

  it('a URL of the business', () => {
    expect(
      run(
        B('Your order is ready.', {
          extra:
            ',{"index":2,"type":"url-button","text":"Track","url":"https://shop.example.com/t/{{1}}","parameters":[{"index":1,"value":"x"}]}',
        }),
      ),
    ).toEqual([]);
  });
});
