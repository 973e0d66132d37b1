import { scanPlaceholders } from '../../message/placeholders.js';
import { ruleMeta, type Rule } from '../rule.js';
import { notificationParts, structuredOf, templateProperty } from '../structure.js';

/** WhatsApp formatting markers (`*bold*`, `_italic_`, `~strike~`, `` `code` ``). */
const MARKUP = /[*_~`]/g;

/**
 * Template text headers take no formatting: Meta rejects Markdown special characters in a text
 * header (the body may use them). Checked in the literal text of the header only — a `*` inside a
 * field code is an operator, and values come from data.
 */
export const headerFormat: Rule = {
  meta: ruleMeta({
    id: 'header-format',
    defaultSeverity: 'warning',
    description: 'Notification text headers must not use formatting characters (* _ ~ `).',
    fixable: false,
    messages: {
      formatting:
        "The text header uses the formatting character '{{character}}'; WhatsApp template headers take no formatting (only the body does).",
    },
  }),
  check(context) {
    const notification = structuredOf(context, 'notification');
    if (!notification) return;
    const header = notificationParts(context).header;
    if (header?.type !== 'text') return;
    const text = templateProperty(context, header.node, 'text');
    if (!text) return;
    // A placeholder is no formatting: `{{first_name}}` has underscores (named parameters).
    const placeholders = scanPlaceholders(text.value);
    const inPlaceholder = (offset: number) => placeholders.some((p) => offset >= p.start && offset < p.end);
    for (const part of context.parse(text).ast.body) {
      if (part.kind !== 'Text') continue;
      for (const match of part.value.matchAll(MARKUP)) {
        const start = part.start + (match.index ?? 0);
        if (inPlaceholder(start)) continue;
        context.report({
          template: text,
          start,
          end: start + 1,
          messageId: 'formatting',
          data: { character: match[0] },
        });
      }
    }
  },
};
