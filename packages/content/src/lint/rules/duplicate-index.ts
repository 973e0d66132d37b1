import { propertyNode } from '../json/tree.js';
import { childPointer } from '../json/pointer.js';
import { ruleMeta, type Rule } from '../rule.js';
import { parameterEntries } from '../structure.js';

/** Items of `content[]`, and parameters of one item, must not share an `index`. */
export const duplicateIndex: Rule = {
  meta: ruleMeta({
    id: 'duplicate-index',
    defaultSeverity: 'error',
    description: 'Content items and parameters must not share an index.',
    fixable: false,
    appliesTo: ['structured-body', 'envelope', 'language-variant'],
    messages: {
      itemIndex: 'Index {{index}} is already used by the item at {{first}}; the order of the message is ambiguous.',
      parameterIndex: 'Parameter index {{index}} is used twice in this item.',
    },
  }),
  check(context) {
    const s = context.file.structured;
    if (!s) return;
    const byPosition = [...s.items].sort((a, b) => a.position - b.position);
    const seen = new Map<number, string>();
    for (const item of byPosition) {
      if (item.index === undefined) continue;
      const first = seen.get(item.index);
      if (first !== undefined) {
        context.report({
          node: propertyNode(item.node, 'index'),
          path: childPointer(item.pointer, 'index'),
          messageId: 'itemIndex',
          data: { index: item.index, first },
        });
      } else {
        seen.set(item.index, item.pointer);
      }
    }
    for (const item of byPosition) {
      const used = new Set<number>();
      for (const param of parameterEntries(context, item)) {
        if (param.index === undefined) continue;
        if (used.has(param.index)) {
          context.report({
            node: param.indexNode,
            path: childPointer(param.pointer, 'index'),
            messageId: 'parameterIndex',
            data: { index: param.index },
          });
        }
        used.add(param.index);
      }
    }
  },
};
