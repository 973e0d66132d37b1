import { describe, expect, it } from 'vitest';
import { formatDiagnostic, lint } from '../index.js';

const body = (language: string, text: string) =>
  `{"contentType":"notification","content":[{"type":"notification","id":"ns@t","language":"${language}","text":${JSON.stringify(text)}}]}`;
const file = (variantLanguage: string, variantText: string) =>
  `{"structured":${body('en_US', 'Hi there.')},"variants":{"es":{"structured":${body(variantLanguage, variantText)}}}}`;

describe('template-variant-language', () => {
  it('reports a variant whose notification has another language, on that language', () => {
    expect(lint(file('pt_BR', 'Hola.'), { filePath: 'r.json' }).diagnostics.map(formatDiagnostic)).toEqual([
      "template-variant-language error 1:250-1:257 The notification of variant 'es' has language 'pt_BR'; it must be 'es'. @/variants/es/structured/content/0/language",
    ]);
  });

  it('accepts a variant in its own language', () => {
    expect(lint(file('es', 'Hola.'), { filePath: 'r.json' }).diagnostics.map(formatDiagnostic)).toEqual([]);
  });

  it('lints each variant with the structured rules, positioned in the variant', () => {
    expect(lint(file('es', 'Hola {{1}} amigo.'), { filePath: 'r.json' }).diagnostics.map(formatDiagnostic)).toEqual([
      'placeholder-parameter-mismatch error 1:268-1:273 Placeholder {{1}} has no parameter with index 1. @/variants/es/structured/content/0/text',
    ]);
  });
});
