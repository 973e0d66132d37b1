import { RuleTester } from '../index.js';
import { headerLength } from './header-length.js';

const N = (items: string) => `{"contentType":"notification","content":[${items}]}`;
const BODY = '{"index":2,"type":"notification","id":"ns@x","language":"en_US","text":"Hello there."}';
const nameHeader = `{"index":1,"type":"text","text":"Hi {{1}}!","parameters":[{"name":"a","index":1,"value":"<$ Contact.FirstName $>"}]}`;
const firstName = (maxLength: number) => ({ fields: { 'Contact.FirstName': { type: 'string' as const, maxLength } } });

new RuleTester().run(headerLength, {
  valid: [
    { name: 'exactly 60 characters', code: N(`{"index":1,"type":"text","text":"${'H'.repeat(60)}"},${BODY}`) },
    { name: 'a field short enough by the data dictionary', code: N(`${nameHeader},${BODY}`), options: { dataDictionary: firstName(20) } },
    { name: 'media headers', code: N(`{"index":1,"type":"image","url":"https://x/a.png","mime":"image/png"},${BODY}`) },
  ],
  invalid: [
    {
      name: 'a text header longer than 60 characters',
      code: N(`{"index":1,"type":"text","text":"${'H'.repeat(61)}"},${BODY}`),
      errors: [
        {
          messageId: 'tooLong',
          data: { what: 'The text header', unit: 'characters', limit: 60, profile: 'whatsapp', length: 61 },
          highlighted: 'H'.repeat(61),
          severity: 'error',
          path: '/content/0/text',
        },
      ],
    },
    {
      name: 'more than one variable',
      code: N(
        `{"index":1,"type":"text","text":"A {{1}} b {{2}} c","parameters":[{"name":"a","index":1,"value":"x"},{"name":"b","index":2,"value":"y"}]},${BODY}`,
      ),
      errors: [
        {
          messageId: 'tooManyVariables',
          data: { count: 2, max: 1, profile: 'whatsapp' },
          highlighted: 'A {{1}} b {{2}} c',
          severity: 'error',
          path: '/content/0/text',
        },
      ],
    },
    {
      name: 'the data dictionary lets the rendered header exceed the limit',
      code: N(`${nameHeader},${BODY}`),
      options: { dataDictionary: firstName(70) },
      errors: [
        {
          messageId: 'mayReach',
          data: { what: 'The text header', unit: 'characters', limit: 60, profile: 'whatsapp', length: 74 },
          highlighted: 'Hi {{1}}!',
          severity: 'warning',
          path: '/content/0/text',
        },
      ],
    },
    {
      name: 'list text headers against list.header.length',
      code: `{"contentType":"single-selection-list","header":{"type":"text","text":"${'L'.repeat(61)}"},"text":"Pick","button":"Go","content":[{"type":"section","title":"S","rows":[{"id":"1","title":"r"}]}]}`,
      errors: [
        {
          messageId: 'tooLong',
          data: { what: 'The text header', unit: 'characters', limit: 60, profile: 'whatsapp', length: 61 },
          highlighted: 'L'.repeat(61),
          severity: 'error',
          path: '/header/text',
        },
      ],
    },
  ],
});
