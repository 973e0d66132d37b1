/**
 * Button counts of a message under a profile, read from the model: the `button-count` lint rule
 * and the editor's problem list take their findings from here (counts do not change with
 * rendering, so the render re-check leaves them to these two).
 */
import type { LimitId, LimitProfile } from '../types.js';
import type { ModelPart, ResponseModel } from './model.js';

/** The wording of the count findings by message id (the `button-count` rule's meta.messages). */
export const COUNT_MESSAGES = Object.freeze({
  tooFew: '{{what}}: {{count}} given; at least {{min}} required ({{profile}}).',
  tooMany: '{{what}}: {{count}} given; at most {{max}} allowed ({{profile}}).',
  tooManyOfKind: '{{count}} {{what}}; at most {{max}} allowed ({{profile}}).',
  tooManyOnCard: 'A carousel card has {{count}} buttons; at most {{max}} per card ({{profile}}).',
});

/** A count finding: the rule code, where to report it, the message id with its data, and the message. */
export interface CountFinding {
  code: string;
  pointer: string;
  messageId: keyof typeof COUNT_MESSAGES;
  data: Record<string, string | number>;
  message: string;
}

/** A finding worded from {@link COUNT_MESSAGES}. */
function finding(pointer: string, messageId: keyof typeof COUNT_MESSAGES, data: Record<string, string | number>): CountFinding {
  const message = COUNT_MESSAGES[messageId].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(data[name]));
  return { code: 'button-count', pointer, messageId, data, message };
}

/**
 * Count findings for buttons: reply buttons and quick replies (min and max), template buttons (per
 * kind, and in total when the profile lets kinds mix), carousel card buttons. The mix rules of
 * template buttons (exclusive or grouped) stay in the `button-count` rule.
 */
export function buttonCountFindings(model: ResponseModel, profile: LimitProfile): CountFinding[] {
  const found: CountFinding[] = [];
  const name = profile.name;
  const limit = (id: LimitId) => profile.limits[id];
  if (model.contentType === 'reply-buttons' || model.contentType === 'quick-replies') {
    const quick = model.contentType === 'quick-replies';
    const type = quick ? 'quick-reply' : 'reply-button';
    const buttons = model.buttons.filter((b) => b.type === type);
    const min = quick ? (limit('quickReplies.min') ?? limit('replyButtons.min')) : limit('replyButtons.min');
    const max = quick ? (limit('quickReplies.max') ?? limit('replyButtons.max')) : limit('replyButtons.max');
    const what = quick ? 'Quick replies' : 'Reply buttons';
    if (min && buttons.length < min.value)
      found.push(finding(`${model.pointer}/content`, 'tooFew', { what, count: buttons.length, min: min.value, profile: name }));
    if (max && buttons.length > max.value)
      found.push(finding(buttons[max.value]!.pointer, 'tooMany', { what, count: buttons.length, max: max.value, profile: name }));
  } else if (model.contentType === 'notification') {
    const over = (list: ModelPart[], id: 'buttons.quickReply' | 'buttons.url' | 'buttons.phone' | 'buttons.total', what: string) => {
      const figure = limit(id);
      if (figure && list.length > figure.value)
        found.push(finding(list[figure.value]!.pointer, 'tooManyOfKind', { count: list.length, what, max: figure.value, profile: name }));
    };
    // With exclusive mixing the per-kind caps already bound the total.
    if (profile.buttonMixing === 'grouped') over(model.buttons, 'buttons.total', 'buttons');
    over(
      model.buttons.filter((b) => b.type === 'quick-reply'),
      'buttons.quickReply',
      'quick-reply buttons',
    );
    over(
      model.buttons.filter((b) => b.type === 'url-button'),
      'buttons.url',
      'URL buttons',
    );
    over(
      model.buttons.filter((b) => b.type === 'phone-button'),
      'buttons.phone',
      'phone buttons',
    );
  } else if (model.contentType === 'generic') {
    const max = limit('carousel.cardButtons');
    if (max) {
      for (const card of model.cards) {
        const buttons = card.buttons ?? [];
        if (buttons.length > max.value)
          found.push(
            finding(`${card.pointer}/buttons/${max.value}`, 'tooManyOnCard', { count: buttons.length, max: max.value, profile: name }),
          );
      }
    }
  }
  return found;
}
