import { RuleTester } from '../index.js';
import { replyButtonUnique } from './reply-button-unique.js';

const RB = (...items: string[]) => `{"contentType":"reply-buttons","text":"Q?","content":[${items.join(',')}]}`;
const rb = (id: string, t: string) => `{"type":"reply-button","id":"${id}","text":"${t}"}`;

new RuleTester().run(replyButtonUnique, {
  valid: [{ name: 'distinct buttons', code: RB(rb('a', 'Yes'), rb('b', 'No')) }],
  invalid: [
    {
      name: 'repeated ids and titles (ignoring case and surrounding spaces)',
      code: RB(rb('a', 'Yes'), rb('a', 'yes '), rb('b', 'No')),
      errors: [
        { messageId: 'duplicateId', data: { value: 'a' }, highlighted: '"a"', severity: 'error', path: '/content/1/id' },
        { messageId: 'duplicateTitle', data: { value: 'yes' }, highlighted: '"yes "', severity: 'error', path: '/content/1/text' },
      ],
    },
    {
      name: 'quick replies too',
      code: '{"contentType":"quick-replies","text":"Q?","content":[{"id":1,"type":"quick-reply","action":"message","text":"Ok"},{"id":2,"type":"quick-reply","action":"message","text":"Ok"}]}',
      errors: [{ messageId: 'duplicateTitle', data: { value: 'Ok' }, highlighted: '"Ok"', severity: 'error', path: '/content/1/text' }],
    },
  ],
});
