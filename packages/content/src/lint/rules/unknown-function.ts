import type { Diagnostic } from '@fieldcode/language';
import { languageFixEdit } from '../fixes.js';
import { ruleMeta, type Problem, type Rule } from '../rule.js';

const CODES: ReadonlySet<string> = new Set(['unknown-function', 'argument-count']);

/**
 * Called functions must exist and get a valid number of arguments (the language's
 * `unknown-function` and `argument-count` findings, with its "did you mean" suggestion). The
 * language gives the facts (`data`: name, expected and given counts, signature); the wording is here.
 */
export const unknownFunction: Rule = {
  meta: ruleMeta({
    id: 'unknown-function',
    defaultSeverity: 'error',
    description: 'Called functions must exist and get a valid number of arguments.',
    genesysRejects: true,
    fixable: false,
    messages: {
      unknownFunction: 'Unknown function "{{name}}".',
      unknownFunctionDidYouMean: 'Unknown function "{{name}}"; did you mean "{{alternative}}"?',
      argumentCountOne: '{{name}} takes 1 argument, not {{count}}: {{signature}}.',
      argumentCount: '{{name}} takes {{expected}} arguments, not {{count}}: {{signature}}.',
      methodArgumentCount: '{{name}} takes 1 argument, not {{count}}.',
      changeTo: 'Change to {{name}}',
    },
  }),
  check(context) {
    for (const template of context.file.templates) {
      if (!template.value.includes('<$')) continue;
      for (const d of context.analyze(template).diagnostics) {
        if (!CODES.has(d.code)) continue;
        context.report({
          template,
          start: d.range.start.offset,
          end: d.range.end.offset,
          ...wording(d),
          suggestions: d.suggestions?.map((s) => ({
            messageId: 'changeTo',
            data: { name: s.fix.text },
            fix: languageFixEdit(template, s.fix),
          })),
        });
      }
    }
  },
};

/** The message id and data of a language finding (its `data` carries the facts). */
function wording(d: Diagnostic): Pick<Problem, 'messageId' | 'data'> {
  const data = d.data ?? {};
  const name = String(data['name'] ?? '');
  if (d.code === 'argument-count') {
    const facts = { name, expected: data['expected'] ?? '', count: data['count'] ?? '' };
    if (data['signature'] === undefined) return { messageId: 'methodArgumentCount', data: facts };
    return { messageId: facts.expected === '1' ? 'argumentCountOne' : 'argumentCount', data: { ...facts, signature: data['signature'] } };
  }
  const alternative = d.suggestions?.length === 1 ? d.suggestions[0]!.fix.text : undefined;
  return alternative === undefined || alternative === name
    ? { messageId: 'unknownFunction', data: { name } }
    : { messageId: 'unknownFunctionDidYouMean', data: { name, alternative } };
}
