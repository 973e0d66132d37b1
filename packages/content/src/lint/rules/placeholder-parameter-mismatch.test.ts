import { describe, expect, it } from 'vitest';
import { formatDiagnostic, lint } from '../index.js';
import type { LintOptions } from '../../types.js';

/** Diagnostics of one rule, formatted `code severity L:C-L:C message @path`. */
const run = (text: string, options: LintOptions = {}) =>
  lint(text, options)
    .diagnostics.filter((d) => d.code === RULE)
    .map(formatDiagnostic);
const RULE = 'placeholder-parameter-mismatch';

const N = (...items: string[]) => `{"contentType":"notification","content":[${items.join(',')}]}`;
const body = (text: string, params: Array<[string | number, string]> = []) =>
  `{"index":1,"type":"notification","id":"ns@x","language":"en_US","text":${JSON.stringify(text)}${
    params.length
      ? `,"parameters":[${params.map(([i, v], n) => `{"name":"p${n + 1}","index":${JSON.stringify(i)},"value":${JSON.stringify(v)}}`).join(',')}]`
      : ''
  }}`;

describe('placeholder-parameter-mismatch', () => {
  it('reports a placeholder without parameter', () => {
    expect(run(N(body('Hi {{1}} and {{2}}.', [['1', 'x']])))).toEqual([
      'placeholder-parameter-mismatch error 1:127-1:132 Placeholder {{2}} has no parameter with index 2. @/content/0/text',
    ]);
  });

  it('reports an unused parameter at its index', () => {
    expect(
      run(
        N(
          body('Hi {{1}}.', [
            ['1', 'x'],
            ['2', 'y'],
          ]),
        ),
      ),
    ).toEqual([
      "placeholder-parameter-mismatch error 1:198-1:201 Parameter 'p2' (index 2) is not used: the text has no {{2}}. @/content/0/parameters/1",
    ]);
  });

  it('reports out-of-sequence numbering', () => {
    expect(
      run(
        N(
          body('A {{1}} b {{3}} c {{2}}.', [
            ['1', 'x'],
            ['2', 'y'],
            ['3', 'z'],
          ]),
        ),
      ),
    ).toEqual([
      'placeholder-parameter-mismatch error 1:124-1:129 Placeholders must be numbered 1, 2, 3… in order of appearance: found {{3}} where {{2}} was expected. @/content/0/text',
    ]);
  });

  it('leaves variable placement to the template review rules', () => {
    expect(
      run(
        N(
          body('{{1}} is due {{2}}', [
            ['1', 'x'],
            ['2', 'y'],
          ]),
        ),
      ),
    ).toEqual([]);
    expect(
      run(
        N(
          body('Pay {{1}} {{2}} now.', [
            ['1', 'x'],
            ['2', 'y'],
          ]),
        ),
      ),
    ).toEqual([]);
  });

  it('requires the URL variable at the end', () => {
    const url = (u: string) => `{"index":2,"type":"url-button","text":"Go","url":"${u}","parameters":[{"name":"o","index":1,"value":"x"}]}`;
    expect(run(N(body('Hi.'), url('https://x.io/{{1}}/a')))).toEqual([
      'placeholder-parameter-mismatch error 1:183-1:188 The variable of a button URL must be at the end of the URL. @/content/1/url',
    ]);
    expect(run(N(body('Hi.'), url('https://x.io/{{1}}')))).toEqual([]);
  });

  it('counts malformed placeholders so that one typo does not cascade', () => {
    expect(
      run(
        N(
          body('Hello {(1)}, bill {{2}}.', [
            ['1', 'x'],
            ['2', 'y'],
          ]),
        ),
      ),
    ).toEqual([]);
  });

  it('accepts the seed body with its three parameters', () => {
    expect(
      run(
        N(
          body('Hello {{1}},\nYour bill of {{2}} is due on *{{3}}*.', [
            ['1', 'a'],
            ['2', 'b'],
            ['3', 'c'],
          ]),
        ),
      ),
    ).toEqual([]);
  });

  describe('named parameters ("parameterFormat": "named")', () => {
    const named = (text: string, params: Array<[number, string | null]>, extra = '') =>
      `{"parameterFormat":"named","structured":${N(
        `{"index":1,"type":"notification","id":"ns@x","language":"en_US","text":${JSON.stringify(text)},"parameters":[${params
          .map(([i, name]) => `{${name === null ? '' : `"name":"${name}",`}"index":${i},"value":"v"}`)
          .join(',')}]}`,
        ...(extra ? [extra] : []),
      )}}`;

    it('matches placeholders to parameters by name, in any order', () => {
      expect(
        run(
          named('Hi {{first_name}}, order {{order_id}}.', [
            [1, 'order_id'],
            [2, 'first_name'],
          ]),
        ),
      ).toEqual([]);
    });

    it('reports a placeholder without a parameter of its name, an unused parameter and a parameter without name', () => {
      const text = named('Hi {{first_name}}, {{nick}}.', [
        [1, 'first_name'],
        [2, 'unused'],
        [3, null],
      ]);
      expect(run(text)).toEqual([
        "placeholder-parameter-mismatch error 1:173-1:181 Placeholder {{nick}} has no parameter named 'nick'. @/structured/content/0/text",
        "placeholder-parameter-mismatch error 1:250-1:258 Parameter 'unused' is not used: the text has no {{unused}}. @/structured/content/0/parameters/1",
        'placeholder-parameter-mismatch error 1:282-1:305 Parameter has no name: with named parameters, each parameter fills the placeholder {{name}} of its name. @/structured/content/0/parameters/2',
      ]);
    });

    it('keeps a URL button positional: its suffix is {{1}} with a parameter of index 1', () => {
      const button =
        '{"index":2,"type":"url-button","text":"Go","url":"https://e.com/{{1}}","parameters":[{"name":"Order","index":1,"value":"v"}]}';
      expect(run(named('Hi {{first_name}}.', [[1, 'first_name']], button))).toEqual([]);
    });
  });
});
