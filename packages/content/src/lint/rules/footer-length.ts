import { ruleMeta, type Rule } from '../rule.js';
import { checkLength, notificationParts, renderedLength, structuredOf, templateProperty } from '../structure.js';

/** Footers of notifications (a `text` item after the body) and of interactive messages. */
export const footerLength: Rule = {
  meta: ruleMeta({ id: 'footer-length', defaultSeverity: 'error', description: 'Footers must fit the profile (60 characters on WhatsApp).', fixable: false }),
  check(context) {
    const limit = context.limit('footer.length') ?? context.limit('interactive.string.length');
    if (!limit) return;
    const notification = structuredOf(context, 'notification');
    const text = notification
      ? templateProperty(context, notificationParts(notification).footer?.node, 'text')
      : templateProperty(context, structuredOf(context, 'reply-buttons', 'single-selection-list')?.node, 'footer');
    if (text) checkLength(context, text, renderedLength(context, text), limit, 'The footer');
  },
};
