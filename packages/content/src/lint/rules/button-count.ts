import type { ContentItem } from '../file.js';
import { arrayItems, propertyNode, stringProperty } from '../json/tree.js';
import { childPointer } from '../json/pointer.js';
import { ruleMeta, type Rule, type RuleContext } from '../rule.js';
import { notificationParts, structuredOf } from '../structure.js';

/**
 * Button counts: template buttons (quick replies vs call-to-action per the profile's mixing rule),
 * interactive reply buttons (1–3), quick replies, carousel card buttons.
 */
export const buttonCount: Rule = {
  meta: ruleMeta({ id: 'button-count', defaultSeverity: 'error', description: 'Messages must have a number and mix of buttons the channel accepts.', fixable: false }),
  check(context) {
    const s = context.file.structured;
    if (!s) return;
    const profile = context.profile.name;
    if (structuredOf(context, 'notification')) {
      checkTemplateButtons(context, notificationParts(context).buttons);
    } else if (structuredOf(context, 'reply-buttons', 'quick-replies')) {
      const type = s.contentType === 'reply-buttons' ? 'reply-button' : 'quick-reply';
      const buttons = s.items.filter((i) => i.type === type);
      const min = s.contentType === 'quick-replies' ? context.limit('quickReplies.min') ?? context.limit('replyButtons.min') : context.limit('replyButtons.min');
      const max = s.contentType === 'quick-replies' ? context.limit('quickReplies.max') ?? context.limit('replyButtons.max') : context.limit('replyButtons.max');
      const what = s.contentType === 'reply-buttons' ? 'reply buttons' : 'quick replies';
      const content = propertyNode(s.node, 'content');
      if (min && buttons.length < min.value) {
        context.report({ node: content ?? s.node, path: childPointer(s.pointer, 'content'), message: `${cap(what)}: ${buttons.length} given; at least ${min.value} required (${profile}).` });
      }
      if (max && buttons.length > max.value) {
        const extra = buttons[max.value]!;
        context.report({ node: extra.node, path: extra.pointer, message: `${cap(what)}: ${buttons.length} given; at most ${max.value} allowed (${profile}).` });
      }
    } else if (structuredOf(context, 'generic')) {
      const max = context.limit('carousel.cardButtons');
      if (!max) return;
      for (const card of s.items) {
        const buttons = arrayItems(propertyNode(card.node, 'buttons'));
        if (buttons.length > max.value) {
          context.report({
            node: buttons[max.value],
            path: childPointer(childPointer(card.pointer, 'buttons'), max.value),
            message: `A carousel card has ${buttons.length} buttons; at most ${max.value} per card (${profile}).`,
          });
        }
      }
    }
  },
};

function checkTemplateButtons(context: RuleContext, buttons: ContentItem[]): void {
  const profile = context.profile.name;
  const qr = buttons.filter((b) => b.type === 'quick-reply');
  const url = buttons.filter((b) => b.type === 'url-button');
  const phone = buttons.filter((b) => b.type === 'phone-button');
  const over = (list: ContentItem[], id: 'buttons.quickReply' | 'buttons.url' | 'buttons.phone' | 'buttons.total', what: string) => {
    const limit = context.limit(id);
    if (limit && list.length > limit.value) {
      const extra = list[limit.value]!;
      context.report({ node: extra.node, path: extra.pointer, message: `${list.length} ${what}; at most ${limit.value} allowed (${profile}).` });
    }
  };
  if (context.profile.buttonMixing === 'exclusive' && qr.length > 0 && url.length + phone.length > 0) {
    const first = [...url, ...phone].sort((a, b) => buttons.indexOf(a) - buttons.indexOf(b))[0]!;
    context.report({
      node: first.node,
      path: first.pointer,
      message: `Quick replies and call-to-action buttons cannot be mixed in one template (${profile}): use up to ${context.limit('buttons.quickReply')?.value ?? 3} quick replies, or call-to-action buttons only.`,
    });
  }
  // With exclusive mixing the per-type caps already bound the total.
  if (context.profile.buttonMixing === 'grouped') over(buttons, 'buttons.total', 'buttons');
  over(qr, 'buttons.quickReply', 'quick-reply buttons');
  over(url, 'buttons.url', 'URL buttons');
  over(phone, 'buttons.phone', 'phone buttons');
  if (context.profile.buttonMixing === 'grouped' && qr.length > 0) {
    const first = buttons.indexOf(qr[0]!);
    const last = buttons.indexOf(qr[qr.length - 1]!);
    const stray = buttons.slice(first, last + 1).find((b) => b.type !== 'quick-reply');
    if (stray) {
      context.report({
        node: stray.node,
        path: stray.pointer,
        message: `Quick replies must form one group before or after the other buttons; this ${stringProperty(stray.node, 'type') ?? 'button'} sits between quick replies (${profile}).`,
      });
    }
  }
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
