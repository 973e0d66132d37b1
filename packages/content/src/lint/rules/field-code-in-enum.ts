import { ruleMeta, type Rule } from '../rule.js';

/** Enumerations (`type`, `contentType`, `mime`, `language`, `action`) are never rendered. */
export const fieldCodeInEnum: Rule = {
  meta: ruleMeta({
    id: 'field-code-in-enum',
    defaultSeverity: 'error',
    description: 'Field codes and placeholders are not allowed in `type`, `contentType`, `mime`, `language` or `action`.',
    fixable: false,
    messages: {
      notRendered: "'{{key}}' is an enumeration and is not rendered: field codes and placeholders stay literal here.",
    },
  }),
  check(context) {
    for (const e of context.file.enumStrings) {
      const value = typeof e.node.value === 'string' ? e.node.value : '';
      if (value.includes('<$') || /\{\{\s*\w+\s*\}\}/.test(value)) {
        context.report({
          node: e.node,
          path: e.pointer,
          messageId: 'notRendered',
          data: { key: e.key },
        });
      }
    }
  },
};
