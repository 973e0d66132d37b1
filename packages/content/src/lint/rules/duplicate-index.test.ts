import { RuleTester } from '../index.js';
import { duplicateIndex } from './duplicate-index.js';

const N = (...items: string[]) => `{"contentType":"notification","content":[${items.join(',')}]}`;
const body = (text: string, params: Array<[string | number, string]> = []) =>
  `{"index":1,"type":"notification","id":"ns@x","language":"en_US","text":${JSON.stringify(text)}${
    params.length
      ? `,"parameters":[${params.map(([i, v], n) => `{"name":"p${n + 1}","index":${JSON.stringify(i)},"value":${JSON.stringify(v)}}`).join(',')}]`
      : ''
  }}`;

new RuleTester().run(duplicateIndex, {
  valid: [
    { name: 'distinct indexes in any order', code: N('{"index":3,"type":"quick-reply","text":"A"}', body('Hi.')) },
    {
      name: 'distinct parameter indexes',
      code: N(
        body('Hi {{1}} {{2}}.', [
          [1, 'x'],
          [2, 'y'],
        ]),
      ),
    },
  ],
  invalid: [
    {
      name: 'content items sharing an index (number or numeric string)',
      code: N(body('Hi.'), '{"index":1,"type":"quick-reply","text":"A"}', '{"index":"1","type":"quick-reply","text":"B"}'),
      errors: [
        { messageId: 'itemIndex', data: { index: 1, first: '/content/0' }, highlighted: '1', path: '/content/1/index' },
        { messageId: 'itemIndex', data: { index: 1, first: '/content/0' }, highlighted: '"1"', path: '/content/2/index' },
      ],
    },
    {
      name: 'parameters sharing an index',
      code: N(
        body('Hi {{1}}.', [
          ['1', 'x'],
          [1, 'y'],
        ]),
      ),
      errors: [
        { messageId: 'parameterIndex', data: { index: 1 }, highlighted: '1', severity: 'error', path: '/content/0/parameters/1/index' },
      ],
    },
  ],
});
