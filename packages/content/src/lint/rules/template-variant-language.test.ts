import { describe, expect, it } from 'vitest';
import { formatDiagnostic, lint, RuleTester } from '../index.js';
import { templateVariantLanguage } from './template-variant-language.js';

const body = (language: string | undefined, text: string) =>
  `{"contentType":"notification","content":[{"type":"notification","id":"ns@t",${language === undefined ? '' : `"language":"${language}",`}"text":${JSON.stringify(text)}}]}`;
const file = (variantLanguage: string | undefined, variantText: string) =>
  `{"structured":${body('en_US', 'Hi there.')},"variants":{"es":{"structured":${body(variantLanguage, variantText)}}}}`;

new RuleTester({ filePath: 'r.json' }).run(templateVariantLanguage, {
  valid: [
    { name: 'a variant in its own language', code: file('es', 'Hola.') },
    { name: 'no variants', code: `{"structured":${body('pt_BR', 'Olá.')}}` },
  ],
  invalid: [
    {
      name: 'a variant whose notification has another language, on that language',
      code: file('pt_BR', 'Hola.'),
      errors: [
        {
          messageId: 'wrongLanguage',
          data: { variant: 'es', language: 'pt_BR' },
          highlighted: '"pt_BR"',
          severity: 'error',
          path: '/variants/es/structured/content/0/language',
        },
      ],
    },
    {
      name: 'a variant whose notification has no language, on the notification',
      code: file(undefined, 'Hola.'),
      errors: [
        {
          messageId: 'noLanguage',
          data: { variant: 'es' },
          highlighted: '{"type":"notification","id":"ns@t","text":"Hola."}',
          severity: 'error',
          path: '/variants/es/structured/content/0',
        },
      ],
    },
  ],
});

describe('template-variant-language', () => {
  it('lints each variant with the structured rules, positioned in the variant', () => {
    expect(lint(file('es', 'Hola {{1}} amigo.'), { filePath: 'r.json' }).diagnostics.map(formatDiagnostic)).toEqual([
      'placeholder-parameter-mismatch error 1:268-1:273 Placeholder {{1}} has no parameter with index 1. @/variants/es/structured/content/0/text',
    ]);
  });
});
