import { RuleTester } from '../index.js';
import { bodyLength } from './body-length.js';

const N = (items: string) => `{"contentType":"notification","content":[${items}]}`;
const body = (text: string, params = '') =>
  `{"index":2,"type":"notification","id":"ns@x","language":"en_US","text":${JSON.stringify(text)}${params}}`;
const longParam = `,"parameters":[{"name":"p","index":1,"value":"${'y'.repeat(1020)}"}]`;
const fieldParam = ',"parameters":[{"name":"p","index":1,"value":"<$ Contact.Note $>"}]';
const list = (n: number) =>
  `{"contentType":"single-selection-list","text":"${'b'.repeat(n)}","button":"Go","content":[{"type":"section","title":"S","rows":[{"id":"1","title":"r"}]}]}`;
const envelope = (name: string) =>
  `{"name":"x","structured":${N(body('Dear {{1}}.', fieldParam))},"sampleData":{"Contact":{"Note":"${name}"}}}`;
/** A profile that counts UTF-8 bytes. */
const bytes = {
  name: 'bytes',
  description: '',
  lengthUnit: 'utf8-bytes' as const,
  buttonMixing: 'exclusive' as const,
  attachmentTypes: { image: [], video: [], audio: [], document: [] },
  limits: { 'text.length': { value: 4, source: 'test' } },
};

new RuleTester().run(bodyLength, {
  valid: [
    { name: 'a notification body of exactly 1024 characters', code: N(body('x'.repeat(1024))) },
    { name: 'a field without maxLength, but no data dictionary: nothing is known', code: N(body('Dear {{1}}.', fieldParam)) },
    { name: 'the body rendered with the sample data fits', code: envelope('n'.repeat(1018)) },
    { name: 'a list body of 1024 on whatsapp-cloud', code: list(1024), options: { profile: 'whatsapp-cloud' } },
  ],
  invalid: [
    {
      name: 'a notification body longer than 1024 characters',
      code: N(body('x'.repeat(1025))),
      errors: [
        {
          messageId: 'tooLong',
          data: { what: 'The body', unit: 'characters', limit: 1024, profile: 'whatsapp', length: 1025 },
          highlighted: 'x'.repeat(1025),
          severity: 'error',
          path: '/content/0/text',
        },
      ],
    },
    {
      name: 'the body counted with {{n}} replaced by the parameter values',
      code: N(body('Dear {{1}}.', longParam)),
      errors: [
        {
          messageId: 'tooLong',
          data: { what: 'The body', unit: 'characters', limit: 1024, profile: 'whatsapp', length: 1026 },
          highlighted: 'Dear {{1}}.',
          severity: 'error',
          path: '/content/0/text',
        },
      ],
    },
    {
      name: 'a used field has no maxLength in the data dictionary',
      code: N(body('Dear {{1}}.', fieldParam)),
      options: { dataDictionary: { fields: {} } },
      errors: [
        {
          messageId: 'mayExceedField',
          data: { what: 'The body', unit: 'characters', limit: 1024, profile: 'whatsapp', fields: 'Contact.Note' },
          highlighted: 'Dear {{1}}.',
          severity: 'warning',
          path: '/content/0/text',
        },
      ],
    },
    {
      name: 'a used field may make the body too long',
      code: N(body('Dear {{1}}.', fieldParam)),
      options: { dataDictionary: { fields: { 'Contact.Note': { type: 'string', maxLength: 1100 } } } },
      errors: [
        {
          messageId: 'mayReach',
          data: { what: 'The body', unit: 'characters', limit: 1024, profile: 'whatsapp', length: 1106 },
          highlighted: 'Dear {{1}}.',
          severity: 'warning',
          path: '/content/0/text',
        },
      ],
    },
    {
      name: 'a list body above 1024 on whatsapp-cloud: many clients cap it',
      code: list(1100),
      options: { profile: 'whatsapp-cloud' },
      errors: [
        {
          messageId: 'listBodyCap',
          data: { length: 1100, unit: 'characters', cap: 1024 },
          highlighted: 'b'.repeat(1100),
          severity: 'warning',
          path: '/text',
        },
      ],
    },
    {
      name: 'a list body above 4096 on whatsapp-cloud',
      code: list(4097),
      options: { profile: 'whatsapp-cloud' },
      errors: [
        {
          messageId: 'tooLong',
          data: { what: 'The list body', unit: 'characters', limit: 4096, profile: 'whatsapp-cloud', length: 4097 },
          highlighted: 'b'.repeat(4097),
          severity: 'error',
          path: '/text',
        },
      ],
    },
    {
      name: 'a .txt file against text.length',
      code: 'a'.repeat(4097),
      options: { kind: 'text' },
      errors: [
        {
          messageId: 'tooLong',
          data: { what: 'The text', unit: 'characters', limit: 4096, profile: 'whatsapp', length: 4097 },
          highlighted: 'a'.repeat(4097),
          severity: 'error',
        },
      ],
    },
    {
      name: 'envelope plain text against text.length',
      code: `{"name":"x","plainText":"${'é'.repeat(2001)}"}`,
      options: { profile: 'apple-messages' },
      errors: [
        {
          messageId: 'tooLong',
          data: { what: 'The text', unit: 'characters', limit: 2000, profile: 'apple-messages', length: 2001 },
          highlighted: 'é'.repeat(2001),
          severity: 'error',
          path: '/plainText',
        },
      ],
    },
    {
      name: 'the body rendered with the envelope sample data',
      code: envelope('n'.repeat(1020)),
      errors: [
        {
          messageId: 'sampleDataTooLong',
          data: { length: 1026, unit: 'characters', limit: 1024, profile: 'whatsapp' },
          highlighted: 'Dear {{1}}.',
          severity: 'error',
          path: '/structured/content/0/text',
        },
      ],
    },
    {
      name: 'counted in the profile unit (UTF-8 bytes)',
      code: 'ééé',
      options: { kind: 'text', profile: bytes },
      errors: [
        {
          messageId: 'tooLong',
          data: { what: 'The text', unit: 'bytes', limit: 4, profile: 'bytes', length: 6 },
          highlighted: 'ééé',
          severity: 'error',
        },
      ],
    },
  ],
});
