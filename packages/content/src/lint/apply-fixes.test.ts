import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '@fieldcode/language';
import { applyFixes } from './apply-fixes.js';

const at = (start: number, end: number, text: string): Diagnostic => ({
  code: 'x',
  severity: 'warning',
  message: 'm',
  range: { start: { offset: start, line: 1, column: start + 1 }, end: { offset: end, line: 1, column: end + 1 } },
  fix: { range: { start: { offset: start, line: 1, column: start + 1 }, end: { offset: end, line: 1, column: end + 1 } }, text },
});

describe('applyFixes', () => {
  it('applies non-overlapping fixes to the original text, whatever their order', () => {
    expect(applyFixes('abcdef', [at(4, 5, 'E'), at(0, 1, 'AA')], { kind: 'text' })).toEqual({ text: 'AAbcdEf', applied: 2, skipped: 0 });
  });

  it('skips a fix overlapping an earlier one and fixes outside the text', () => {
    expect(applyFixes('abcdef', [at(1, 4, 'X'), at(2, 3, 'Y'), at(5, 99, 'Z')], { kind: 'text' })).toEqual({
      text: 'aXef',
      applied: 1,
      skipped: 2,
    });
  });

  it('refuses fixes that would break a file that parsed as JSON', () => {
    expect(applyFixes('{"a":"b"}', [at(5, 6, '')])).toEqual({ text: '{"a":"b"}', applied: 0, skipped: 1 });
    expect(applyFixes('{"a":"b"}', [at(6, 7, 'c')])).toEqual({ text: '{"a":"c"}', applied: 1, skipped: 0 });
  });

  it('ignores diagnostics without a fix', () => {
    const { fix: _fix, ...plain } = at(0, 1, 'Z');
    expect(applyFixes('ab', [plain], { kind: 'text' })).toEqual({ text: 'ab', applied: 0, skipped: 0 });
  });
});
