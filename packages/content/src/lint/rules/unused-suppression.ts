import { ruleMeta, type Rule } from '../rule.js';

/**
 * A suppression must suppress something (ESLint's `--report-unused-disable-directives`): a rule id
 * in `x-fieldcode-disable` whose rule reported nothing in that scope is stale — the problem was
 * fixed or the rule is off — and would silently hide the next real finding there.
 */
export const unusedSuppression: Rule = {
  meta: ruleMeta({
    id: 'unused-suppression',
    defaultSeverity: 'warning',
    description: 'A rule id in `x-fieldcode-disable` must suppress at least one finding.',
    fixable: false,
    appliesTo: ['structured-body', 'envelope'],
    readsSuppressions: true,
    messages: {
      unused: "Unused suppression: no '{{rule}}' finding in this {{scope}}.",
    },
  }),
  check(context) {
    for (const suppression of context.suppressions) {
      for (const rule of suppression.rules) {
        // Unknown ids are unknown-suppression-rule's to report.
        if (rule.used || !context.ruleIds.has(rule.id)) continue;
        context.report({ node: rule.node, messageId: 'unused', data: { rule: rule.id, scope: suppression.scope } });
      }
    }
  },
};
