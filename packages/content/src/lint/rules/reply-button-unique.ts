import { propertyNode } from '../json/tree.js';
import type { JsonNode } from '../json/tree.js';
import { ruleMeta, type Rule } from '../rule.js';
import { structuredOf } from '../structure.js';

/** Reply-button and quick-reply titles (and ids) must be unique within a message. */
export const replyButtonUnique: Rule = {
  meta: ruleMeta({
    id: 'reply-button-unique',
    defaultSeverity: 'error',
    description: 'Reply-button titles and ids must be unique within the message.',
    fixable: false,
    messages: {
      duplicateTitle: "Duplicate title '{{value}}': each title must be unique within the message.",
      duplicateId: "Duplicate id '{{value}}': each id must be unique within the message.",
    },
  }),
  check(context) {
    const s = structuredOf(context, 'reply-buttons', 'quick-replies');
    if (!s) return;
    for (const key of ['text', 'id']) {
      const seen = new Map<string, JsonNode>();
      for (const item of s.items) {
        const node = propertyNode(item.node, key);
        if (!node || (node.type !== 'string' && node.type !== 'number')) continue;
        const value = String(node.value).trim();
        const first = seen.get(value.toLowerCase());
        if (first) {
          context.report({
            node,
            path: `${item.pointer}/${key}`,
            messageId: key === 'text' ? 'duplicateTitle' : 'duplicateId',
            data: { value },
          });
        } else {
          seen.set(value.toLowerCase(), node);
        }
      }
    }
  },
};
