import { describe, expect, it } from 'vitest';
import { formatDiagnostic, lint } from '../index.js';
import type { LintOptions } from '../../types.js';

/** Diagnostics of one rule, formatted `code severity L:C-L:C message @path`. */
const run = (text: string, options: LintOptions = {}) =>
  lint(text, options)
    .diagnostics.filter((d) => d.code === RULE)
    .map(formatDiagnostic);
const RULE = 'field-code-syntax';

import { applyFixes } from '../index.js';

describe('field-code-syntax', () => {
  it('positions errors through \\n, \\" and \\u00e9 escapes and rewrites inner positions to the file', () => {
    const text = '{"contentType":"text","text":"a\\n\\"q\\" \\u00e9 <$ Left(\\"x\\", $>","content":[]}';
    expect(run(text)).toEqual([
      "field-code-syntax error 1:61-1:61 Missing ')' to close the '(' at line 1, column 54 [missing-parenthesis] @/text",
      "field-code-syntax error 1:62-1:64 Expected a value (a number, a string, a name or '(') after ',', but found '$>' [unexpected-token] @/text",
    ]);
  });

  it('maps multi-line JSON files', () => {
    const text = '{\n  "contentType": "text",\n  "text": "Hi\\n<$ Contact.FirstName",\n  "content": []\n}';
    expect(run(text)).toEqual([
      "field-code-syntax error 3:16-3:18 Unclosed field code: '<$' at line 3, column 16 has no matching '$>' [unclosed-field-code] @/text",
    ]);
  });

  it('keeps the fix of typographic quotes valid JSON', () => {
    const text = '{"contentType":"text","text":"<$ Left(“abc”, 1) $>","content":[]}';
    const diagnostics = lint(text).diagnostics.filter((d) => d.code === RULE);
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      `field-code-syntax error 1:39-1:44 Typographic quotes '“…”' cannot delimit a string; use "…" [typographic-quote] @/text`,
    ]);
    const fixed = applyFixes(text, diagnostics);
    expect(fixed.applied).toBe(1);
    expect(JSON.parse(fixed.text).text).toBe('<$ Left("abc", 1) $>');
  });

  it('works on .txt files with file positions', () => {
    expect(run('Hi\n<$ Contact.FirstName', { kind: 'text' })).toEqual([
      "field-code-syntax error 2:1-2:3 Unclosed field code: '<$' at line 2, column 1 has no matching '$>' [unclosed-field-code]",
    ]);
  });

  it('reports a stray closing delimiter in text without field codes', () => {
    expect(run('{"name":"x","plainText":"Price $> 5"}')).toEqual([
      "field-code-syntax warning 1:32-1:34 Unexpected '$>': no field code is open here, so it is printed as text [unexpected-close-delimiter] @/plainText",
    ]);
  });

  it('accepts valid templates', () => {
    expect(run('{"contentType":"text","text":"Hello <$ Contact.FirstName $>","content":[]}')).toEqual([]);
  });
});
