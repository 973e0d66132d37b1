import { describe, expect, it } from 'vitest';
import { lint, RuleTester } from '../index.js';
import { genesysCompat } from './genesys-compat.js';

const text = '{"contentType":"text","text":"<$ Upper(Contact.FirstName) $> <$ Left(\'a\', 1) $>","content":[]}';

// Off by default: the RuleTester runs it as a warning unless a case configures it.
new RuleTester().run(genesysCompat, {
  valid: [{ name: 'Genesys functions only', code: '{"contentType":"text","text":"<$ Left(\'a\', 1) $>","content":[]}' }],
  invalid: [
    {
      name: 'an extension function',
      code: text,
      errors: [{ messageId: 'extension', data: { name: 'Upper' }, highlighted: 'Upper', severity: 'warning', path: '/text' }],
    },
    {
      name: 'as an error when configured so',
      code: text,
      options: { rules: { 'genesys-compat': 'error' } },
      errors: [{ messageId: 'extension', data: { name: 'Upper' }, highlighted: 'Upper', severity: 'error', path: '/text' }],
    },
  ],
});

describe('genesys-compat', () => {
  it('is off by default', () => {
    expect(lint(text).diagnostics.filter((d) => d.code === 'genesys-compat')).toEqual([]);
  });
});
