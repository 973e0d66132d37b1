/**
 * Counts of a message under a profile, read from the model: buttons, list sections and rows,
 * carousel cards. The lint rules (`button-count`, `list-row-count`, `carousel-cards`) and the
 * editor's problem list take their findings from here, so both count alike (counts do not change
 * with rendering, so the render re-check leaves them to these two).
 */
import type { LimitId, LimitProfile } from '../types.js';
import type { ModelPart, ResponseModel } from './model.js';

/** The wording of the button count findings by message id (the `button-count` rule's meta.messages). */
export const COUNT_MESSAGES = Object.freeze({
  tooFew: '{{what}}: {{count}} given; at least {{min}} required ({{profile}}).',
  tooMany: '{{what}}: {{count}} given; at most {{max}} allowed ({{profile}}).',
  tooManyOfKind: '{{count}} {{what}}; at most {{max}} allowed ({{profile}}).',
  kindNotAvailable: 'The {{profile}} profile allows no {{what}}: remove this button.',
  tooManyOnCard: 'A carousel card has {{count}} buttons; at most {{max}} per card ({{profile}}).',
});

/** The wording of the list count findings by message id (in the `list-row-count` rule's meta.messages). */
export const LIST_COUNT_MESSAGES = Object.freeze({
  tooManySections: 'The list has {{count}} sections; at most {{max}} allowed ({{profile}}).',
  tooManyRows: 'The list has {{count}} rows in total; at most {{max}} across all sections ({{profile}}).',
  noRows: 'The list has no rows; at least one row is required.',
});

/** The wording of the carousel card count findings by message id (in the `carousel-cards` rule's meta.messages). */
export const CAROUSEL_COUNT_MESSAGES = Object.freeze({
  tooFewCards: 'The carousel has {{cards}}; at least {{min}} required ({{profile}}).',
  tooManyCards: 'The carousel has {{count}} cards; at most {{max}} allowed ({{profile}}).',
});

const MESSAGES = { ...COUNT_MESSAGES, ...LIST_COUNT_MESSAGES, ...CAROUSEL_COUNT_MESSAGES };

/** The message id of a count finding (a key of one of the three message tables). */
export type CountMessageId = keyof typeof MESSAGES;

/** A count finding: the rule code, where to report it, the message id with its data, and the message. */
export interface CountFinding {
  code: 'button-count' | 'list-row-count' | 'carousel-cards';
  pointer: string;
  messageId: CountMessageId;
  data: Record<string, string | number>;
  message: string;
}

/** A finding of rule `code` worded from its message table, as the lint words it. */
function finding(
  code: CountFinding['code'],
  pointer: string,
  messageId: CountMessageId,
  data: Record<string, string | number> = {},
): CountFinding {
  const message = MESSAGES[messageId].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(data[name]));
  return { code, pointer, messageId, data, message };
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
      found.push(
        finding('button-count', `${model.pointer}/content`, 'tooFew', { what, count: buttons.length, min: min.value, profile: name }),
      );
    if (max && buttons.length > max.value)
      found.push(
        finding('button-count', buttons[max.value]!.pointer, 'tooMany', { what, count: buttons.length, max: max.value, profile: name }),
      );
  } else if (model.contentType === 'notification') {
    const over = (
      list: ModelPart[],
      id: 'buttons.quickReply' | 'buttons.url' | 'buttons.phone' | 'buttons.copyCode' | 'buttons.total',
      what: string,
    ) => {
      const figure = limit(id);
      if (figure && list.length > figure.value)
        found.push(
          // A kind the profile has none of (copy-code buttons on whatsapp) is said so, not counted.
          figure.value === 0
            ? finding('button-count', list[0]!.pointer, 'kindNotAvailable', { what, profile: name })
            : finding('button-count', list[figure.value]!.pointer, 'tooManyOfKind', {
                count: list.length,
                what,
                max: figure.value,
                profile: name,
              }),
        );
    };
    const perKind = found.length;
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
    over(
      model.buttons.filter((b) => b.type === 'copy-code-button'),
      'buttons.copyCode',
      'copy-code buttons',
    );
    // With exclusive mixing the per-kind caps already bound the total; a kind over its own cap is
    // the one finding (11 quick replies are not also 11 buttons).
    if (profile.buttonMixing === 'grouped' && found.length === perKind) over(model.buttons, 'buttons.total', 'buttons');
  } else if (model.contentType === 'generic') {
    const max = limit('carousel.cardButtons');
    if (max) {
      for (const card of model.cards) {
        const buttons = card.buttons ?? [];
        if (buttons.length > max.value)
          found.push(
            finding('button-count', `${card.pointer}/buttons/${max.value}`, 'tooManyOnCard', {
              count: buttons.length,
              max: max.value,
              profile: name,
            }),
          );
      }
    }
  }
  return found;
}

/** List messages: at most `list.sections` sections, at most `list.rows` rows in total (not per section), at least one row. */
export function listCountFindings(model: ResponseModel, profile: LimitProfile): CountFinding[] {
  if (model.contentType !== 'single-selection-list') return [];
  const found: CountFinding[] = [];
  const name = profile.name;
  const sections = model.sections;
  const maxSections = profile.limits['list.sections'];
  if (maxSections && sections.length > maxSections.value)
    found.push(
      finding('list-row-count', sections[maxSections.value]!.pointer, 'tooManySections', {
        count: sections.length,
        max: maxSections.value,
        profile: name,
      }),
    );
  const rows = sections.flatMap((section) => section.rows ?? []);
  const maxRows = profile.limits['list.rows'];
  if (maxRows && rows.length > maxRows.value)
    found.push(
      finding('list-row-count', rows[maxRows.value]!.pointer, 'tooManyRows', { count: rows.length, max: maxRows.value, profile: name }),
    );
  if (rows.length === 0) found.push(finding('list-row-count', `${model.pointer}/content`, 'noRows'));
  return found;
}

/** Carousels: between `carousel.cards.min` and `carousel.cards.max` cards. */
export function carouselCountFindings(model: ResponseModel, profile: LimitProfile): CountFinding[] {
  if (model.contentType !== 'generic') return [];
  const found: CountFinding[] = [];
  const cards = model.cards;
  const min = profile.limits['carousel.cards.min'];
  const max = profile.limits['carousel.cards.max'];
  if (min && cards.length < min.value)
    found.push(
      finding('carousel-cards', `${model.pointer}/content`, 'tooFewCards', {
        cards: `${cards.length} card${cards.length === 1 ? '' : 's'}`,
        min: min.value,
        profile: profile.name,
      }),
    );
  if (max && cards.length > max.value)
    found.push(
      finding('carousel-cards', cards[max.value]!.pointer, 'tooManyCards', { count: cards.length, max: max.value, profile: profile.name }),
    );
  return found;
}

/** Every count finding of a message (what the editor's problem list adds to a render's diagnostics). */
export function countFindings(model: ResponseModel, profile: LimitProfile): CountFinding[] {
  return [...buttonCountFindings(model, profile), ...listCountFindings(model, profile), ...carouselCountFindings(model, profile)];
}
