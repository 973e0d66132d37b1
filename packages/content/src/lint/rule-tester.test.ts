import { describe, expect, it } from 'vitest';
import { lint, RuleTester, ruleMeta, type InvalidCase, type Rule, type ValidCase } from './index.js';

/** A plugin rule: reports every "TODO" in a plain-text file, with a fix to "DONE" when fixable. */
function todoRule(
  options: { fixable?: boolean; fix?: boolean; messageId?: string; suggestion?: { messageId?: string; message?: string } } = {},
): Rule {
  return {
    meta: ruleMeta({
      id: 'acme/no-todo',
      defaultSeverity: 'warning',
      description: 'No TODO left in a response.',
      fixable: options.fixable ?? true,
      appliesTo: ['plain-text'],
      messages: { todo: 'Resolve the {{word}} before sending.', remove: 'Remove the {{word}}' },
    }),
    check(context) {
      for (const match of context.file.text.matchAll(/TODO/g)) {
        context.report({
          range: { start: match.index, end: match.index + 4 },
          messageId: options.messageId ?? 'todo',
          data: { word: 'TODO' },
          fix: (options.fix ?? true) ? { start: match.index, end: match.index + 4, text: 'DONE' } : undefined,
          suggestions: options.suggestion && [
            { ...options.suggestion, data: { word: 'TODO' }, fix: { start: match.index, end: match.index + 5, text: '' } },
          ],
        });
      }
    },
  };
}

/** Runs the cases of a RuleTester and returns each case's failure message ('' when it passed). */
function outcomes(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): string[] {
  const results: string[] = [];
  const saved = [RuleTester.describe, RuleTester.it];
  RuleTester.describe = (_name, body) => body();
  RuleTester.it = (_name, body) => {
    try {
      body();
      results.push('');
    } catch (error) {
      results.push((error as Error).message.split('\n')[0]!);
    }
  };
  try {
    new RuleTester({ kind: 'text' }).run(rule, cases);
  } finally {
    [RuleTester.describe, RuleTester.it] = saved as [typeof RuleTester.describe, typeof RuleTester.it];
  }
  return results;
}

const good: InvalidCase = {
  code: 'a TODO',
  errors: [{ messageId: 'todo', data: { word: 'TODO' }, highlighted: 'TODO' }],
  output: 'a DONE',
};

