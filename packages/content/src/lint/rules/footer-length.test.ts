import { RuleTester } from '../index.js';
import { footerLength } from './footer-length.js';

const BODY = '{"index":2,"type":"notification","id":"ns@x","language":"en_US","text":"Hi."}';

new RuleTester().run(footerLength, {
  valid: [
    {
      name: 'a footer of 60 characters; a text header before the body is no footer',
      code: `{"contentType":"notification","content":[{"index":1,"type":"text","text":"${'h'.repeat(61)}"},${BODY},{"index":3,"type":"text","text":"${'f'.repeat(60)}"}]}`,
    },
  ],
  invalid: [
    {
      name: 'a notification footer (text item after the body) over 60 characters',
      code: `{"contentType":"notification","content":[${BODY},{"index":3,"type":"text","text":"${'f'.repeat(61)}"}]}`,
      errors: [
        {
          messageId: 'tooLong',
          data: { what: 'The footer', unit: 'characters', limit: 60, profile: 'whatsapp', length: 61 },
          highlighted: 'f'.repeat(61),
          severity: 'error',
          path: '/content/1/text',
        },
      ],
    },
    {
      name: 'an interactive footer',
      code: `{"contentType":"reply-buttons","text":"Q?","footer":"${'f'.repeat(61)}","content":[{"type":"reply-button","id":"a","text":"A"}]}`,
      errors: [
        {
          messageId: 'tooLong',
          data: { what: 'The footer', unit: 'characters', limit: 60, profile: 'whatsapp', length: 61 },
          highlighted: 'f'.repeat(61),
          severity: 'error',
          path: '/footer',
        },
      ],
    },
  ],
});
