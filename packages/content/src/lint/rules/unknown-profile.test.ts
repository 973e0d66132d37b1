import { describe, expect, it } from 'vitest';
import { lint, RuleTester } from '../index.js';
import { unknownProfile } from './unknown-profile.js';

new RuleTester().run(unknownProfile, {
  valid: [
    { name: 'a shipped profile', code: '{"name":"x","profile":"apple-messages","plainText":"Hi"}' },
    { name: 'no profile', code: '{"name":"x","plainText":"Hi"}' },
    { name: 'a bare structured body has no profile', code: '{"contentType":"text","text":"Hi","profile":"telegram"}' },
  ],
  invalid: [
    {
      name: 'an unknown profile name',
      code: '{"name":"x","profile":"telegram","plainText":"Hi"}',
      errors: [
        {
          messageId: 'unknownProfile',
          data: { name: 'telegram', known: 'whatsapp, whatsapp-cloud, apple-messages', used: 'whatsapp' },
          highlighted: '"telegram"',
          severity: 'error',
          path: '/profile',
        },
      ],
    },
  ],
});

describe('unknown-profile', () => {
  it('words the message from its template', () => {
    expect(lint('{"name":"x","profile":"telegram","plainText":"Hi"}').diagnostics.map((d) => d.message)).toEqual([
      "Unknown profile 'telegram'; known profiles: whatsapp, whatsapp-cloud, apple-messages. Linted with 'whatsapp'.",
    ]);
  });

  it('lets the file profile win over the option', () => {
    const long = `{"name":"x","profile":"apple-messages","plainText":"${'a'.repeat(2001)}"}`;
    expect(lint(long, { profile: 'whatsapp' }).diagnostics.map((d) => d.message)).toEqual([
      'The text is 2001 characters long; the limit is 2000 (apple-messages).',
    ]);
  });
});
