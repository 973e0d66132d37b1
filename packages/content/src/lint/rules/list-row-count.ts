import { arrayItems, propertyNode } from '../json/tree.js';
import { childPointer } from '../json/pointer.js';
import { ruleMeta, type Rule } from '../rule.js';
import { structuredOf } from '../structure.js';

/** List messages: at least one row, at most 10 rows in total (not per section), at most 10 sections. */
export const listRowCount: Rule = {
  meta: ruleMeta({
    id: 'list-row-count',
    defaultSeverity: 'error',
    description: 'List messages must have 1–10 rows in total and at most 10 sections.',
    fixable: false,
    messages: {
      tooManySections: 'The list has {{count}} sections; at most {{max}} allowed ({{profile}}).',
      tooManyRows: 'The list has {{count}} rows in total; at most {{max}} across all sections ({{profile}}).',
      noRows: 'The list has no rows; at least one row is required.',
    },
  }),
  check(context) {
    const s = structuredOf(context, 'single-selection-list');
    if (!s) return;
    const profile = context.profile.name;
    const sections = s.items;
    const maxSections = context.limit('list.sections');
    if (maxSections && sections.length > maxSections.value) {
      const extra = sections[maxSections.value]!;
      context.report({
        node: extra.node,
        path: extra.pointer,
        messageId: 'tooManySections',
        data: { count: sections.length, max: maxSections.value, profile },
      });
    }
    const rows = sections.flatMap((section) =>
      arrayItems(propertyNode(section.node, 'rows')).map((node, i) => ({
        node,
        pointer: childPointer(childPointer(section.pointer, 'rows'), i),
      })),
    );
    const maxRows = context.limit('list.rows');
    if (maxRows && rows.length > maxRows.value) {
      const extra = rows[maxRows.value]!;
      context.report({
        node: extra.node,
        path: extra.pointer,
        messageId: 'tooManyRows',
        data: { count: rows.length, max: maxRows.value, profile },
      });
    }
    if (rows.length === 0) {
      const content = propertyNode(s.node, 'content');
      context.report({
        node: content ?? s.node,
        path: childPointer(s.pointer, 'content'),
        messageId: 'noRows',
      });
    }
  },
};
