import { propertyNode } from '../json/tree.js';
import { childPointer } from '../json/pointer.js';
import { ruleMeta, type Rule } from '../rule.js';

const INTERACTIVE_ITEMS: ReadonlySet<string> = new Set(['reply-button', 'section', 'row']);

/**
 * Reply buttons and lists are session messages, not notifications: on WhatsApp they are only
 * delivered inside the 24-hour customer-service window. Informs on interactive content; warns
 * when interactive items are placed in a notification.
 */
export const interactiveAsNotification: Rule = {
  meta: ruleMeta({
    id: 'interactive-as-notification',
    defaultSeverity: 'info',
    description: 'Reply buttons and lists only work inside the 24-hour window; they are not notifications.',
    fixable: false,
    messages: {
      replyButtons:
        "Reply buttons are an interactive message, not a notification: WhatsApp only delivers interactive messages within 24 hours of the customer's last message. To start a conversation, use a notification with quick-reply buttons.",
      list: "A list message is an interactive message, not a notification: WhatsApp only delivers interactive messages within 24 hours of the customer's last message. To start a conversation, use a notification with quick-reply buttons.",
      quickReplies:
        "Quick replies (sent as reply buttons) are an interactive message, not a notification: WhatsApp only delivers interactive messages within 24 hours of the customer's last message. To start a conversation, use a notification with quick-reply buttons.",
      ctaUrl:
        "A call-to-action URL message is an interactive message, not a notification: WhatsApp only delivers interactive messages within 24 hours of the customer's last message. To start a conversation, use a notification with a URL button.",
      interactiveItem:
        "A '{{type}}' item cannot be part of a notification: interactive messages only work inside the 24-hour window. Use 'quick-reply' buttons in notifications.",
    },
  }),
  check(context) {
    const s = context.file.structured;
    if (!s || !context.profile.limits['replyButtons.max']) return; // channels without WhatsApp's session rule
    const contentTypeNode = propertyNode(s.node, 'contentType');
    const messageId =
      s.contentType === 'reply-buttons'
        ? 'replyButtons'
        : s.contentType === 'single-selection-list'
          ? 'list'
          : s.contentType === 'quick-replies'
            ? 'quickReplies'
            : s.contentType === 'cta-url'
              ? 'ctaUrl'
              : undefined;
    if (messageId) {
      context.report({
        node: contentTypeNode,
        path: childPointer(s.pointer, 'contentType'),
        messageId,
      });
    }
    if (s.contentType === 'notification') {
      for (const item of s.items) {
        if (item.type && INTERACTIVE_ITEMS.has(item.type)) {
          context.report({
            node: propertyNode(item.node, 'type'),
            path: childPointer(item.pointer, 'type'),
            severity: 'warning',
            messageId: 'interactiveItem',
            data: { type: item.type },
          });
        }
      }
    }
  },
};
