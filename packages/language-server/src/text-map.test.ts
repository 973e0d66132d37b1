import { describe, expect, it } from 'vitest';
import { compileJson, insertable, jsonTemplateAt, plainTemplate } from './text-map.js';

describe('template offsets through JSON escapes', () => {
  // File: {"plainText":"\t\"A\" \u0024 <$ X $>"} — `\t`, `\"`, `\u0024` are one template character each.
  const text = '{"plainText":"\\t\\"A\\" \\u0024 <$ X $>"}';
  const compiled = compileJson(text, undefined);
  const template = jsonTemplateAt(text, compiled, 20)!;

  it('decodes the string under the offset', () => {
    expect(template.source).toBe('\t"A" $ <$ X $>');
    expect(template.json).toBe(true);
  });

  it('maps every template offset to the file and back', () => {
    const fileOffsets = Array.from({ length: template.source.length + 1 }, (_, i) => template.toFile(i));
    expect(fileOffsets).toEqual([14, 16, 18, 19, 21, 22, 28, 29, 30, 31, 32, 33, 34, 35, 36]);
    for (let i = 0; i <= template.source.length; i++) expect(template.toTemplate(template.toFile(i))).toBe(i);
    // Inside an escape (between `\` and `u0024`) the offset belongs to the escaped character.
    expect(template.toTemplate(24)).toBe(5);
  });

  it('finds no template outside template strings, and the raw text when the file is not JSON', () => {
    expect(jsonTemplateAt(text, compiled, 3)).toBeNull();
    const broken = '{"plainText": "<$ X';
    expect(jsonTemplateAt(broken, compileJson(broken, undefined), 17)?.source).toBe(broken);
  });

  it('escapes inserted text for JSON, and a snippet for its own syntax too', () => {
    expect(insertable(template, 'If(x = "a")', false)).toBe('If(x = \\"a\\")');
    expect(insertable(template, '"${1:x}"', true)).toBe('\\\\"${1:x}\\\\"');
    expect(insertable(plainTemplate('a'), 'If(x = "a")', false)).toBe('If(x = "a")');
  });
});
