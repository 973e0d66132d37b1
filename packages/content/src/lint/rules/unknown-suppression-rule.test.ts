import { describe, expect, it } from 'vitest';
import { lint, RuleTester } from '../index.js';
import type { LintPlugin } from '../../types.js';
import { unknownSuppressionRule } from './unknown-suppression-rule.js';

const withIds = (rules: string[]) => JSON.stringify({ plainText: 'Hi', 'x-fieldcode-disable': [{ rules, reason: 'reviewed' }] });
const acme: LintPlugin = {
  name: 'acme',
  rules: [{ meta: { id: 'acme/no-todo', defaultSeverity: 'warning', description: 'No TODO.', docs: '', fixable: false }, check: () => {} }],
};

new RuleTester().run(unknownSuppressionRule, {
  valid: [
    {
      name: 'built-in rule ids (every one is known, even when it does not run)',
      code: withIds(['body-length', 'json-syntax', 'unused-suppression']),
    },
    { name: 'a plugin rule id', code: withIds(['acme/no-todo']), options: { plugins: [acme] } },
    { name: 'ignored without inline config', code: withIds(['nope']), options: { allowInlineConfig: false } },
  ],
  invalid: [
    {
      name: 'a misspelt id, with the rule it probably means',
      code: withIds(['body-length', 'body-lenght']),
      errors: [
        {
          messageId: 'unknownRuleDidYouMean',
          data: { rule: 'body-lenght', alternative: 'body-length' },
          highlighted: '"body-lenght"',
          severity: 'error',
          suggestions: [{ messageId: 'replaceWith', data: { name: 'body-length' }, output: withIds(['body-length', 'body-length']) }],
        },
      ],
    },
    {
      name: 'an id like nothing known, in an item',
      code: JSON.stringify({
        contentType: 'text',
        text: 'Hi',
        content: [
          { type: 'document', url: 'https://x.test/a.pdf', 'x-fieldcode-disable': [{ rules: ['eslint/no-console'], reason: 'r' }] },
        ],
      }),
      errors: [{ messageId: 'unknownRule', data: { rule: 'eslint/no-console' }, highlighted: '"eslint/no-console"' }],
    },
    {
      name: 'a plugin rule id without the plugin',
      code: withIds(['acme/no-todo']),
      errors: [{ messageId: 'unknownRule', data: { rule: 'acme/no-todo' }, highlighted: '"acme/no-todo"' }],
    },
  ],
});

describe('unknown-suppression-rule', () => {
  it('words its message and offers the known id as a suggestion', () => {
    const text = withIds(['body-lenght']);
    const [finding] = lint(text).diagnostics;
    expect(finding!.message).toBe("Unknown rule 'body-lenght' in x-fieldcode-disable; did you mean 'body-length'?");
    expect(finding!.suggestions).toEqual([
      { message: "Replace with 'body-length'", messageId: 'replaceWith', fix: { range: finding!.range, text: '"body-length"' } },
    ]);
  });

  it('suppresses nothing: the finding the misspelt id was meant for is still reported', () => {
    const text = JSON.stringify({ plainText: 'Hi <$ Fromat() $>', 'x-fieldcode-disable': [{ rules: ['unknown-functoin'], reason: 'r' }] });
    expect(lint(text).diagnostics.map((d) => d.code)).toEqual(['unknown-function', 'unknown-suppression-rule']);
  });
});
