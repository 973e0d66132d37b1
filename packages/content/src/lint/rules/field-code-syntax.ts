import { filePositionsInMessage, languageFixEdit } from '../fixes.js';
import { ruleMeta, type Rule } from '../rule.js';

/** Language codes reported by other rules. */
const HANDLED_ELSEWHERE: ReadonlySet<string> = new Set([
  'non-canonical-delimiter',
  'unknown-function',
  'argument-count',
  'unknown-field',
  'field-case',
  'missing-value',
  'invalid-format-pattern',
]);

/**
 * Field-code errors of every template — syntax (delimiters, strings, parentheses, operators) and
 * the language's other compile-time findings (denied names, constant type errors) — positioned
 * inside the JSON strings. The language's diagnostic code is kept in brackets.
 */
export const fieldCodeSyntax: Rule = {
  meta: ruleMeta({
    id: 'field-code-syntax',
    defaultSeverity: 'error',
    description: 'Field codes must parse (delimiters, strings, parentheses, operators).',
    genesysRejects: true,
    fixable: true,
    messages: {
      // The language package words its diagnostics; the rule adds the diagnostic's code.
      fieldCode: '{{message}} [{{code}}]',
    },
  }),
  check(context) {
    for (const template of context.file.templates) {
      if (!template.value.includes('<$') && !template.value.includes('$>')) continue;
      for (const d of context.analyze(template).diagnostics) {
        if (HANDLED_ELSEWHERE.has(d.code)) continue;
        context.report({
          template,
          start: d.range.start.offset,
          end: d.range.end.offset,
          severity: d.severity,
          messageId: 'fieldCode',
          data: { message: filePositionsInMessage(template, d.message, context.positionAt), code: d.code },
          fix: d.fix ? languageFixEdit(template, d.fix) : undefined,
          suggestions: d.suggestions?.map((s) => ({ message: s.message, fix: languageFixEdit(template, s.fix) })),
        });
      }
    }
  },
};
