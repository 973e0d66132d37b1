import { describe, expect, it } from 'vitest';
import { lint, RuleTester } from '../index.js';
import { unusedSuppression } from './unused-suppression.js';

// The rule runs alone here, so no other rule reports: every known rule id it names is unused.
const disable = (rules: string[], reason = 'approved by Meta') => ({ 'x-fieldcode-disable': [{ rules, reason }] });
const body = (extra: object = {}, item: object = {}) =>
  JSON.stringify({
    contentType: 'quick-replies',
    text: 'Pick one',
    ...extra,
    content: [{ id: 1, type: 'quick-reply', text: 'Yes', ...item }],
  });

new RuleTester().run(unusedSuppression, {
  valid: [
    { name: 'no suppression', code: body() },
    { name: 'suppressions are ignored without inline config', code: body(disable(['body-length'])), options: { allowInlineConfig: false } },
    { name: 'an unknown rule id is unknown-suppression-rule’s to report', code: body(disable(['body-lenght'])) },
    { name: 'an entry without a reason suppresses nothing, so it is not checked', code: body(disable(['body-length'], '  ')) },
    { name: 'plain text holds no suppression', code: 'Hi', options: { kind: 'text' } },
  ],
  invalid: [
    {
      name: 'on the top of a bare structured body: the response',
      code: body(disable(['body-length'])),
      errors: [
        { messageId: 'unused', data: { rule: 'body-length', scope: 'response' }, highlighted: '"body-length"', severity: 'warning' },
      ],
    },
    {
      name: 'on an item, each id of each entry',
      code: body(
        {},
        {
          'x-fieldcode-disable': [
            { rules: ['button-label-length', 'schema'], reason: 'a' },
            { rules: ['missing-value'], reason: 'b' },
          ],
        },
      ),
      errors: [
        { messageId: 'unused', data: { rule: 'button-label-length', scope: 'item' }, highlighted: '"button-label-length"' },
        { messageId: 'unused', data: { rule: 'schema', scope: 'item' }, highlighted: '"schema"' },
        { messageId: 'unused', data: { rule: 'missing-value', scope: 'item' }, highlighted: '"missing-value"' },
      ],
    },
    {
      name: 'on an envelope and on its structured body',
      code: JSON.stringify({
        ...disable(['footer-length']),
        plainText: 'Hi',
        structured: { ...disable(['header-length']), contentType: 'text', text: 'Hi' },
      }),
      errors: [
        { messageId: 'unused', data: { rule: 'footer-length', scope: 'response' }, highlighted: '"footer-length"' },
        { messageId: 'unused', data: { rule: 'header-length', scope: 'structured body' }, highlighted: '"header-length"' },
      ],
    },
  ],
});

describe('unused-suppression with the other rules', () => {
  const long = 'x'.repeat(25);
  const file = JSON.stringify(
    {
      contentType: 'quick-replies',
      text: 'Pick one',
      'x-fieldcode-disable': [{ rules: ['button-label-length'], reason: 'the outer one' }],
      content: [
        {
          id: 1,
          type: 'quick-reply',
          text: long,
          'x-fieldcode-disable': [
            { rules: ['button-label-length'], reason: 'the inner one' },
            { rules: ['button-label-length'], reason: 'the same again' },
          ],
        },
        { id: 2, type: 'quick-reply', text: 'No', 'x-fieldcode-disable': [{ rules: ['button-label-length'], reason: 'nothing to hide' }] },
      ],
    },
    null,
    2,
  );
  const shown = (options = {}) =>
    lint(file, { rules: { 'interactive-as-notification': 'off' }, ...options }).diagnostics.map(
      (d) => `${d.range.start.line}:${d.range.start.column} ${d.severity} ${d.code} ${d.message}`,
    );

  it('credits a finding to the innermost suppression; a repeated id, an outer one left idle and one on a clean item are unused', () => {
    expect(shown()).toEqual([
      "7:9 warning unused-suppression Unused suppression: no 'button-label-length' finding in this response.",
      "26:13 warning unused-suppression Unused suppression: no 'button-label-length' finding in this item.",
      "39:13 warning unused-suppression Unused suppression: no 'button-label-length' finding in this item.",
    ]);
  });

  it('is configured like any rule, and says nothing under --no-inline-config', () => {
    expect(shown({ rules: { 'interactive-as-notification': 'off', 'unused-suppression': 'off' } })).toEqual([]);
    expect(shown({ allowInlineConfig: false })).toEqual([
      '16:16 error button-label-length The quick-reply title is 25 characters long; the limit is 20 (whatsapp).',
    ]);
  });
});
