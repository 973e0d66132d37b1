import { RuleTester } from '../index.js';
import { carouselCards } from './carousel-cards.js';

const IMAGE = '"image":{"url":"https://x/a.png","mime":"image/png"}';
const VIDEO = '"video":{"url":"https://x/a.mp4","mime":"video/mp4"}';
const card = (title: string, subtitle?: string, media = IMAGE, buttons = '[{"type":"quick-reply","text":"a"}]') =>
  `{"type":"card","title":"${title}"${subtitle === undefined ? '' : `,"subtitle":"${subtitle}"`},${media},"buttons":${buttons}}`;
const G = (...cards: string[]) => `{"contentType":"generic","text":"Offers","content":[${cards.join(',')}]}`;
const MIXED = '[{"type":"quick-reply","text":"a"},{"type":"url-button","text":"b","url":"https://x"}]';
const ONE_URL = '[{"type":"url-button","text":"b","url":"https://x"}]';
const TWO_REPLIES = '[{"type":"quick-reply","text":"a"},{"type":"quick-reply","text":"b"}]';

new RuleTester().run(carouselCards, {
  valid: [
    { name: 'two cards', code: G(card('A'), card('B')) },
    { name: 'a card body of 160 (title + line break + subtitle)', code: G(card('T'.repeat(100), 's'.repeat(59)), card('B')) },
    { name: 'one URL button per card', code: G(card('A', undefined, IMAGE, ONE_URL), card('B', undefined, IMAGE, ONE_URL)) },
    { name: 'quick replies only', code: G(card('A', undefined, IMAGE, TWO_REPLIES), card('B', undefined, IMAGE, TWO_REPLIES)) },
    {
      name: 'mixed buttons outside WhatsApp profiles',
      code: G(card('A', undefined, IMAGE, MIXED), card('B', undefined, IMAGE, MIXED)),
      options: { profile: 'apple-messages' },
    },
    { name: '2 line breaks in a card body', code: G(card('A', 'one\\ntwo'), card('B')) },
  ],
  invalid: [
    {
      name: 'one card',
      code: G(card('A')),
      errors: [
        {
          messageId: 'tooFewCards',
          data: { cards: '1 card', min: 2, profile: 'whatsapp' },
          highlighted:
            '[{"type":"card","title":"A","image":{"url":"https://x/a.png","mime":"image/png"},"buttons":[{"type":"quick-reply","text":"a"}]}]',
          severity: 'error',
          path: '/content',
        },
      ],
    },
    {
      name: 'eleven cards, on the eleventh',
      code: G(...Array.from({ length: 11 }, (_, i) => card(String(i)))),
      errors: [
        {
          messageId: 'tooManyCards',
          data: { count: 11, max: 10, profile: 'whatsapp' },
          highlighted:
            '{"type":"card","title":"10","image":{"url":"https://x/a.png","mime":"image/png"},"buttons":[{"type":"quick-reply","text":"a"}]}',
          severity: 'error',
          path: '/content/10',
        },
      ],
    },
    {
      name: 'a card body over 160 (title + line break + subtitle)',
      code: G(card('T'.repeat(100), 's'.repeat(60)), card('B')),
      errors: [
        {
          messageId: 'tooLong',
          data: { what: 'The card body (title and subtitle)', unit: 'characters', limit: 160, profile: 'whatsapp', length: 161 },
          highlighted: 'T'.repeat(100),
          severity: 'error',
          path: '/content/0/title',
        },
      ],
    },
    {
      name: 'cards with another media kind or other buttons than the first',
      code: G(card('A'), card('B', undefined, VIDEO), card('C', undefined, IMAGE, '[{"type":"url-button","text":"a","url":"https://x"}]')),
      errors: [
        {
          messageId: 'cardsDiffer',
          data: { expected: 'image | quick-reply', actual: 'video | quick-reply' },
          highlighted:
            '{"type":"card","title":"B","video":{"url":"https://x/a.mp4","mime":"video/mp4"},"buttons":[{"type":"quick-reply","text":"a"}]}',
          severity: 'error',
          path: '/content/1',
        },
        {
          messageId: 'cardsDiffer',
          data: { expected: 'image | quick-reply', actual: 'image | url-button' },
          highlighted:
            '{"type":"card","title":"C","image":{"url":"https://x/a.png","mime":"image/png"},"buttons":[{"type":"url-button","text":"a","url":"https://x"}]}',
          severity: 'error',
          path: '/content/2',
        },
      ],
    },
    {
      name: 'mixed buttons on a WhatsApp profile',
      code: G(card('A', undefined, IMAGE, MIXED), card('B', undefined, IMAGE, MIXED)),
      errors: [
        {
          messageId: 'cardButtons',
          data: { types: 'quick-reply, url-button', profile: 'whatsapp' },
          highlighted: '[{"type":"quick-reply","text":"a"},{"type":"url-button","text":"b","url":"https://x"}]',
          severity: 'error',
          path: '/content/0/buttons',
        },
        {
          messageId: 'cardButtons',
          data: { types: 'quick-reply, url-button', profile: 'whatsapp' },
          highlighted: '[{"type":"quick-reply","text":"a"},{"type":"url-button","text":"b","url":"https://x"}]',
          severity: 'error',
          path: '/content/1/buttons',
        },
      ],
    },
    {
      name: 'a card without buttons on a WhatsApp profile',
      code: G(card('A', undefined, IMAGE, '[]'), card('B', undefined, IMAGE, '[]')),
      errors: [
        {
          messageId: 'cardWithoutButtons',
          data: { profile: 'whatsapp' },
          highlighted: '[]',
          severity: 'error',
          path: '/content/0/buttons',
        },
        {
          messageId: 'cardWithoutButtons',
          data: { profile: 'whatsapp' },
          highlighted: '[]',
          severity: 'error',
          path: '/content/1/buttons',
        },
      ],
    },
    {
      name: '3 line breaks in a card body',
      code: G(card('A', 'one\\ntwo\\nthree'), card('B')),
      errors: [
        {
          messageId: 'cardLineBreaks',
          data: { count: 3, max: 2, profile: 'whatsapp' },
          highlighted: 'one\\ntwo\\nthree',
          severity: 'error',
          path: '/content/0/subtitle',
        },
      ],
    },
  ],
});
