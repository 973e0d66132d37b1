import { LIST_COUNT_MESSAGES, listCountFindings } from '../../message/counts.js';
import { ruleMeta, type Rule } from '../rule.js';
import { nodeOfPointer, structuredOf } from '../structure.js';

/** List messages: at least one row, at most 10 rows in total (not per section), at most 10 sections. */
export const listRowCount: Rule = {
  meta: ruleMeta({
    id: 'list-row-count',
    defaultSeverity: 'error',
    description: 'List messages must have 1–10 rows in total and at most 10 sections.',
    fixable: false,
    messages: { ...LIST_COUNT_MESSAGES },
  }),
  check(context) {
    const s = structuredOf(context, 'single-selection-list');
    const model = context.file.response?.model;
    if (!s || !model || model === context.file.response?.plain) return;
    // The counts come from the model (message/counts.ts), shared with the editor's problem list.
    for (const finding of listCountFindings(model, context.profile))
      context.report({
        node: nodeOfPointer(context, finding.pointer) ?? s.node,
        path: finding.pointer,
        messageId: finding.messageId,
        data: finding.data,
      });
  },
};
