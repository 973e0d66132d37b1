/**
 * Denial of service through string literals: runs of escapes without a closing quote made the
 * old string-token regex backtrack exponentially (30 escapes took over 20 s). Each case here has
 * thousands of escapes; a regression shows as a test timeout. The results are asserted exactly
 * through every entry point that lexes a template: parse, render, analyze, lint of `.txt` and
 * `.json`, and the editor's field-code scanner and assists.
 */
import { describe, expect, it } from 'vitest';
import { analyze, buildCatalog, completeAt, findFieldCodes, hoverAt, parse, render, type Diagnostic } from '@fieldcode/language';
import { formatDiagnostic, lint } from '@fieldcode/content';
import { finishes } from './finishes.js';

const N = 5000;

const SPELLINGS = [
  { name: 'canonical', open: '<$ ', close: ' $>' },
  { name: 'brace', open: '<${ ', close: ' }>' },
  { name: 'angle', open: '<$< ', close: ' >>' },
] as const;

const QUOTES = ['"', "'"] as const;

/** String bodies with many escapes; `invalid` is how many `invalid-escape` warnings they carry. */
const BODIES = [
  { name: 'known escapes \\n', body: '\\n'.repeat(N), invalid: 0, value: '\n'.repeat(N) },
  { name: 'a run of backslashes', body: '\\'.repeat(2 * N), invalid: 0, value: '\\'.repeat(N) },
  { name: 'invalid escapes \\q', body: '\\q'.repeat(N), invalid: N, value: 'q'.repeat(N) },
  { name: 'escaped quotes', body: '\\"\\\''.repeat(N), invalid: 0, value: `"'`.repeat(N) },
] as const;

const brief = (d: Diagnostic): string => `${d.code} ${d.severity} ${d.range.start.offset}-${d.range.end.offset}`;

const errors = (diagnostics: Diagnostic[]): string[] => diagnostics.filter((d) => d.severity === 'error').map(brief);

function counts(diagnostics: Diagnostic[]): Record<string, number> {
  const result: Record<string, number> = {};
  for (const d of diagnostics) result[d.code] = (result[d.code] ?? 0) + 1;
  return result;
}

describe.each(SPELLINGS)('$name field code', ({ open, close }) => {
  describe.each(QUOTES)('quote %s', (quote) => {
    describe.each(BODIES)('$name', ({ body, invalid, value }) => {
      const unterminated = `${open}${quote}${body}${close}`;
      const quoteAt = open.length;
      const closerAt = unterminated.length - 2;
      const expectedUnterminated = `unterminated-string error ${quoteAt}-${closerAt}`;

      it('parse: an unterminated string up to the closer, escapes checked', () => {
        const { diagnostics, ast } = finishes(() => parse(unterminated));
        expect(errors(diagnostics)).toEqual([expectedUnterminated]);
        expect(counts(diagnostics)['invalid-escape'] ?? 0).toBe(invalid);
        expect(ast.body).toHaveLength(1);
        expect(ast.body[0]!.kind).toBe('FieldCode');
      });

      it('parse and render: the terminated string has its decoded value', () => {
        const terminated = `${open}${quote}${body}${quote}${close}`;
        const { diagnostics } = finishes(() => parse(terminated));
        expect(errors(diagnostics)).toEqual([]);
        expect(counts(diagnostics)['invalid-escape'] ?? 0).toBe(invalid);
        const rendered = finishes(() => render(terminated, {}));
        expect(rendered.output).toBe(value);
      });

      it('render and analyze report the same error and render nothing', () => {
        const rendered = finishes(() => render(unterminated, {}));
        expect(rendered.output).toBe('');
        expect(errors(rendered.diagnostics)).toEqual([expectedUnterminated]);
        expect(errors(finishes(() => analyze(unterminated)).diagnostics)).toEqual([expectedUnterminated]);
      });

      it('lint of a .txt file', () => {
        const result = finishes(() => lint(unterminated, { filePath: 'hostile.txt' }));
        expect(errors(result.diagnostics)).toEqual([`field-code-syntax error ${quoteAt}-${closerAt}`]);
        expect(result.warningCount).toBe(invalid + (open === '<$ ' ? 0 : 1));
      });

      it('lint of a .json file (the template inside a JSON string)', () => {
        const prefix = '{"name":"x","plainText":';
        const json = `${prefix}${JSON.stringify(unterminated)}}`;
        const result = finishes(() => lint(json, { filePath: 'hostile.json' }));
        // The quote sits after the JSON string's opening quote; positions are in the file text.
        const jsonQuoteAt = prefix.length + 1 + JSON.stringify(open).length - 2;
        const jsonCloserAt = json.length - 2 - close.length + 1;
        expect(errors(result.diagnostics)).toEqual([`field-code-syntax error ${jsonQuoteAt}-${jsonCloserAt}`]);
        expect(result.warningCount).toBe(invalid + (open === '<$ ' ? 0 : 1));
      });

      it('the editor: field-code scan, completion and hover finish', () => {
        const spans = finishes(() => findFieldCodes(unterminated));
        expect(spans).toHaveLength(1);
        expect(spans[0]!.start).toBe(0);
        const catalog = buildCatalog({});
        expect(finishes(() => completeAt(unterminated, closerAt, catalog))).toEqual([]);
        expect(finishes(() => hoverAt(unterminated, quoteAt + 1, catalog))).toBeNull();
      });
    });
  });
});

describe('escaped quote before the closer', () => {
  it('is an unterminated string with a hint to write \\\\', () => {
    const { diagnostics } = parse('<$ "C:\\" $>');
    expect(diagnostics.map((d) => d.message)).toEqual([
      'Unterminated string: the " at line 1, column 4 has no closing " (\\" is an escaped quote; write \\\\ for a backslash before the closing quote)',
    ]);
    expect(render('<$ "C:\\\\" $>', {}).output).toBe('C:\\');
  });

  it('a backslash before the closer is a lone backslash, not an escape of the closer', () => {
    expect(parse('<$ "a\\$>').diagnostics.map(brief)).toEqual(['unterminated-string error 3-6']);
    expect(errors(parse('<${ "a\\}>').diagnostics)).toEqual(['unterminated-string error 4-7']);
    expect(errors(parse("<$< 'a\\>>").diagnostics)).toEqual(['unterminated-string error 4-7']);
  });

  it('lint reports the hint through field-code-syntax', () => {
    expect(lint('<$ "C:\\" $>', { filePath: 'a.txt' }).diagnostics.map(formatDiagnostic)).toEqual([
      'field-code-syntax error 1:4-1:10 Unterminated string: the " at line 1, column 4 has no closing " (\\" is an escaped quote; write \\\\ for a backslash before the closing quote) [unterminated-string]',
    ]);
  });
});
