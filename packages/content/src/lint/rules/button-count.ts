import { buttonCountFindings, COUNT_MESSAGES } from '../../message/counts.js';
import { buttonGroupBreak } from '../../message/button-groups.js';
import type { ModelPart } from '../../message/model.js';
import { ruleMeta, type Rule, type RuleContext } from '../rule.js';
import { nodeOfPointer } from '../structure.js';

/**
 * Button counts: template buttons (per kind, in total, and mixed as the profile's `buttonMixing`
 * allows), interactive reply buttons (1–3), quick replies, carousel card buttons.
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
      quickRepliesInMiddle:
        'Quick replies must form one group before or after all the other buttons; this {{type}} follows them while other buttons precede them ({{profile}}).',
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
    if (model.contentType === 'notification') checkTemplateMix(context, model.buttons);
  },
};

/** Template buttons (from the model, in display order): quick replies and the other kinds mixed as the profile allows. */
function checkTemplateMix(context: RuleContext, buttons: ModelPart[]): void {
  const profile = context.profile.name;
  // Every other kind (URL, phone, copy code) is a call-to-action button (Meta: not a quick reply).
  const isQuickReply = (b: ModelPart) => b.type === 'quick-reply';
  const report = (button: ModelPart, messageId: string, data: Record<string, string | number>) => {
    context.report({
      node: nodeOfPointer(context, button.pointer) ?? context.file.structured!.node,
      path: button.pointer,
      messageId,
      data,
    });
  };
  if (context.profile.buttonMixing === 'exclusive') {
    const other = buttons.find((b) => !isQuickReply(b));
    if (other !== undefined && buttons.some(isQuickReply))
      report(other, 'exclusiveMix', { profile, max: context.limit('buttons.quickReply')?.value ?? 3 });
    return;
  }
  const broken = buttonGroupBreak(buttons, isQuickReply);
  if (broken !== undefined) {
    const button = buttons[broken.position]!;
    report(button, broken.kind === 'between-quick-replies' ? 'groupedMix' : 'quickRepliesInMiddle', {
      type: button.type ?? 'button',
      profile,
    });
  }
}
