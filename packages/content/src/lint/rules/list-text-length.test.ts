import { RuleTester } from '../index.js';
import { listTextLength } from './list-text-length.js';

const list = (sections: string[], button = 'Go') =>
  `{"contentType":"single-selection-list","text":"Pick","button":"${button}","content":[${sections.join(',')}]}`;
const section = (title: string, rows: string[]) => `{"type":"section","title":"${title}","rows":[${rows.join(',')}]}`;
const row = (id: string, title = 'r', description?: string) =>
  `{"id":"${id}","title":"${title}"${description === undefined ? '' : `,"description":"${description}"`}}`;

new RuleTester().run(listTextLength, {
  valid: [
    {
      name: 'texts at the limits',
      code: list([section('S'.repeat(24), [row('i'.repeat(200), 't'.repeat(24), 'd'.repeat(72))])], 'b'.repeat(20)),
    },
  ],
  invalid: [
    {
      name: 'the button label, section title, row id, title and description',
      code: list([section('S'.repeat(25), [row('i'.repeat(201), 't'.repeat(25), 'd'.repeat(73))])], 'b'.repeat(21)),
      errors: [
        {
          messageId: 'tooLong',
          data: { what: 'The list button label', unit: 'characters', limit: 20, profile: 'whatsapp', length: 21 },
          highlighted: 'b'.repeat(21),
          severity: 'error',
          path: '/button',
        },
        {
          messageId: 'tooLong',
          data: { what: 'The section title', unit: 'characters', limit: 24, profile: 'whatsapp', length: 25 },
          highlighted: 'S'.repeat(25),
          severity: 'error',
          path: '/content/0/title',
        },
        {
          messageId: 'tooLong',
          data: { what: 'The row id', unit: 'characters', limit: 200, profile: 'whatsapp', length: 201 },
          highlighted: 'i'.repeat(201),
          severity: 'error',
          path: '/content/0/rows/0/id',
        },
        {
          messageId: 'tooLong',
          data: { what: 'The row title', unit: 'characters', limit: 24, profile: 'whatsapp', length: 25 },
          highlighted: 't'.repeat(25),
          severity: 'error',
          path: '/content/0/rows/0/title',
        },
        {
          messageId: 'tooLong',
          data: { what: 'The row description', unit: 'characters', limit: 72, profile: 'whatsapp', length: 73 },
          highlighted: 'd'.repeat(73),
          severity: 'error',
          path: '/content/0/rows/0/description',
        },
      ],
    },
    {
      name: 'the 200-character interactive string limit on apple-messages',
      code: list([section('S'.repeat(201), [row('1')])]),
      options: { profile: 'apple-messages' },
      errors: [
        {
          messageId: 'tooLong',
          data: { what: 'The section title', unit: 'characters', limit: 200, profile: 'apple-messages', length: 201 },
          highlighted: 'S'.repeat(201),
          severity: 'error',
          path: '/content/0/title',
        },
      ],
    },
  ],
});
