import { ruleMeta, type Rule } from '../rule.js';

/** Off by default: flags fieldcode extension functions, which Genesys does not document. */
export const genesysCompat: Rule = {
  meta: ruleMeta({
    id: 'genesys-compat',
    defaultSeverity: 'off',
    description: 'Templates must only use what Genesys documents (no extension functions).',
    genesysRejects: true,
    fixable: false,
    messages: {
      extension: '{{name}} is a fieldcode extension, not a Genesys function: Genesys would not render it.',
    },
  }),
  check(context) {
    for (const template of context.file.templates) {
      if (!template.value.includes('<$')) continue;
      for (const use of context.analyze(template).functions) {
        if (!use.extension) continue;
        context.report({
          template,
          start: use.range.start.offset,
          end: use.range.end.offset,
          messageId: 'extension',
          data: { name: use.name },
        });
      }
    }
  },
};
