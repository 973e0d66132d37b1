import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatDiagnostic, getRule, lint, ruleMetas, rules } from './index.js';
import { ruleMeta, type Rule } from './rule.js';
import type { FileScope } from '../types.js';

const LONG_FOOTER = `{"contentType":"reply-buttons","text":"Q?","footer":"${'f'.repeat(61)}","content":[{"type":"reply-button","id":"a","text":"A"}]}`;

describe('lint engine', () => {
  afterEach(() => vi.restoreAllMocks());

  it('exposes one module per rule with metadata and a docs link', () => {
    // Every rule's docs section and tests are checked by rules/rule-kit.test.ts (no rule count here).
    expect(ruleMetas.map((m) => m.id)).toEqual(rules.map((r) => r.meta.id));
    expect(new Set(ruleMetas.map((m) => m.id)).size).toBe(ruleMetas.length);
    for (const meta of ruleMetas) expect(meta.docs).toBe(`docs/rules.md#${meta.id}`);
    expect(getRule('body-length')?.meta).toEqual({
      id: 'body-length',
      defaultSeverity: 'error',
      description: 'Message bodies must fit the profile (1024 characters for WhatsApp templates, also after rendering).',
      docs: 'docs/rules.md#body-length',
      fixable: false,
      appliesTo: ['structured-body', 'envelope', 'plain-text', 'language-variant'],
      messages: expect.objectContaining({
        tooLong: '{{what}} is {{length}} {{unit}} long; the limit is {{limit}} ({{profile}}).',
        sampleDataTooLong: 'With the sample data the body renders to {{length}} {{unit}}; the limit is {{limit}} ({{profile}}).',
      }) as unknown,
    });
    expect(getRule('nope')).toBeUndefined();
  });

  it('sorts diagnostics by offset and counts them', () => {
    const result = lint(LONG_FOOTER);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['interactive-as-notification', 'footer-length']);
    expect(result).toMatchObject({ errorCount: 1, warningCount: 0, infoCount: 1, fixableCount: 0 });
  });

  it('applies severity overrides and turns rules off', () => {
    const result = lint(LONG_FOOTER, { rules: { 'footer-length': 'warning', 'interactive-as-notification': 'off' } });
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      'footer-length warning 1:54-1:115 The footer is 61 characters long; the limit is 60 (whatsapp). @/footer',
    ]);
  });

  it('turns a crashing rule into an internal-error diagnostic naming the rule', () => {
    vi.spyOn(getRule('footer-length')!, 'check').mockImplementation(() => {
      throw new Error('boom');
    });
    const result = lint(LONG_FOOTER);
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      "internal-error error 1:1-1:1 Rule 'footer-length' failed on this file (boom); please report it.",
      "interactive-as-notification info 1:16-1:31 Reply buttons are an interactive message, not a notification: WhatsApp only delivers interactive messages within 24 hours of the customer's last message. To start a conversation, use a notification with quick-reply buttons. @/contentType",
    ]);
  });

  it('picks the file kind from the path or the option', () => {
    expect(lint('Hello <$ Contact.FirstName $>', { filePath: 'welcome.txt' }).diagnostics).toEqual([]);
    expect(lint('Hello', { filePath: 'welcome.json' }).diagnostics.map((d) => d.code)).toEqual(['json-syntax']);
    expect(lint('Hello', { filePath: 'welcome.json', kind: 'text' }).diagnostics).toEqual([]);
  });

  it('answers odd input with positioned diagnostics, never an internal error', () => {
    // lint() catches a crashing rule, so "does not throw" proves nothing: the exact findings do.
    const findings = (text: string) => lint(text).diagnostics.map(formatDiagnostic);
    expect(findings('')).toEqual(['json-syntax error 1:1-1:1 Expected a value but found the end of the file']);
    expect(findings(' ')).toEqual(['json-syntax error 1:2-1:2 Expected a value but found the end of the file']);
    expect(findings('null')).toEqual(['schema error 1:1-1:5 The file must be object. @']);
    expect(findings('[]')).toEqual(['schema error 1:1-1:3 The file must be object. @']);
    expect(findings('"x"')).toEqual(['schema error 1:1-1:4 The file must be object. @']);
    expect(findings('{"contentType":7,"content":{}}')).toEqual([
      `schema error 1:16-1:17 '/contentType' must be equal to one of the allowed values: "notification", "quick-replies", "generic", "single-selection-list", "reply-buttons", "cta-url", "text". @/contentType`,
      "schema error 1:16-1:17 '/contentType' must be string. @/contentType",
      "schema error 1:28-1:30 '/content' must be array. @/content",
    ]);
    expect(findings('{"structured":[],"plainText":5}')).toEqual([
      "schema error 1:15-1:17 '/structured' must be object. @/structured",
      "schema error 1:30-1:31 '/plainText' must be string. @/plainText",
    ]);
    expect(findings('\u0000')).toEqual(["json-syntax error 1:1-1:2 Unexpected character '\u0000'"]);
    expect(lint(undefined as unknown as string).diagnostics.map((d) => d.code)).toEqual(['json-syntax']);
  });
});

describe('meta.appliesTo', () => {
  const body = (language: string) =>
    `{"contentType":"notification","content":[{"type":"notification","id":"ns@t","language":"${language}","text":"Hi."}]}`;
  const file = `{"structured":${body('en_US')},"variants":{"es":{"structured":${body('es')}}}}`;
  /** A plugin rule that reports the structured body of each view it runs on. */
  const probe = (appliesTo: FileScope[]): Rule => ({
    meta: ruleMeta({
      id: `probe/${appliesTo.join('+')}`,
      defaultSeverity: 'error',
      description: 'x',
      fixable: false,
      appliesTo,
      messages: { ran: 'ran' },
    }),
    check(context) {
      const s = context.file.structured;
      if (s) context.report({ node: s.node, path: s.pointer, messageId: 'ran' });
    },
  });
  const paths = (rule: Rule, text = file) =>
    lint(text, { plugins: [{ name: 'probe', rules: [rule] }] })
      .diagnostics.filter((d) => d.code === rule.meta.id)
      .map((d) => d.path);

  it('runs a rule on each language variant only when it names language-variant', () => {
    expect(paths(probe(['envelope', 'language-variant']))).toEqual(['/structured', '/variants/es/structured']);
    expect(paths(probe(['envelope']))).toEqual(['/structured']);
    expect(paths(probe(['language-variant']))).toEqual(['/variants/es/structured']);
  });

  it('skips a rule on the files it does not name', () => {
    expect(paths(probe(['structured-body']))).toEqual([]);
    expect(paths(probe(['envelope']), body('en_US'))).toEqual([]);
    expect(paths(probe(['structured-body']), body('en_US'))).toEqual(['']);
  });

  it('runs the built-in whole-file rules once per file (they leave out language-variant)', () => {
    const fileWide = rules.filter((rule) => !(rule.meta.appliesTo ?? []).includes('language-variant')).map((rule) => rule.meta.id);
    expect(fileWide).toEqual(['json-syntax', 'schema', 'unknown-profile', 'unused-suppression', 'unknown-suppression-rule']);
  });
});
