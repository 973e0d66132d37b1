import { RuleTester } from '../index.js';
import { placeholderParameterMismatch } from './placeholder-parameter-mismatch.js';

const N = (...items: string[]) => `{"contentType":"notification","content":[${items.join(',')}]}`;
const body = (text: string, params: Array<[string | number, string]> = []) =>
  `{"index":1,"type":"notification","id":"ns@x","language":"en_US","text":${JSON.stringify(text)}${
    params.length
      ? `,"parameters":[${params.map(([i, v], n) => `{"name":"p${n + 1}","index":${JSON.stringify(i)},"value":${JSON.stringify(v)}}`).join(',')}]`
      : ''
  }}`;

const url = (u: string) => `{"index":2,"type":"url-button","text":"Go","url":"${u}","parameters":[{"name":"o","index":1,"value":"x"}]}`;

new RuleTester().run(placeholderParameterMismatch, {
  valid: [
    {
      name: 'variable placement is left to the template review rules (edge)',
      code: N(
        body('{{1}} is due {{2}}', [
          ['1', 'x'],
          ['2', 'y'],
        ]),
      ),
    },
    {
      name: 'variable placement is left to the template review rules (adjacent)',
      code: N(
        body('Pay {{1}} {{2}} now.', [
          ['1', 'x'],
          ['2', 'y'],
        ]),
      ),
    },
    { name: 'the URL variable at the end', code: N(body('Hi.'), url('https://x.io/{{1}}')) },
    {
      name: 'malformed placeholders count, so that one typo does not cascade',
      code: N(
        body('Hello {(1)}, bill {{2}}.', [
          ['1', 'x'],
          ['2', 'y'],
        ]),
      ),
    },
    {
      name: 'the seed body with its three parameters',
      code: N(
        body('Hello {{1}},\nYour bill of {{2}} is due on *{{3}}*.', [
          ['1', 'a'],
          ['2', 'b'],
          ['3', 'c'],
        ]),
      ),
    },
  ],
  invalid: [
    {
      name: 'a placeholder without parameter',
      code: N(body('Hi {{1}} and {{2}}.', [['1', 'x']])),
      errors: [
        {
          messageId: 'noParameter',
          data: { placeholder: '{{2}}', index: 2 },
          highlighted: '{{2}}',
          severity: 'error',
          path: '/content/0/text',
        },
      ],
    },
    {
      name: 'an unused parameter, at its index',
      code: N(
        body('Hi {{1}}.', [
          ['1', 'x'],
          ['2', 'y'],
        ]),
      ),
      errors: [
        {
          messageId: 'namedUnused',
          data: { name: 'p2', index: 2, placeholder: '{{2}}' },
          highlighted: '"2"',
          severity: 'error',
          path: '/content/0/parameters/1',
        },
      ],
    },
    {
      name: 'an unnamed unused parameter, and one without a numeric index',
      code: N(
        '{"index":1,"type":"notification","id":"ns@x","language":"en_US","text":"Hi {{1}}.","parameters":[{"index":1,"value":"x"},{"index":2,"value":"y"},{"name":"n","value":"z"}]}',
      ),
      errors: [
        {
          messageId: 'unused',
          data: { index: 2, placeholder: '{{2}}' },
          highlighted: '2',
          severity: 'error',
          path: '/content/0/parameters/1',
        },
        {
          messageId: 'namedNoIndex',
          data: { name: 'n' },
          highlighted: '{"name":"n","value":"z"}',
          severity: 'error',
          path: '/content/0/parameters/2',
        },
      ],
    },
    {
      name: 'out-of-sequence numbering',
      code: N(
        body('A {{1}} b {{3}} c {{2}}.', [
          ['1', 'x'],
          ['2', 'y'],
          ['3', 'z'],
        ]),
      ),
      errors: [
        {
          messageId: 'order',
          data: { found: '{{3}}', expected: '{{2}}' },
          highlighted: '{{3}}',
          severity: 'error',
          path: '/content/0/text',
        },
      ],
    },
    {
      name: 'the URL variable not at the end',
      code: N(body('Hi.'), url('https://x.io/{{1}}/a')),
      errors: [{ messageId: 'urlVariableNotAtEnd', highlighted: '{{1}}', severity: 'error', path: '/content/1/url' }],
    },
    {
      name: 'two URL variables',
      code: N(body('Hi.'), url('https://x.io/{{1}}/{{2}}')),
      errors: [
        {
          messageId: 'noParameter',
          data: { placeholder: '{{2}}', index: 2 },
          highlighted: '{{2}}',
          severity: 'error',
          path: '/content/1/url',
        },
        { messageId: 'urlVariables', highlighted: '{{2}}', severity: 'error', path: '/content/1/url' },
      ],
    },
  ],
});
