import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '@fieldcode/language';
import type { LintResult } from '@fieldcode/content';
import { lintFile, type LintApi } from './lint-file.js';
import { positionAt } from './text-position.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'fieldcode-lint-file-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const result = (diagnostics: Diagnostic[]): LintResult => ({
  diagnostics,
  errorCount: diagnostics.filter((d) => d.severity === 'error').length,
  warningCount: diagnostics.filter((d) => d.severity === 'warning').length,
  infoCount: 0,
  fixableCount: diagnostics.filter((d) => d.fix).length,
});

/** A fake lint core: flags every `X`, with a fix whose replacement is `replacement`; `{` alone is a syntax error. */
function fakeApi(replacement: string): LintApi {
  return {
    lint: (text) => {
      if (text.includes('{{')) {
        const at = positionAt(text, text.indexOf('{{'));
        return result([{ code: 'json-syntax', severity: 'error', message: 'broken', range: { start: at, end: at } }]);
      }
      const index = text.indexOf('X');
      if (index === -1) return result([]);
      const range = { start: positionAt(text, index), end: positionAt(text, index + 1) };
      return result([{ code: 'fake', severity: 'warning', message: 'X', range, fix: { range, text: replacement } }]);
    },
    applyFixes: (text, diagnostics) => {
      const fix = diagnostics.find((d) => d.fix)!.fix!;
      return { text: text.slice(0, fix.range.start.offset) + fix.text + text.slice(fix.range.end.offset), applied: 1, skipped: 0 };
    },
    fileKind: () => 'json',
  };
}

describe('lintFile --fix', () => {
  it('applies fixes over several passes and writes the file', async () => {
    const path = join(dir, 'passes.json');
    writeFileSync(path, '"XX"');
    const linted = await lintFile(fakeApi('y'), { fix: true }, { path, shown: 'passes.json' });
    expect(readFileSync(path, 'utf8')).toBe('"yy"');
    expect(linted).toEqual({
      report: { path, displayPath: 'passes.json', text: '"yy"', diagnostics: [] },
      note: 'fixed 2 problems in passes.json',
    });
  });

  it('discards a pass whose result would not parse and keeps the file as it was', async () => {
    const path = join(dir, 'breaks.json');
    writeFileSync(path, '"X"');
    const linted = await lintFile(fakeApi('{{'), { fix: true }, { path, shown: 'breaks.json' });
    expect(readFileSync(path, 'utf8')).toBe('"X"');
    expect(linted.note).toBe('fieldcode: not fixing breaks.json: the fixed text would not parse');
    expect(linted.report.diagnostics.map((d) => d.code)).toEqual(['fake']);
  });

  it('never touches a file that does not parse', async () => {
    const path = join(dir, 'syntax.json');
    writeFileSync(path, '{{ "X"');
    const linted = await lintFile(fakeApi('y'), { fix: true }, { path, shown: 'syntax.json' });
    expect(readFileSync(path, 'utf8')).toBe('{{ "X"');
    expect(linted.note).toBe(undefined);
  });

  it('applies configured severities to the CLI findings', async () => {
    const path = join(dir, 'nul.json');
    writeFileSync(path, Buffer.from([0x7b, 0x00]));
    const asWarning = await lintFile(fakeApi('y'), { fix: false, rules: { 'binary-file': 'warning' } }, { path, shown: 'nul.json' });
    expect(asWarning.report.diagnostics.map((d) => [d.code, d.severity, d.range.start.column])).toEqual([['binary-file', 'warning', 2]]);
    const off = await lintFile(fakeApi('y'), { fix: false, rules: { 'binary-file': 'off' } }, { path, shown: 'nul.json' });
    expect(off.report.diagnostics).toEqual([]);
  });
});
