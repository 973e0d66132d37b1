import type { LimitId } from '../../types.js';
import { arrayItems, propertyNode } from '../json/tree.js';
import type { JsonNode } from '../json/tree.js';
import { ruleMeta, type Rule, type RuleContext } from '../rule.js';
import { checkLength, renderedLength, structuredOf } from '../structure.js';

/** List texts: button label, section titles, row titles, descriptions and ids. */
export const listTextLength: Rule = {
  meta: ruleMeta({ id: 'list-text-length', defaultSeverity: 'error', description: 'List button label, section titles, row titles, descriptions and ids must fit the profile.', fixable: false }),
  check(context) {
    const s = structuredOf(context, 'single-selection-list');
    if (!s) return;
    check(context, s.node, 'button', 'list.button.length', 'The list button label');
    for (const section of s.items) {
      check(context, section.node, 'title', 'list.sectionTitle.length', 'The section title');
      for (const row of arrayItems(propertyNode(section.node, 'rows'))) {
        check(context, row, 'title', 'list.rowTitle.length', 'The row title');
        check(context, row, 'description', 'list.rowDescription.length', 'The row description');
        check(context, row, 'id', 'list.rowId.length', 'The row id');
      }
    }
  },
};

function check(context: RuleContext, object: JsonNode, key: string, id: LimitId, what: string): void {
  const text = context.file.templateOf(propertyNode(object, key));
  const limit = context.limit(id) ?? (id === 'list.rowId.length' ? undefined : context.limit('interactive.string.length'));
  if (text && limit) checkLength(context, text, renderedLength(context, text), limit, what);
}
