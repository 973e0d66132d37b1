import { RuleTester } from '../index.js';
import { getProfile } from '../../profiles/index.js';
import { buttonCount } from './button-count.js';

/** A profile that never mixes quick replies with other buttons (a BSP on the older rule). */
const legacy = { ...getProfile('whatsapp')!, name: 'legacy-safe', buttonMixing: 'exclusive' as const };

const B = '{"index":1,"type":"notification","id":"ns@x","language":"en_US","text":"Hi."}';
const N = (...items: string[]) => `{"contentType":"notification","content":[${[B, ...items].join(',')}]}`;
const qr = (i: number, t = 'Yes') => `{"index":${i},"type":"quick-reply","text":"${t}"}`;
const url = (i: number) => `{"index":${i},"type":"url-button","text":"Go","url":"https://x.io"}`;
const phone = (i: number) => `{"index":${i},"type":"phone-button","text":"Call","phone":"+16315551002"}`;
const copy = (i: number, code = 'SAVE10') => `{"index":${i},"type":"copy-code-button","code":"${code}"}`;
const RB = (...items: string[]) => `{"contentType":"reply-buttons","text":"Q?","content":[${items.join(',')}]}`;
const rb = (id: string, t: string) => `{"type":"reply-button","id":"${id}","text":"${t}"}`;
const card = (n: string) =>
  `{"type":"card","title":"${n}","image":{"url":"https://x/${n}.png","mime":"image/png"},"buttons":[{"type":"quick-reply","text":"a"},{"type":"quick-reply","text":"b"},{"type":"quick-reply","text":"c"}]}`;

