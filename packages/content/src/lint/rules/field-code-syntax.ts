import { filePositionsInMessage, languageFixEdit } from '../fixes.js';
import { ruleMeta, type Rule } from '../rule.js';

/** Language codes reported by other rules. */
const HANDLED_ELSEWHERE: ReadonlySet<string> = new Set(['non-canonical-delimiter']);

/** Field-code syntax errors of every template, positioned inside the JSON strings. */
export const fieldCodeSyntax: Rule = {
  meta: ruleMeta({ id: 'field-code-syntax', defaultSeverity: 'error', description: 'Field codes must parse (delimiters, strings, parentheses, operators).', fixable: true }),
  check(context) {
    for (const template of context.file.templates) {
      if (!template.value.includes('<$') && !template.value.includes('$>')) continue;
      for (const d of context.parse(template).diagnostics) {
        if (HANDLED_ELSEWHERE.has(d.code)) continue;
        context.report({
          template,
          start: d.range.start.offset,
          end: d.range.end.offset,
          severity: d.severity,
          message: `${filePositionsInMessage(template, d.message, context.positionAt)} [${d.code}]`,
          fix: d.fix ? languageFixEdit(template, d.fix) : undefined,
          suggestions: d.suggestions?.map((s) => ({ message: s.message, fix: languageFixEdit(template, s.fix) })),
        });
      }
    }
  },
};
