import { childPointer } from '../json/pointer.js';
import { contentParts } from '../../message/model.js';
import { ruleMeta, type Rule } from '../rule.js';
import { nodeOfPointer, partParameters } from '../structure.js';

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
    const model = context.file.response?.model;
    if (!s || model === undefined || model === context.file.response?.plain) return;
    // The items of the model in document order, with the index the one index rule reads.
    const parts = contentParts(model);
    const seen = new Map<number, string>();
    for (const part of parts) {
      if (part.index === undefined) continue;
      const first = seen.get(part.index);
      if (first !== undefined) {
        context.report({
          node: nodeOfPointer(context, childPointer(part.pointer, 'index')),
          path: childPointer(part.pointer, 'index'),
          messageId: 'itemIndex',
          data: { index: part.index, first },
        });
      } else {
        seen.set(part.index, part.pointer);
      }
    }
    for (const part of parts) {
      const used = new Set<number>();
      for (const param of partParameters(context, part)) {
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
