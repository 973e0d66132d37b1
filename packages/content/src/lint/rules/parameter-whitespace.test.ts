import { describe, expect, it } from 'vitest';
import { formatDiagnostic, lint } from '../index.js';
import type { LintOptions } from '../../types.js';

/** Diagnostics of one rule, formatted `code severity L:C-L:C message @path`. */
const run = (text: string, options: LintOptions = {}) =>
  lint(text, options)
    .diagnostics.filter((d) => d.code === RULE)
    .map(formatDiagnostic);
const RULE = 'parameter-whitespace';

const N = (...items: string[]) => `{"contentType":"notification","content":[${items.join(',')}]}`;
const body = (text: string, params: Array<[string | number, string]> = []) =>
  `{"index":1,"type":"notification","id":"ns@x","language":"en_US","text":${JSON.stringify(text)}${
    params.length
      ? `,"parameters":[${params.map(([i, v], n) => `{"name":"p${n + 1}","index":${JSON.stringify(i)},"value":${JSON.stringify(v)}}`).join(',')}]`
      : ''
  }}`;

const headerWith = (value: string) =>
  `{"index":1,"type":"text","text":"Hi {{1}}!","parameters":[{"name":"a","index":1,"value":${JSON.stringify(value)}}]}`;
const BODY2 = '{"index":2,"type":"notification","id":"ns@x","language":"en_US","text":"Hi."}';

describe('parameter-whitespace', () => {
  it('reports tabs, line breaks and runs of more than 4 spaces in header parameters (also in string literals)', () => {
    expect(run(N(headerWith("a\tb\nc      d <$ 'x\ty' $>"), BODY2))).toEqual([
      'parameter-whitespace error 1:132-1:134 A header or button parameter value cannot contain a tab. @/content/0/parameters/0/value',
      'parameter-whitespace error 1:135-1:137 A header or button parameter value cannot contain a line break. @/content/0/parameters/0/value',
      'parameter-whitespace error 1:138-1:144 A header or button parameter value cannot contain 6 consecutive spaces (at most 4). @/content/0/parameters/0/value',
      'parameter-whitespace error 1:149-1:155 A header or button parameter value cannot contain a tab; this string literal has one. @/content/0/parameters/0/value',
    ]);
  });

  it('warns when an empty field code would join spaces into a run of more than 4', () => {
    expect(run(N(headerWith('a   <$ Contact.X $>  b'), BODY2))).toEqual([
      'parameter-whitespace warning 1:135-1:150 If this field code renders empty, 5 consecutive spaces remain; a header or button parameter value cannot have more than 4. @/content/0/parameters/0/value',
    ]);
    expect(run(N(headerWith('a  <$ Contact.X $>  b'), BODY2))).toEqual([]);
  });

  it('checks URL button parameters but not body parameters', () => {
    const url =
      '{"index":2,"type":"url-button","text":"Go","url":"https://x.io/{{1}}","parameters":[{"name":"o","index":1,"value":"a\\tb"}]}';
    expect(run(N(body('Hi.'), url))).toEqual([
      'parameter-whitespace error 1:236-1:238 A header or button parameter value cannot contain a tab. @/content/1/parameters/0/value',
    ]);
    expect(run(N(body('Hi {{1}}.', [['1', 'a\n\tb']])))).toEqual([]);
  });
});
