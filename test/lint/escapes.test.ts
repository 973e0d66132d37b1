import { describe, expect, it } from 'vitest';
import { formatDiagnostic, lint } from '@fieldcode/content';

// Columns count UTF-16 units of the FILE text (1-based), whatever escapes precede the field code.
describe('field-code diagnostics inside JSON strings', () => {
  it('land on the exact column after \\n, \\" and \\u00e9 escapes', () => {
    // Decoded text: `a⏎"q" é <$ Foo(1) $>`; `Foo` starts at file column 45.
    const text = '{"name":"x","plainText":"a\\n\\"q\\" \\u00e9 <$ Foo(1) $>"}';
    expect(lint(text).diagnostics.map(formatDiagnostic)).toEqual(['unknown-function error 1:45-1:48 Unknown function "Foo". @/plainText']);
    expect(text.slice(44, 47)).toBe('Foo');
  });

  it('land on the exact column after a surrogate pair written as \\ud83d\\ude00 and after a raw emoji', () => {
    const escaped = '{"name":"x","plainText":"\\ud83d\\ude00 <$ Foo(1) $>"}';
    expect(lint(escaped).diagnostics.map(formatDiagnostic)).toEqual([
      'unknown-function error 1:42-1:45 Unknown function "Foo". @/plainText',
    ]);
    expect(escaped.slice(41, 44)).toBe('Foo');
    const raw = '{"name":"x","plainText":"😀 <$ Foo(1) $>"}';
    expect(lint(raw).diagnostics.map(formatDiagnostic)).toEqual(['unknown-function error 1:32-1:35 Unknown function "Foo". @/plainText']);
    expect(raw.slice(31, 34)).toBe('Foo');
  });

  it('land on the right line in a multi-line file with \\\\ escapes', () => {
    const text = '{\n  "name": "x",\n  "plainText": "C:\\\\dir\\\\ <$ Contact.FirstName"\n}';
    expect(lint(text).diagnostics.map(formatDiagnostic)).toEqual([
      "field-code-syntax error 3:27-3:29 Unclosed field code: '<$' at line 3, column 27 has no matching '$>' [unclosed-field-code] @/plainText",
    ]);
  });
});
