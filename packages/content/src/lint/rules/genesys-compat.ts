import { walkExpressions } from '../ast-walk.js';
import { findFunction } from '../language.js';
import { ruleMeta, type Rule } from '../rule.js';

/** Off by default: flags fieldcode extension functions and delimiters Genesys does not document. */
export const genesysCompat: Rule = {
  meta: ruleMeta({ id: 'genesys-compat', defaultSeverity: 'off', description: 'Templates must only use what Genesys documents (no extension functions).', fixable: false }),
  check(context) {
    for (const template of context.file.templates) {
      if (!template.value.includes('<$')) continue;
      walkExpressions(context.parse(template).ast, (node) => {
        if (node.kind !== 'Call' || node.callee.kind !== 'Identifier') return;
        const fn = findFunction(node.callee.name);
        if (fn?.extension) {
          context.report({
            template,
            start: node.callee.start,
            end: node.callee.end,
            message: `${fn.name} is a fieldcode extension, not a Genesys function: Genesys would not render it.`,
          });
        }
      });
    }
  },
};
