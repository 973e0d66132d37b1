/**
 * Denial of service through text scans that used to be quadratic or worse: placeholder-like
 * spellings, spaces around a field code in a parameter value, the stylish formatter's message
 * cleanup, the WhatsApp preview's URL links and whole-number parsing. Each input is far past
 * the size that took seconds before; the results are asserted exactly.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog, builtinFunctions, completeAt, hoverAt, render, signatureAt } from '@fieldcode/language';
import { formatDiagnostic, lint } from '@fieldcode/content';
import { stylish } from '../../packages/cli/src/formatters/stylish.js';
import { parseInline } from '../../editor/src/preview/whatsapp-markup.js';
import { formatDiagnosticLine } from '../../packages/cli/src/text-position.js';
import { globMatcher, maxMatchedPathLength } from '../../packages/cli/src/glob.js';
import { finishes } from './finishes.js';

const notification = (...items: string[]) => `{"contentType":"notification","content":[${items.join(',')}]}`;
const body = (text: string) => `{"index":1,"type":"notification","id":"ns@x","language":"en_US","text":${JSON.stringify(text)}}`;
const header = (value: string) =>
  `{"index":1,"type":"text","text":"Hi {{1}}!","parameters":[{"name":"a","index":1,"value":${JSON.stringify(value)}}]}`;
const BODY2 = '{"index":2,"type":"notification","id":"ns@x","language":"en_US","text":"Hi."}';

function ruleFindings(text: string, rule: string): string[] {
  return finishes(() => lint(text, { filePath: 'hostile.json' }))
    .diagnostics.filter((d) => d.code === rule)
    .map(formatDiagnostic);
}

describe('placeholder-like spellings', () => {
  it('a run of braces and blanks with no digit, then a malformed placeholder', () => {
    const hostile = `${'{'.repeat(20_000)}${' \t'.repeat(20_000)}{(1)}`;
    const text = notification(body(hostile));
    const at = text.indexOf('{(1)}') + 1;
    expect(ruleFindings(text, 'placeholder-syntax')).toEqual([
      `placeholder-syntax error 1:${at}-1:${at + 5} Malformed placeholder '{(1)}': write '{{1}}'. @/content/0/text`,
    ]);
  });

  it('many candidates that fail at the closing brace', () => {
    const hostile = `${'{ ( 12 ) '.repeat(10_000)}{{1}}.`;
    const text = notification(body(hostile));
    const at = text.indexOf('{{1}}') + 1;
    expect(ruleFindings(text, 'placeholder-syntax')).toEqual([]);
    expect(ruleFindings(text, 'placeholder-parameter-mismatch')).toEqual([
      `placeholder-parameter-mismatch error 1:${at}-1:${at + 5} Placeholder {{1}} has no parameter with index 1. @/content/0/text`,
    ]);
  });
});

describe('spaces around a field code in a header parameter', () => {
  it('a long run of spaces that does not end the text', () => {
    // Parameter values are templates: under the 100,000-character template limit.
    const value = `${' '.repeat(90_000)}x <$ Contact.X $> ${'y'.repeat(10)}`;
    const text = notification(header(value), BODY2);
    const start = text.indexOf('"value":"') + 10;
    expect(ruleFindings(text, 'parameter-whitespace')).toEqual([
      `parameter-whitespace error 1:${start}-1:${start + 90_000} A header or button parameter value cannot contain 90000 consecutive spaces (at most 4). @/content/0/parameters/0/value`,
    ]);
  });

  it('still warns when an empty field code joins two short runs', () => {
    const value = `${' '.repeat(90_000)}a   <$ Contact.X $>  b`;
    const text = notification(header(value), BODY2);
    const start = text.indexOf('"value":"') + 10;
    const code = text.indexOf('<$') + 1;
    expect(ruleFindings(text, 'parameter-whitespace')).toEqual([
      `parameter-whitespace error 1:${start}-1:${start + 90_000} A header or button parameter value cannot contain 90000 consecutive spaces (at most 4). @/content/0/parameters/0/value`,
      `parameter-whitespace warning 1:${code}-1:${code + 15} If this field code renders empty, 5 consecutive spaces remain; a header or button parameter value cannot have more than 4. @/content/0/parameters/0/value`,
    ]);
  });
});

describe('stylish message cleanup', () => {
  it('keeps a long run of blanks and joins the line break after it', () => {
    const text = 'Hi';
    const message = `a${' '.repeat(200_000)}b \n  c`;
    const zero = { offset: 0, line: 1, column: 1 };
    const out = finishes(() =>
      stylish(
        {
          files: [
            {
              path: '/p/a.txt',
              displayPath: 'a.txt',
              text,
              diagnostics: [{ code: 'x', severity: 'warning', message, range: { start: zero, end: zero } }],
            },
          ],
          rules: [],
        } as unknown as Parameters<typeof stylish>[0],
        { color: false },
      ),
    );
    expect(out.split('\n')[1]).toBe(`  1:1  warning  a${' '.repeat(200_000)}b c  x`);
  });
});

describe('WhatsApp preview links', () => {
  it('a URL followed by a long run of punctuation and a letter', () => {
    const url = `http://a${'.'.repeat(100_000)}b`;
    expect(finishes(() => parseInline(`see ${url}`))).toEqual([
      { type: 'text', text: 'see ' },
      { type: 'link', href: url, text: url },
    ]);
  });

  it('trailing punctuation stays outside the link', () => {
    expect(finishes(() => parseInline(`see http://a.example${'.'.repeat(100_000)}`))).toEqual([
      { type: 'text', text: 'see ' },
      { type: 'link', href: 'http://a.example', text: 'http://a.example' },
      { type: 'text', text: '.'.repeat(100_000) },
    ]);
  });
});

describe('whole numbers', () => {
  it('80,000 digits and a letter are not a number, at every use', () => {
    const n = `${'1'.repeat(80_000)}x`;
    const template = '<$ Contact.N * 2 $>'.repeat(20);
    const result = finishes(() => render(template, { Contact: { N: n } }));
    expect(result.output).toBe('');
    expect(result.diagnostics.map((d) => d.code)).toEqual(Array(20).fill('type-mismatch'));
  });

  it('80,000 digits with a fraction and an exponent are a number', () => {
    const result = finishes(() => render('<$ Contact.N * 0 $>', { Contact: { N: `${'1'.repeat(300)}.5e-2` } }));
    expect(result).toEqual({ output: '0', diagnostics: [] });
  });
});

describe('the CLI one-line diagnostic and glob patterns', () => {
  it('joins a line break after a long run of blanks', () => {
    const zero = { offset: 0, line: 1, column: 1 };
    const message = `a${' '.repeat(200_000)}b \n  c`;
    expect(
      finishes(() => formatDiagnosticLine('a.txt', { code: 'x', severity: 'error', message, range: { start: zero, end: zero } })),
    ).toBe(`a.txt:1:1 error a${' '.repeat(200_000)}b c [x]`);
  });

  it('the costliest globs within the work limits finish on the longest matched path', () => {
    const path = `${'a/'.repeat(maxMatchedPathLength / 2 - 1)}ab`;
    expect(path.length).toBe(maxMatchedPathLength);
    expect(finishes(() => globMatcher('**/a*a*a*/**/a*a*a*/c', 'test')(path))).toBe(false);
    expect(finishes(() => globMatcher('*a*a*a/**/c', 'test')('a'.repeat(1023)))).toBe(false);
  });
});

