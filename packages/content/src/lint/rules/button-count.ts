import type { ContentItem } from '../file.js';
import { stringProperty } from '../json/tree.js';
import { buttonCountFindings, COUNT_MESSAGES } from '../../message/counts.js';
import { ruleMeta, type Rule, type RuleContext } from '../rule.js';
import { nodeOfPointer, notificationParts, structuredOf } from '../structure.js';

/**
 * Button counts: template buttons (quick replies vs call-to-action per the profile's mixing rule),
 * interactive reply buttons (1–3), quick replies, carousel card buttons.
 */
export const buttonCount: Rule = {
  meta: ruleMeta({
    id: 'button-count',
    defaultSeverity: 'error',
    description: 'Messages must have a number and mix of buttons the channel accepts.',
    fixable: false,
    messages: {
      ...COUNT_MESSAGES,
      exclusiveMix:
        'Quick replies and call-to-action buttons cannot be mixed in one template ({{profile}}): use up to {{max}} quick replies, or call-to-action buttons only.',
      groupedMix:
        'Quick replies must form one group before or after the other buttons; this {{type}} sits between quick replies ({{profile}}).',
    },
  }),
  check(context) {
    const s = context.file.structured;
    const model = context.file.response?.model;
    if (!s || !model || model === context.file.response?.plain) return;
    // The counts come from the model (message/counts.ts), shared with the editor's problem list.
    for (const finding of buttonCountFindings(model, context.profile))
      context.report({
        node: nodeOfPointer(context, finding.pointer) ?? s.node,
        path: finding.pointer,
        messageId: finding.messageId,
        data: finding.data,
      });
    if (structuredOf(context, 'notification')) checkTemplateMix(context, notificationParts(context).buttons);
  },
};

/** Template buttons: quick replies and call-to-action buttons mixed as the profile allows. */
function checkTemplateMix(context: RuleContext, buttons: ContentItem[]): void {
  const profile = context.profile.name;
  const qr = buttons.filter((b) => b.type === 'quick-reply');
  const url = buttons.filter((b) => b.type === 'url-button');
  const phone = buttons.filter((b) => b.type === 'phone-button');
  // A copy-code button is a call-to-action button (Meta: not a quick reply).
  const copy = buttons.filter((b) => b.type === 'copy-code-button');
  if (context.profile.buttonMixing === 'exclusive' && qr.length > 0 && url.length + phone.length + copy.length > 0) {
    const first = [...url, ...phone, ...copy].sort((a, b) => buttons.indexOf(a) - buttons.indexOf(b))[0]!;
    context.report({
      node: first.node,
      path: first.pointer,
      messageId: 'exclusiveMix',
      data: { profile, max: context.limit('buttons.quickReply')?.value ?? 3 },
    });
  }
  if (context.profile.buttonMixing === 'grouped' && qr.length > 0) {
    const first = buttons.indexOf(qr[0]!);
    const last = buttons.indexOf(qr[qr.length - 1]!);
    const stray = buttons.slice(first, last + 1).find((b) => b.type !== 'quick-reply');
    if (stray) {
      context.report({
        node: stray.node,
        path: stray.pointer,
        messageId: 'groupedMix',
        data: { type: stringProperty(stray.node, 'type') ?? 'button', profile },
      });
    }
  }
}