new RuleTester().run(buttonCount, {
  valid: [
    { name: '3 quick replies', code: N(qr(2, 'a'), qr(3, 'b'), qr(4, 'c')) },
    { name: '1 URL and 1 phone button', code: N(url(2), phone(3)) },
    { name: 'a quick reply before a URL button on whatsapp (Meta allows mixing)', code: N(qr(2), url(3)) },
    { name: 'a URL and a phone button before 1 quick reply on whatsapp', code: N(url(2), phone(3), qr(4)) },
    { name: 'a quick reply group in display order (index), not array order', code: N(qr(4, 'b'), url(2), qr(3, 'a')) },
    {
      name: 'grouped quick replies mixed with call-to-action buttons on whatsapp-cloud',
      code: N(qr(2, 'a'), qr(3, 'b'), url(4), phone(5)),
      options: { profile: 'whatsapp-cloud' },
    },
    { name: 'one reply button', code: RB(rb('a', 'A')) },
    { name: 'a copy-code button and a URL button on whatsapp-cloud', code: N(copy(2), url(3)), options: { profile: 'whatsapp-cloud' } },
  ],
  invalid: [
    {
      name: 'two copy-code buttons on whatsapp-cloud (Meta: at most one)',
      code: N(copy(2), copy(3, 'OTHER')),
      options: { profile: 'whatsapp-cloud' },
      errors: [
        {
          messageId: 'tooManyOfKind',
          data: { count: 2, what: 'copy-code buttons', max: 1, profile: 'whatsapp-cloud' },
          highlighted: '{"index":3,"type":"copy-code-button","code":"OTHER"}',
          severity: 'error',
          path: '/content/2',
        },
      ],
    },
    {
      name: 'a copy-code button on whatsapp (the Genesys connector documents none), after quick replies (a valid grouped mix: the only finding is the copy-code cap)',
      code: N(qr(2), copy(3)),
      errors: [
        {
          messageId: 'kindNotAvailable',
          data: { what: 'copy-code buttons', profile: 'whatsapp' },
          highlighted: '{"index":3,"type":"copy-code-button","code":"SAVE10"}',
          severity: 'error',
          path: '/content/2',
        },
      ],
    },
    {
      name: 'quick replies mixed with call-to-action buttons on a profile with exclusive mixing',
      code: N(qr(2), url(3)),
      options: { profile: legacy },
      errors: [
        {
          messageId: 'exclusiveMix',
          data: { profile: 'legacy-safe', max: 3 },
          highlighted: '{"index":3,"type":"url-button","text":"Go","url":"https://x.io"}',
          severity: 'error',
          path: '/content/2',
        },
      ],
    },
    {
      name: '4 quick replies',
      code: N(qr(2, 'a'), qr(3, 'b'), qr(4, 'c'), qr(5, 'd')),
      errors: [
        {
          messageId: 'tooManyOfKind',
          data: { count: 4, what: 'quick-reply buttons', max: 3, profile: 'whatsapp' },
          highlighted: '{"index":5,"type":"quick-reply","text":"d"}',
          severity: 'error',
          path: '/content/4',
        },
      ],
    },
    {
      name: '2 URL buttons on whatsapp',
      code: N(url(2), url(3)),
      errors: [
        {
          messageId: 'tooManyOfKind',
          data: { count: 2, what: 'URL buttons', max: 1, profile: 'whatsapp' },
          highlighted: '{"index":3,"type":"url-button","text":"Go","url":"https://x.io"}',
          severity: 'error',
          path: '/content/2',
        },
      ],
    },
    {
      name: 'a call-to-action button between quick replies',
      code: N(qr(2, 'a'), url(3), qr(4, 'b')),
      options: { profile: 'whatsapp-cloud' },
      errors: [
        {
          messageId: 'groupedMix',
          data: { type: 'url-button', profile: 'whatsapp-cloud' },
          highlighted: '{"index":3,"type":"url-button","text":"Go","url":"https://x.io"}',
          severity: 'error',
          path: '/content/2',
        },
      ],
    },
    {
      name: 'a copy-code button between quick replies on whatsapp-cloud (a copy-code button is no quick reply)',
      code: N(qr(2, 'a'), copy(3), qr(4, 'b')),
      options: { profile: 'whatsapp-cloud' },
      errors: [
        {
          messageId: 'groupedMix',
          data: { type: 'copy-code-button', profile: 'whatsapp-cloud' },
          highlighted: '{"index":3,"type":"copy-code-button","code":"SAVE10"}',
          severity: 'error',
          path: '/content/2',
        },
      ],
    },
    {
      name: 'a URL button between quick replies on whatsapp',
      code: N(qr(2, 'a'), url(3), qr(4, 'b')),
      errors: [
        {
          messageId: 'groupedMix',
          data: { type: 'url-button', profile: 'whatsapp' },
          highlighted: '{"index":3,"type":"url-button","text":"Go","url":"https://x.io"}',
          severity: 'error',
          path: '/content/2',
        },
      ],
    },
    {
      name: 'quick replies between a URL and a phone button (three groups)',
      code: N(url(2), qr(3, 'a'), qr(4, 'b'), phone(5)),
      options: { profile: 'whatsapp-cloud' },
      errors: [
        {
          messageId: 'quickRepliesInMiddle',
          data: { type: 'phone-button', profile: 'whatsapp-cloud' },
          highlighted: '{"index":5,"type":"phone-button","text":"Call","phone":"+16315551002"}',
          severity: 'error',
          path: '/content/4',
        },
      ],
    },
    {
      name: '2 quick replies and a URL and a phone button on whatsapp: 4 buttons, 3 allowed',
      code: N(qr(2, 'a'), qr(3, 'b'), url(4), phone(5)),
      errors: [
        {
          messageId: 'tooManyOfKind',
          data: { count: 4, what: 'buttons', max: 3, profile: 'whatsapp' },
          highlighted: '{"index":5,"type":"phone-button","text":"Call","phone":"+16315551002"}',
          severity: 'error',
          path: '/content/4',
        },
      ],
    },
    {
      name: '3 URL buttons on whatsapp-cloud',
      code: N(url(2), url(3), url(4)),
      options: { profile: 'whatsapp-cloud' },
      errors: [
        {
          messageId: 'tooManyOfKind',
          data: { count: 3, what: 'URL buttons', max: 2, profile: 'whatsapp-cloud' },
          highlighted: '{"index":4,"type":"url-button","text":"Go","url":"https://x.io"}',
          severity: 'error',
          path: '/content/3',
        },
      ],
    },
    {
      name: '4 reply buttons',
      code: RB(rb('a', 'A'), rb('b', 'B'), rb('c', 'C'), rb('d', 'D')),
      errors: [
        {
          messageId: 'tooMany',
          data: { what: 'Reply buttons', count: 4, max: 3, profile: 'whatsapp' },
          highlighted: '{"type":"reply-button","id":"d","text":"D"}',
          severity: 'error',
          path: '/content/3',
        },
      ],
    },
    {
      name: 'no reply button',
      code: RB(),
      errors: [
        {
          messageId: 'tooFew',
          data: { what: 'Reply buttons', count: 0, min: 1, profile: 'whatsapp' },
          highlighted: '[]',
          severity: 'error',
          path: '/content',
        },
      ],
    },
    {
      name: 'one quick reply on apple-messages (2 to 5)',
      code: '{"contentType":"quick-replies","text":"Q?","content":[{"id":1,"type":"quick-reply","action":"message","text":"Yes"}]}',
      options: { profile: 'apple-messages' },
      errors: [
        {
          messageId: 'tooFew',
          data: { what: 'Quick replies', count: 1, min: 2, profile: 'apple-messages' },
          highlighted: '[{"id":1,"type":"quick-reply","action":"message","text":"Yes"}]',
          severity: 'error',
          path: '/content',
        },
      ],
    },
    {
      name: 'more than 2 buttons per carousel card',
      code: `{"contentType":"generic","text":"Offers","content":[${card('a')},${card('b')}]}`,
      errors: [
        {
          messageId: 'tooManyOnCard',
          data: { count: 3, max: 2, profile: 'whatsapp' },
          highlighted: '{"type":"quick-reply","text":"c"}',
          severity: 'error',
          path: '/content/0/buttons/2',
        },
        {
          messageId: 'tooManyOnCard',
          data: { count: 3, max: 2, profile: 'whatsapp' },
          highlighted: '{"type":"quick-reply","text":"c"}',
          severity: 'error',
          path: '/content/1/buttons/2',
        },
      ],
    },
  ],
});