describe('RuleTester', () => {
  it('passes a rule whose reports, ranges and fixes are as listed', () => {
    expect(outcomes(todoRule(), { valid: [{ code: 'all done' }], invalid: [good] })).toEqual(['', '']);
  });

  it('fails on a report in a valid case, a wrong highlight, a wrong message id and a wrong output', () => {
    expect(
      outcomes(todoRule(), {
        valid: [{ code: 'a TODO' }],
        invalid: [
          { ...good, errors: [{ messageId: 'todo', highlighted: 'a TODO' }] },
          { ...good, errors: [{ messageId: 'other', highlighted: 'TODO' }] },
          { ...good, output: 'a TODO' },
          { ...good, output: undefined },
        ],
      }),
    ).toEqual([
      'acme/no-todo: expected no report',
      'acme/no-todo: reports differ',
      'acme/no-todo: reports differ',
      'acme/no-todo: the fixed text differs',
      'acme/no-todo: the case has no output, but the rule offers fixes',
    ]);
  });

  it('asserts suggestions: their message ids, data and the text with each applied', () => {
    const suggesting = todoRule({ suggestion: { messageId: 'remove' } });
    const listed = (suggestions: NonNullable<InvalidCase['errors'][number]['suggestions']>): InvalidCase => ({
      ...good,
      code: 'a TODO!',
      output: 'a DONE!',
      errors: [{ messageId: 'todo', highlighted: 'TODO', suggestions }],
    });
    expect(
      outcomes(suggesting, {
        valid: [],
        invalid: [
          listed([{ messageId: 'remove', data: { word: 'TODO' }, output: 'a ' }]),
          { ...good, code: 'a TODO!', output: 'a DONE!' },
          listed([{ messageId: 'todo', output: 'a ' }]),
          listed([{ messageId: 'remove', data: { word: 'X' }, output: 'a ' }]),
          listed([{ messageId: 'remove', output: 'a TODO' }]),
          listed([]),
        ],
      }),
    ).toEqual([
      '',
      "acme/no-todo: report 1 offers suggestions; list them in its 'suggestions'",
      'acme/no-todo: reports differ',
      'acme/no-todo: reports differ',
      'acme/no-todo: reports differ',
      'acme/no-todo: reports differ',
    ]);
    // A suggestion worded without a message id fails the case; an unknown message id fails the rule.
    expect(outcomes(todoRule({ suggestion: { message: 'Remove it' } }), { valid: [], invalid: [listed([])] })).toEqual([
      'acme/no-todo: every suggestion must use a messageId of meta.messages',
    ]);
    expect(outcomes(todoRule({ suggestion: { messageId: 'nope' } }), { valid: [], invalid: [listed([])] })).toEqual([
      'acme/no-todo: the rule failed',
    ]);
  });

  it('words suggestions from meta.messages and gives their message id in the diagnostic', () => {
    expect(
      lint('a TODO!', { kind: 'text', plugins: [{ name: 'acme', rules: [todoRule({ suggestion: { messageId: 'remove' } })] }] })
        .diagnostics[0]!.suggestions,
    ).toEqual([
      {
        message: 'Remove the TODO',
        messageId: 'remove',
        fix: { range: { start: { offset: 2, line: 1, column: 3 }, end: { offset: 7, line: 1, column: 8 } }, text: '' },
      },
    ]);
  });

  it('fails when the rule reports a fix without meta.fixable, or an unknown message id', () => {
    expect(outcomes(todoRule({ fixable: false }), { valid: [], invalid: [good] })).toEqual(['acme/no-todo: the rule failed']);
    expect(outcomes(todoRule({ messageId: 'nope' }), { valid: [], invalid: [good] })).toEqual(['acme/no-todo: the rule failed']);
  });
});

describe('lint plugins', () => {
  const plugin = { name: 'acme', rules: [todoRule()], presets: { strict: { 'acme/no-todo': 'error' as const } } };

  it('runs plugin rules after the built-in ones, on the files they apply to', () => {
    expect(
      lint('a TODO', { kind: 'text', plugins: [plugin] }).diagnostics.map((d) => [d.code, d.severity, d.message, d.fix?.text]),
    ).toEqual([['acme/no-todo', 'warning', 'Resolve the TODO before sending.', 'DONE']]);
    expect(lint('{"contentType":"text","text":"a TODO"}', { plugins: [plugin] }).diagnostics.map((d) => d.code)).not.toContain(
      'acme/no-todo',
    );
  });

  it('applies presets, and rules settings over them', () => {
    expect(lint('a TODO', { kind: 'text', plugins: [plugin], presets: ['acme/strict'] }).diagnostics.map((d) => d.severity)).toEqual([
      'error',
    ]);
    expect(
      lint('a TODO', { kind: 'text', plugins: [plugin], presets: ['acme/strict'], rules: { 'acme/no-todo': 'off' } }).diagnostics,
    ).toEqual([]);
  });

  it('reports an unknown preset and a rule id that already exists as internal errors', () => {
    expect(lint('a', { kind: 'text', plugins: [plugin], presets: ['acme/lax'] }).diagnostics.map((d) => d.message)).toEqual([
      "Rule 'lint' failed on this file (unknown preset 'acme/lax' (a preset is fieldcode:recommended, fieldcode:strict, fieldcode:genesys or named <plugin>/<preset>)); please report it.",
    ]);
    const clash = {
      name: 'clash',
      rules: [{ ...todoRule(), meta: ruleMeta({ id: 'schema', defaultSeverity: 'error', description: 'x', fixable: false }) }],
    };
    expect(lint('a', { kind: 'text', plugins: [clash] }).diagnostics.map((d) => d.message)).toEqual([
      "Rule 'lint' failed on this file (plugin 'clash' defines rule 'schema', which already exists); please report it.",
    ]);
  });
});
