import { RuleTester } from '../index.js';
import { parameterWhitespace } from './parameter-whitespace.js';

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
const URL_BUTTON =
  '{"index":2,"type":"url-button","text":"Go","url":"https://x.io/{{1}}","parameters":[{"name":"o","index":1,"value":"a\\tb"}]}';

new RuleTester().run(parameterWhitespace, {
  valid: [
    { name: 'an empty field code joining spaces into a run of 4', code: N(headerWith('a  <$ Contact.X $>  b'), BODY2) },
    { name: 'body parameters may hold line breaks and tabs', code: N(body('Hi {{1}}.', [['1', 'a\n\tb']])) },
  ],
  invalid: [
    {
      name: 'tabs, line breaks and runs of more than 4 spaces in header parameters (also in string literals)',
      code: N(headerWith("a\tb\nc      d <$ 'x\ty' $>"), BODY2),
      errors: [
        { messageId: 'tab', highlighted: '\\t', severity: 'error', path: '/content/0/parameters/0/value' },
        { messageId: 'lineBreak', highlighted: '\\n', severity: 'error', path: '/content/0/parameters/0/value' },
        {
          messageId: 'spaces',
          data: { count: 6, max: 4 },
          highlighted: '      ',
          severity: 'error',
          path: '/content/0/parameters/0/value',
        },
        { messageId: 'literalTab', highlighted: "'x\\ty'", severity: 'error', path: '/content/0/parameters/0/value' },
      ],
    },
    {
      name: 'string literals with a line break or spaces',
      code: N(headerWith("<$ 'x\ny' $> <$ 'a      b' $>"), BODY2),
      errors: [
        { messageId: 'literalLineBreak', highlighted: "'x\\ny'", severity: 'error', path: '/content/0/parameters/0/value' },
        {
          messageId: 'literalSpaces',
          data: { count: 6, max: 4 },
          highlighted: "'a      b'",
          severity: 'error',
          path: '/content/0/parameters/0/value',
        },
      ],
    },
    {
      name: 'an empty field code would join spaces into a run of more than 4',
      code: N(headerWith('a   <$ Contact.X $>  b'), BODY2),
      errors: [
        {
          messageId: 'spacesIfEmpty',
          data: { count: 5, max: 4 },
          highlighted: '<$ Contact.X $>',
          severity: 'warning',
          path: '/content/0/parameters/0/value',
        },
      ],
    },
    {
      name: 'URL button parameters',
      code: N(body('Hi.'), URL_BUTTON),
      errors: [{ messageId: 'tab', highlighted: '\\t', severity: 'error', path: '/content/1/parameters/0/value' }],
    },
  ],
});
