import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataDictionaryFromSchema, formatDiagnostic, lint } from '@fieldcode/content';

const dir = new URL('../../examples/', import.meta.url);
const files = readdirSync(dir).filter((f) => /\.(json|txt)$/.test(f) && f !== 'fieldcode.config.json');

describe('the examples library lints clean', () => {
  it.each(files)('%s has no error and no crash', (file) => {
    const result = lint(readFileSync(new URL(file, dir), 'utf8'), { filePath: file });
    const problems = result.diagnostics.filter((d) => d.severity === 'error' || d.code === 'internal-error').map(formatDiagnostic);
    expect(problems).toEqual([]);
  });

  it('names the fields that lack maxLength when the example data schema is the data dictionary', () => {
    const dataDictionary = dataDictionaryFromSchema(
      JSON.parse(readFileSync(new URL('data/render-data.schema.json', dir), 'utf8')) as object,
    );
    expect(dataDictionary.fields['Contact.MyFC_BillAmount']?.maxLength).toBe(12);
    const text = '{"name":"x","plainText":"Hi <$ Contact.FirstName $>, <$ Interaction.AttachedData(\'Coupon\') $>"}';
    expect(
      lint(text, {
        dataDictionary,
        profile: { ...lintProfile(), limits: { 'text.length': { value: 50, source: 'test' } } },
      }).diagnostics.map(formatDiagnostic),
    ).toEqual([
      'body-length warning 1:26-1:94 The text may exceed 50 characters for some data: Interaction.AttachedData.Coupon has no maxLength in the data dictionary. @/plainText',
    ]);
  });
});

function lintProfile() {
  return {
    name: 'test',
    description: '',
    lengthUnit: 'code-points' as const,
    buttonMixing: 'exclusive' as const,
    attachmentTypes: { image: [], video: [], audio: [], document: [] },
  };
}
