/**
 * The one limit table: which profile limit applies to which part of the compiled model, read by
 * the lint's length rules, by the render re-check and by the editor's counters. Each entry lists
 * limit ids in order of preference (a profile without the specific figure falls back to the more
 * general one, e.g. `interactive.string.length` on Apple Messages), the diagnostic code, and how
 * the part is named in lint and render messages. Every figure keeps its source in the profile.
 */
import type { ContentType, Limit, LimitId, LimitProfile } from '../types.js';

/** The limited fields of model parts. */
export type LimitedField =
  | 'header'
  | 'body'
  | 'footer'
  | 'button.label'
  | 'button.url'
  | 'button.phone'
  | 'button.code'
  | 'reply.title'
  | 'reply.id'
  | 'list.button'
  | 'section.title'
  | 'row.title'
  | 'row.description'
  | 'row.id'
  | 'card.body';

export interface FieldLimit {
  /** Diagnostic code (the lint rule id). */
  code: string;
  /** Limit ids, most specific first. */
  ids: readonly LimitId[];
  /** The part in lint messages ("The body"). */
  what: string;
  /** The part in render messages ("Body"). */
  rendered: string;
}

const I = 'interactive.string.length' as const;
const entry = (code: string, ids: readonly LimitId[], what: string, rendered: string): FieldLimit => ({ code, ids, what, rendered });

const replyTable = (): Partial<Record<LimitedField, FieldLimit>> => ({
  header: entry('header-length', ['header.text.length', I], 'The text header', 'Header text'),
  body: entry('body-length', ['body.length', I, 'text.length'], 'The body', 'Body'),
  footer: entry('footer-length', ['footer.length', I], 'The footer', 'Footer'),
  'reply.id': entry('button-label-length', ['replyButtons.id.length'], 'The reply-button id', 'Reply button id'),
});

const TABLE: Record<ContentType, Partial<Record<LimitedField, FieldLimit>>> = {
  notification: {
    header: entry('header-length', ['header.text.length'], 'The text header', 'Header text'),
    body: entry('body-length', ['body.length'], 'The body', 'Body'),
    footer: entry('footer-length', ['footer.length', I], 'The footer', 'Footer'),
    'button.label': entry('button-label-length', ['buttons.label.length', I], 'The button label', 'Button label'),
    'button.url': entry('button-label-length', ['buttons.url.length'], 'The button URL', 'Button URL'),
    'button.phone': entry('button-label-length', ['buttons.phone.length'], 'The button phone number', 'Button phone number'),
    'button.code': entry('button-label-length', ['buttons.copyCode.length'], 'The copy-code button code', 'Copy-code button code'),
  },
  'reply-buttons': {
    ...replyTable(),
    'reply.title': entry('button-label-length', ['replyButtons.title.length', I], 'The reply-button title', 'Reply button title'),
  },
  'quick-replies': {
    ...replyTable(),
    'reply.title': entry('button-label-length', ['replyButtons.title.length', I], 'The quick-reply title', 'Quick-reply title'),
  },
  // Meta's interactive call-to-action URL message: its own figure for the button label (display_text).
  'cta-url': {
    header: entry('header-length', ['header.text.length', I], 'The text header', 'Header text'),
    body: entry('body-length', ['body.length', I, 'text.length'], 'The body', 'Body'),
    footer: entry('footer-length', ['footer.length', I], 'The footer', 'Footer'),
    'button.label': entry(
      'button-label-length',
      ['ctaUrl.displayText.length', I],
      'The call-to-action button label',
      'Call-to-action button label',
    ),
  },
  'single-selection-list': {
    header: entry('header-length', ['list.header.length', 'header.text.length', I], 'The text header', 'List header'),
    body: entry('body-length', ['list.body.length', 'body.length', I], 'The list body', 'List body'),
    footer: entry('footer-length', ['footer.length', I], 'The footer', 'Footer'),
    'list.button': entry('list-text-length', ['list.button.length', I], 'The list button label', 'List button label'),
    'section.title': entry('list-text-length', ['list.sectionTitle.length', I], 'The section title', 'Section title'),
    'row.title': entry('list-text-length', ['list.rowTitle.length', I], 'The row title', 'Row title'),
    'row.description': entry('list-text-length', ['list.rowDescription.length', I], 'The row description', 'Row description'),
    'row.id': entry('list-text-length', ['list.rowId.length'], 'The row id', 'Row id'),
  },
  generic: {
    body: entry('body-length', ['body.length', I, 'text.length'], 'The body', 'Body'),
    'card.body': entry(
      'carousel-cards',
      ['carousel.cardBody.length'],
      'The card body (title and subtitle)',
      'Card body (title and subtitle)',
    ),
    // The channels send WhatsApp's interactive carousel: its card buttons have their own figure.
    'button.label': entry(
      'button-label-length',
      ['carousel.buttonLabel.length', 'buttons.label.length', I],
      'The carousel card button label',
      'Carousel card button label',
    ),
    'button.url': entry('button-label-length', ['buttons.url.length'], 'The button URL', 'Button URL'),
    'button.phone': entry('button-label-length', ['buttons.phone.length'], 'The button phone number', 'Button phone number'),
  },
  text: {
    body: entry('body-length', ['text.length'], 'The text', 'Text message'),
  },
};

/** The table entry of a field of a content type, whatever the profile. */
export function fieldLimit(contentType: string | undefined, field: LimitedField): FieldLimit | undefined {
  if (contentType === undefined || !Object.prototype.hasOwnProperty.call(TABLE, contentType)) return undefined;
  return TABLE[contentType as ContentType][field];
}

/** The limit a profile sets on a field of a content type (the first of the entry's ids it defines). */
export function profileLimit(
  profile: LimitProfile,
  contentType: string | undefined,
  field: LimitedField,
): { id: LimitId; limit: Limit; entry: FieldLimit } | undefined {
  const found = fieldLimit(contentType, field);
  if (found === undefined) return undefined;
  for (const id of found.ids) {
    const limit = profile.limits[id];
    if (limit !== undefined) return { id, limit, entry: found };
  }
  return undefined;
}
