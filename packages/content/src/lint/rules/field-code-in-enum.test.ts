import { RuleTester } from '../index.js';
import { fieldCodeInEnum } from './field-code-in-enum.js';

new RuleTester().run(fieldCodeInEnum, {
  valid: [
    {
      name: 'plain enumerations and field codes elsewhere',
      code: '{"contentType":"text","text":"<$ Contact.FirstName $>","content":[{"type":"image","url":"https://x/a.png","mime":"image/png"}]}',
    },
  ],
  invalid: [
    {
      name: 'a field code in language',
      code: '{"contentType":"notification","content":[{"index":1,"type":"notification","id":"ns@x","language":"<$ Contact.Lang $>","text":"Hi."}]}',
      errors: [
        {
          messageId: 'notRendered',
          data: { key: 'language' },
          highlighted: '"<$ Contact.Lang $>"',
          severity: 'error',
          path: '/content/0/language',
        },
      ],
    },
    {
      name: 'a placeholder in mime',
      code: '{"contentType":"text","text":"Hi","content":[{"type":"image","url":"https://x/a.png","mime":"{{1}}"}]}',
      errors: [{ messageId: 'notRendered', data: { key: 'mime' }, highlighted: '"{{1}}"', severity: 'error', path: '/content/0/mime' }],
    },
  ],
});
