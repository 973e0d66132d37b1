import { describe, expect, it } from 'vitest';
import { applyFixes, lint, RuleTester } from '../index.js';
import { placeholderSyntax } from './placeholder-syntax.js';

const body = (text: string, params: Array<[number, string]> = []) =>
  `{"index":1,"type":"notification","id":"ns@x","language":"en_US","text":${JSON.stringify(text)}${
    params.length ? `,"parameters":[${params.map(([i, name]) => `{"name":"${name}","index":${i},"value":"x"}`).join(',')}]` : ''
  }}`;
const N = (...items: string[]) => `{"contentType":"notification","content":[${items.join(',')}]}`;
/** An envelope declaring named parameters. */
const named = (...items: string[]) => `{"parameterFormat":"named","structured":${N(...items)}}`;
const urlButton = (url: string) => `{"index":2,"type":"url-button","text":"Open","url":${JSON.stringify(url)}}`;

new RuleTester().run(placeholderSyntax, {
  valid: [
    { name: 'canonical positional placeholders', code: N(body('Hi {{1}}.', [[1, 'p1']])) },
    { name: 'content other than a notification', code: '{"contentType":"text","text":"{1}","content":[]}' },
    { name: 'a name between single braces is text', code: N(body('Use {name} here {{1}}.', [[1, 'p1']])) },
    {
      name: 'named placeholders when the envelope declares them; a URL suffix stays {{1}}',
      code: named(
        body('Hi {{first_name}}, order {{order_id}}.', [
          [1, 'first_name'],
          [2, 'order_id'],
        ]),
        urlButton('https://e.com/{{1}}'),
      ),
    },
  ],
  invalid: [
    {
      name: 'each malformed positional spelling, fixed to {{n}}',
      code: N(
        body('Hello {(1)}, then {1} and {{ 2}}, {{3} or {{{4}}} ok.', [
          [1, 'a'],
          [2, 'b'],
          [3, 'c'],
          [4, 'd'],
        ]),
      ),
      errors: [
        { messageId: 'malformed', data: { written: '{(1)}', canonical: '{{1}}' }, highlighted: '{(1)}', path: '/content/0/text' },
        { messageId: 'malformed', highlighted: '{1}' },
        { messageId: 'malformed', highlighted: '{{ 2}}' },
        { messageId: 'malformed', highlighted: '{{3}' },
        { messageId: 'malformed', highlighted: '{{{4}}}' },
      ],
      output: N(
        body('Hello {{1}}, then {{1}} and {{2}}, {{3}} or {{4}} ok.', [
          [1, 'a'],
          [2, 'b'],
          [3, 'c'],
          [4, 'd'],
        ]),
      ),
    },
    {
      name: 'a named placeholder in a positional response (no fix: the number is unknown)',
      code: N(body('Hi {{first_name}}.')),
      errors: [{ messageId: 'namedInPositional', highlighted: '{{first_name}}', severity: 'error' }],
    },
    {
      name: 'mixing: a positional placeholder in a response with named parameters',
      code: named(body('Hi {{first_name}}, order {{2}}.', [[1, 'first_name']])),
      errors: [
        {
          messageId: 'positionalInNamed',
          data: { written: '{{2}}', positional: '{{1}}, {{2}}…', named: '{{a_name}}' },
          highlighted: '{{2}}',
        },
      ],
    },
    {
      name: 'a named variable in a URL button',
      code: named(body('Hi {{first_name}}.', [[1, 'first_name']]), urlButton('https://e.com/{{order}}')),
      errors: [{ messageId: 'namedInUrl', highlighted: '{{order}}', path: '/structured/content/1/url' }],
    },
    {
      name: 'a named spelling with blanks, and an upper-case name (fixed to lower case)',
      code: named(
        body('Hi {{ first_name }} and {{Last}}.', [
          [1, 'first_name'],
          [2, 'last'],
        ]),
      ),
      errors: [
        { messageId: 'malformed', data: { written: '{{ first_name }}', canonical: '{{first_name}}' }, highlighted: '{{ first_name }}' },
        { messageId: 'badName', data: { name: 'Last' }, highlighted: '{{Last}}' },
      ],
      output: named(
        body('Hi {{first_name}} and {{last}}.', [
          [1, 'first_name'],
          [2, 'last'],
        ]),
      ),
    },
  ],
});

describe('placeholder-syntax', () => {
  it('words the format messages with literal braces', () => {
    expect(
      lint(N(body('Hi {{first_name}}.')))
        .diagnostics.filter((d) => d.code === 'placeholder-syntax')
        .map((d) => d.message),
    ).toEqual([
      'Named placeholder \'{{first_name}}\': this response\'s parameters are positional; write {{1}}, {{2}}… with a parameter of that index, or declare "parameterFormat": "named".',
    ]);
    expect(
      lint(named(body('Hi {{first_name}} {{2}}.', [[1, 'first_name']])))
        .diagnostics.filter((d) => d.code === 'placeholder-syntax')
        .map((d) => d.message),
    ).toEqual([
      "Positional placeholder '{{2}}' in a response with named parameters: write {{a_name}} with a parameter of that name (Meta rejects a template that mixes both formats).",
    ]);
  });

  it('positions through JSON escapes before the placeholder', () => {
    const text = N(body('Line\n"q" {(1)}.', [[1, 'a']]));
    const [diagnostic] = lint(text).diagnostics.filter((d) => d.code === 'placeholder-syntax');
    expect(text.slice(diagnostic!.range.start.offset, diagnostic!.range.end.offset)).toBe('{(1)}');
    expect(JSON.parse(applyFixes(text, [diagnostic!]).text).content[0].text).toBe('Line\n"q" {{1}}.');
  });
});