describe('editor assists on a long field code', () => {
  const catalog = buildCatalog({ functions: builtinFunctions, sampleData: { Contact: { FirstName: 'John' } } });
  const names = 'A'.repeat(100_000);

  it('completion after a long name that is not followed by a dot', () => {
    const text = `<$ ${names}@`;
    expect(
      finishes(() => completeAt(text, text.length, catalog))
        .map((e) => e.label)
        .slice(0, 3),
    ).toEqual(['Contact', 'Agent', 'Interaction']);
  });

  it('completion of a property and of a word', () => {
    const text = `<$ ${' '.repeat(100_000)}Contact . Fir`;
    const entries = finishes(() => completeAt(text, text.length, catalog));
    expect(entries.find((e) => e.label === 'FirstName')).toMatchObject({
      kind: 'property',
      replaceStart: text.length - 3,
      replaceEnd: text.length,
    });
    const word = `<$ ${names}9 Le`;
    expect(finishes(() => completeAt(word, word.length, catalog))[0]).toMatchObject({ replaceStart: word.length - 2 });
  });

  it('signature help inside 50,000 nested parentheses', () => {
    const text = `<$ Left(${'('.repeat(50_000)}`;
    expect(finishes(() => signatureAt(text, text.length, catalog))).toMatchObject({ fn: { name: 'Left' }, activeParameter: 0 });
  });

  it('hover on a property after a long run of blanks', () => {
    const text = `<$ Contact${' '.repeat(100_000)}.FirstName $>`;
    expect(finishes(() => hoverAt(text, text.length - 5, catalog))).toMatchObject({
      kind: 'property',
      name: 'FirstName',
      object: 'Contact',
    });
  });
});
