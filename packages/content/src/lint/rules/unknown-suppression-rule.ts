import { closestName } from '@fieldcode/language';
import { ruleMeta, type Rule } from '../rule.js';

/**
 * Every rule id in `x-fieldcode-disable` must name a rule of this run (built-in or plugin): a
 * misspelt id suppresses nothing, and the finding it was meant for would show up unexplained.
 */
export const unknownSuppressionRule: Rule = {
  meta: ruleMeta({
    id: 'unknown-suppression-rule',
    defaultSeverity: 'error',
    description: 'A rule id in `x-fieldcode-disable` must name a known rule.',
    fixable: false,
    appliesTo: ['structured-body', 'envelope'],
    readsSuppressions: true,
    messages: {
      unknownRule: "Unknown rule '{{rule}}' in x-fieldcode-disable; it suppresses nothing.",
      unknownRuleDidYouMean: "Unknown rule '{{rule}}' in x-fieldcode-disable; did you mean '{{alternative}}'?",
      replaceWith: "Replace with '{{name}}'",
    },
  }),
  check(context) {
    for (const suppression of context.suppressions) {
      for (const rule of suppression.rules) {
        if (context.ruleIds.has(rule.id)) continue;
        const alternative = closestName(rule.id, context.ruleIds);
        if (alternative === undefined) {
          context.report({ node: rule.node, messageId: 'unknownRule', data: { rule: rule.id } });
          continue;
        }
        context.report({
          node: rule.node,
          messageId: 'unknownRuleDidYouMean',
          data: { rule: rule.id, alternative },
          suggestions: [
            {
              messageId: 'replaceWith',
              data: { name: alternative },
              fix: { start: rule.node.offset, end: rule.node.offset + rule.node.length, text: JSON.stringify(alternative) },
            },
          ],
        });
      }
    }
  },
};
