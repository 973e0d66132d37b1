import { ruleMeta, type Rule } from '../rule.js';

/**
 * Format patterns written as string literals (`<$ x : "#,##0.00" $>`, `Text(x, "dd/MM/yyyy")`)
 * must be valid: the language's analysis reads them with the render's own pattern parsers (by the
 * value's type when it is known, else by the pattern's letters) and positions each mistake on its
 * character. At render time such a pattern prints the value with its default format.
 */
export const formatPattern: Rule = {
  meta: ruleMeta({
    id: 'format-pattern',
    defaultSeverity: 'warning',
    description: 'Literal format patterns of the : operator and Text() must be valid.',
    fixable: false,
    messages: {
      number: 'Number pattern, character {{character}}: {{problem}} The value prints with its default format.',
      duration: 'Duration pattern, character {{character}}: {{problem}} The value prints with its default format.',
      date: 'Date pattern, character {{character}}: {{problem}} The value prints with its default format.',
      boolean: 'Boolean pattern without ";": a Boolean takes TrueText;FalseText (for example "Yes;No"). The value prints as True or False.',
    },
  }),
  check(context) {
    for (const template of context.file.templates) {
      if (!template.value.includes('<$')) continue;
      for (const found of context.analyze(template).patternProblems) {
        context.report({
          template,
          start: found.range.start.offset,
          end: found.range.end.offset,
          messageId: found.kind,
          data: { character: found.character, problem: found.problem },
        });
      }
    }
  },
};
