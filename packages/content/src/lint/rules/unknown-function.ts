import { filePositionsInMessage, languageFixEdit } from '../fixes.js';
import { ruleMeta, type Rule } from '../rule.js';

const CODES: ReadonlySet<string> = new Set(['unknown-function', 'argument-count']);

/**
 * Called functions must exist and get a valid number of arguments (the language's
 * `unknown-function` and `argument-count` findings, with its "did you mean" suggestion).
 */
export const unknownFunction: Rule = {
  meta: ruleMeta({
    id: 'unknown-function',
    defaultSeverity: 'error',
    description: 'Called functions must exist and get a valid number of arguments.',
    genesysRejects: true,
    fixable: false,
    messages: {
      // The language package words its diagnostics (its analysis: unknown-function, argument-count).
      unknownFunction: '{{message}}',
      unknownFunctionDidYouMean: '{{message}}; did you mean "{{alternative}}"?',
      argumentCount: '{{message}}',
    },
  }),
  check(context) {
    for (const template of context.file.templates) {
      if (!template.value.includes('<$')) continue;
      for (const d of context.analyze(template).diagnostics) {
        if (!CODES.has(d.code)) continue;
        const message = filePositionsInMessage(template, d.message, context.positionAt);
        const alternative = d.suggestions?.length === 1 ? d.suggestions[0]!.fix.text : undefined;
        context.report({
          template,
          start: d.range.start.offset,
          end: d.range.end.offset,
          ...(d.code === 'argument-count'
            ? { messageId: 'argumentCount', data: { message } }
            : alternative && !message.includes(alternative)
              ? { messageId: 'unknownFunctionDidYouMean', data: { message: message.replace(/\.$/, ''), alternative } }
              : { messageId: 'unknownFunction', data: { message } }),
          suggestions: d.suggestions?.map((s) => ({ message: s.message, fix: languageFixEdit(template, s.fix) })),
        });
      }
    }
  },
};
