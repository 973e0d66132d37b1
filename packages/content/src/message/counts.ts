/**
 * Button counts of a message under a profile, read from the model: the `button-count` lint rule
 * and the editor's problem list take their findings from here (counts do not change with
 * rendering, so the render re-check leaves them to these two).
 */
import type { LimitId, LimitProfile } from '../types.js';
import type { ModelPart, ResponseModel } from './model.js';

/** A count finding: the rule code, where to report it, and the message. */
export interface CountFinding {
  code: string;
  pointer: string;
  message: string;
}

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

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
    const what = quick ? 'quick replies' : 'reply buttons';
    if (min && buttons.length < min.value)
      found.push({
        code: 'button-count',
        pointer: `${model.pointer}/content`,
        message: `${cap(what)}: ${buttons.length} given; at least ${min.value} required (${name}).`,
      });
    if (max && buttons.length > max.value)
      found.push({
        code: 'button-count',
        pointer: buttons[max.value]!.pointer,
        message: `${cap(what)}: ${buttons.length} given; at most ${max.value} allowed (${name}).`,
      });
  } else if (model.contentType === 'notification') {
    const over = (list: ModelPart[], id: 'buttons.quickReply' | 'buttons.url' | 'buttons.phone' | 'buttons.total', what: string) => {
      const figure = limit(id);
      if (figure && list.length > figure.value)
        found.push({
          code: 'button-count',
          pointer: list[figure.value]!.pointer,
          message: `${list.length} ${what}; at most ${figure.value} allowed (${name}).`,
        });
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
          found.push({
            code: 'button-count',
            pointer: `${card.pointer}/buttons/${max.value}`,
            message: `A carousel card has ${buttons.length} buttons; at most ${max.value} per card (${name}).`,
          });
      }
    }
  }
  return found;
}
