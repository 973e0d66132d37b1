import { RuleTester } from '../index.js';
import { buttonLabelLength } from './button-label-length.js';

const B = '{"index":1,"type":"notification","id":"ns@x","language":"en_US","text":"Hi."}';
const N = (...items: string[]) => `{"contentType":"notification","content":[${[B, ...items].join(',')}]}`;
const qr = (i: number, t: string) => `{"index":${i},"type":"quick-reply","text":"${t}"}`;

new RuleTester().run(buttonLabelLength, {
  valid: [
    { name: 'emoji count as one character (code points)', code: N(qr(2, '😀'.repeat(20))) },
    { name: '25 characters on whatsapp-cloud', code: N(qr(2, 'y'.repeat(25))), options: { profile: 'whatsapp-cloud' } },
  ],
  invalid: [
    {
      name: 'a call-to-action URL button label over 20 characters (Meta: display_text up to 20), a field code counted at its minimum',
      code: '{"contentType":"cta-url","text":"Hi","content":[{"type":"url-button","text":"See all our dates for <$ Contact.FirstName $>","url":"https://example.com/<$ Contact.Id $>"}]}',
      options: { profile: 'whatsapp-cloud' },
      errors: [
        {
          messageId: 'tooLongAtLeast',
          data: { what: 'The call-to-action button label', unit: 'characters', limit: 20, profile: 'whatsapp-cloud', length: 22 },
          highlighted: 'See all our dates for <$ Contact.FirstName $>',
          severity: 'error',
          path: '/content/0/text',
        },
      ],
    },
    {
      name: 'a copy-code button code over 15 characters on whatsapp-cloud (Meta: coupon codes up to 15)',
      code: N('{"index":2,"type":"copy-code-button","code":"SUMMER2026SAVE20"}'),
      options: { profile: 'whatsapp-cloud' },
      errors: [
        {
          messageId: 'tooLong',
          data: { what: 'The copy-code button code', unit: 'characters', limit: 15, profile: 'whatsapp-cloud', length: 16 },
          highlighted: 'SUMMER2026SAVE20',
          severity: 'error',
          path: '/content/1/code',
        },
      ],
    },
    {
      name: 'template button labels: 20 on whatsapp',
      code: N(qr(2, 'x'.repeat(21)), qr(3, 'y'.repeat(20))),
      errors: [
        {
          messageId: 'tooLong',
          data: { what: 'The button label', unit: 'characters', limit: 20, profile: 'whatsapp', length: 21 },
          highlighted: 'x'.repeat(21),
          severity: 'error',
          path: '/content/1/text',
        },
      ],
    },
    {
      name: 'template button labels: 25 on whatsapp-cloud',
      code: N(qr(2, 'x'.repeat(26)), qr(3, 'y'.repeat(25))),
      options: { profile: 'whatsapp-cloud' },
      errors: [
        {
          messageId: 'tooLong',
          data: { what: 'The button label', unit: 'characters', limit: 25, profile: 'whatsapp-cloud', length: 26 },
          highlighted: 'x'.repeat(26),
          severity: 'error',
          path: '/content/1/text',
        },
      ],
    },
    {
      name: 'button URLs (2000) and phone numbers (20)',
      code: N(
        `{"index":2,"type":"url-button","text":"Go","url":"https://x.io/${'u'.repeat(1990)}"}`,
        '{"index":3,"type":"phone-button","text":"Call","phone":"+1631555100212345678901"}',
      ),
      errors: [
        {
          messageId: 'tooLong',
          data: { what: 'The button URL', unit: 'characters', limit: 2000, profile: 'whatsapp', length: 2003 },
          highlighted: 'https://x.io/' + 'u'.repeat(1990),
          severity: 'error',
          path: '/content/1/url',
        },
        {
          messageId: 'tooLong',
          data: { what: 'The button phone number', unit: 'characters', limit: 20, profile: 'whatsapp', length: 23 },
          highlighted: '+1631555100212345678901',
          severity: 'error',
          path: '/content/2/phone',
        },
      ],
    },
    {
      name: 'reply-button titles: 20',
      code: `{"contentType":"reply-buttons","text":"Q?","content":[{"type":"reply-button","id":"a","text":"${'x'.repeat(21)}"},{"type":"reply-button","id":"b","text":"B"}]}`,
      errors: [
        {
          messageId: 'tooLong',
          data: { what: 'The reply-button title', unit: 'characters', limit: 20, profile: 'whatsapp', length: 21 },
          highlighted: 'x'.repeat(21),
          severity: 'error',
          path: '/content/0/text',
        },
      ],
    },
    {
      name: 'reply-button ids: 256',
      code: `{"contentType":"reply-buttons","text":"Q?","content":[{"type":"reply-button","id":"${'i'.repeat(257)}","text":"A"}]}`,
      errors: [
        {
          messageId: 'tooLong',
          data: { what: 'The reply-button id', unit: 'characters', limit: 256, profile: 'whatsapp', length: 257 },
          highlighted: 'i'.repeat(257),
          severity: 'error',
          path: '/content/0/id',
        },
      ],
    },
    {
      name: 'Apple quick-reply titles: 200 (interactive strings)',
      code: `{"contentType":"quick-replies","text":"Q?","content":[{"id":1,"type":"quick-reply","action":"message","text":"${'q'.repeat(201)}"},{"id":2,"type":"quick-reply","action":"message","text":"No"}]}`,
      options: { profile: 'apple-messages' },
      errors: [
        {
          messageId: 'tooLong',
          data: { what: 'The quick-reply title', unit: 'characters', limit: 200, profile: 'apple-messages', length: 201 },
          highlighted: 'q'.repeat(201),
          severity: 'error',
          path: '/content/0/text',
        },
      ],
    },
  ],
});
