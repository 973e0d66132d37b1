// Inline suppressions through the whole lint core: scopes, reasons, variants, crashes, fixes.
import { describe, expect, it } from 'vitest';
import { lint } from './engine.js';
import type { LintPlugin } from '../types.js';

const shown = (text: string, options = {}) =>
  lint(text, options).diagnostics.map((d) => `${d.range.start.line}:${d.range.start.column} ${d.code} ${d.message}`);

const reason = 'Approved by Meta this way';
const bad = 'Hi <${ Contact.FirstName }> <$ Fromat() $>';

describe('x-fieldcode-disable', () => {
  it('on the envelope covers the whole response: plain text, structured body and language variants', () => {
    const text = JSON.stringify(
      {
        'x-fieldcode-disable': [{ rules: ['unknown-function'], reason }],
        plainText: bad,
        structured: { contentType: 'text', text: '<$ Fromat() $>' },
      },
      null,
      1,
    );
    expect(shown(text)).toEqual(["10:19 non-canonical-delimiter Field code written '<${ … }>'; the standard spelling is '<$ … $>'"]);
    expect(lint(text).fixableCount).toBe(1);
    expect(shown(text, { allowInlineConfig: false })).toEqual([
      "10:19 non-canonical-delimiter Field code written '<${ … }>'; the standard spelling is '<$ … $>'",
      '10:47 unknown-function Unknown function "Fromat".',
      '13:15 unknown-function Unknown function "Fromat".',
    ]);
  });

  it('on an item covers that item only', () => {
    const item = (text: string, suppressed: boolean) => ({
      type: 'quick-reply',
      text,
      ...(suppressed ? { 'x-fieldcode-disable': [{ rules: ['unknown-function', 'non-canonical-delimiter'], reason }] } : {}),
    });
    const text = JSON.stringify({
      contentType: 'notification',
      content: [
        { type: 'notification', id: 'ns@bill', language: 'en_US', text: 'Your bill' },
        item('<${ Fromat() }>', true),
        item('<${ Fromat() }>', false),
      ],
    });
    expect(shown(text)).toEqual([
      "1:315 non-canonical-delimiter Field code written '<${ … }>'; the standard spelling is '<$ … $>'",
      '1:319 unknown-function Unknown function "Fromat".',
    ]);
  });

  it('suppresses nothing without a reason; the schema says why', () => {
    const text = JSON.stringify({ 'x-fieldcode-disable': [{ rules: ['unknown-function'], reason: ' ' }], plainText: '<$ Fromat() $>' });
    expect(shown(text)).toEqual([
      '1:64 schema \'/x-fieldcode-disable/0/reason\' must match pattern "\\S".',
      '1:86 unknown-function Unknown function "Fromat".',
    ]);
    expect(shown(JSON.stringify({ 'x-fieldcode-disable': { rules: ['unknown-function'] }, plainText: '<$ Fromat() $>' }))).toEqual([
      "1:24 schema '/x-fieldcode-disable' must be array.",
      '1:71 unknown-function Unknown function "Fromat".',
    ]);
  });

  it('never hides a crashing rule, and covers plugin rules by their ids', () => {
    const plugin: LintPlugin = {
      name: 'acme',
      rules: [
        {
          meta: { id: 'acme/crash', defaultSeverity: 'error', description: 'Crashes.', docs: '', fixable: false },
          check: () => {
            throw new Error('boom');
          },
        },
        {
          meta: { id: 'acme/always', defaultSeverity: 'warning', description: 'Always.', docs: '', fixable: false },
          check: (context) => context.report({ range: { start: 0, end: 1 }, message: 'always' }),
        },
      ],
    };
    const text = JSON.stringify({ 'x-fieldcode-disable': [{ rules: ['acme/crash', 'acme/always'], reason }], plainText: 'Hi' });
    expect(shown(text, { plugins: [plugin] })).toEqual([
      "1:1 internal-error Rule 'acme/crash' failed on this file (boom); please report it.",
      "1:35 unused-suppression Unused suppression: no 'acme/crash' finding in this response.",
    ]);
  });

  it('is read only in JSON files: a .txt response is text through and through', () => {
    expect(shown('x-fieldcode-disable <$ Fromat() $>', { kind: 'text' })).toEqual(['1:24 unknown-function Unknown function "Fromat".']);
  });

  it('is never linted as text: its reason may hold anything', () => {
    const text = JSON.stringify({ 'x-fieldcode-disable': [{ rules: ['missing-value'], reason: '<$ Fromat( and {{1}}' }], plainText: 'Hi' });
    expect(shown(text)).toEqual(["1:35 unused-suppression Unused suppression: no 'missing-value' finding in this response."]);
  });
});
