import { languageFixEdit } from '../fixes.js';
import { ruleMeta, type Rule } from '../rule.js';

/** `<${ … }>` and `<$< … >>` work but `<$ … $>` is canonical; the fix rewrites the field code. */
export const nonCanonicalDelimiter: Rule = {
  meta: ruleMeta({
    id: 'non-canonical-delimiter',
    defaultSeverity: 'warning',
    description: 'Field codes should use the canonical `<$ … $>` delimiters.',
    fixable: true,
    messages: {
      nonCanonical: "Field code written '{{open}} … {{close}}'; the standard spelling is '<$ … $>'",
    },
  }),
  check(context) {
    for (const template of context.file.templates) {
      if (!template.value.includes('<$')) continue;
      for (const d of context.analyze(template).diagnostics) {
        if (d.code !== 'non-canonical-delimiter') continue;
        context.report({
          template,
          start: d.range.start.offset,
          end: d.range.end.offset,
          messageId: 'nonCanonical',
          // The language names the delimiters it read (`<${` and `}>`, `<$<` and `>>`).
          data: { open: d.data?.['open'] ?? '', close: d.data?.['close'] ?? '' },
          fix: d.fix ? languageFixEdit(template, d.fix) : undefined,
        });
      }
    }
  },
};
