/**
 * Character counters of a previewed message against the active limit profile (`body 57/1024`).
 * Pure: counts in the profile's length unit, and marks counters over their limit. Which limit
 * applies to which part comes from the one limit table (`profileLimit` of `@fieldcode/content`).
 */
import { measureLength, type LengthUnit } from '@fieldcode/language';
import { profileLimit, type CompiledText, type LimitedField, type LimitId, type LimitProfile } from '@fieldcode/content';
import { renderedModelOf, type PreviewMessage } from './model.js';

export interface Counter {
  /** Stable key, e.g. `body`, `button-2`, `row-1-3-title`. */
  key: string;
  /** Label shown to the author, e.g. `body`, `button 2`. */
  label: string;
  length: number;
  /** The limit, or null when the profile has none for this field. */
  limit: number | null;
  limitId: LimitId | null;
  over: boolean;
  /** For an aggregated counter: how many texts it stands for (its length is the longest), and how many are over. */
  of?: number;
  overCount?: number;
}

/**
 * From this many rows, sections or cards on, their per-item counters become one counter per field
 * (the longest, and how many are over) plus a count against the profile's maximum: a 500-row list
 * shows `rows 500/10`, `row titles 24/24 (longest of 500)`, not 1,005 chips.
 */
export const AGGREGATE_FROM = 11;

/** The counting unit in words, as the counters and the studio's variables table name it. */
export function unitLabel(unit: LengthUnit): string {
  switch (unit) {
    case 'utf16':
      return 'UTF-16 units';
    case 'utf8-bytes':
      return 'bytes';
    case 'graphemes':
      return 'characters (grapheme clusters)';
    default:
      return 'code points';
  }
}

/** `label length/limit`, or `label length` when there is no limit. */
export function formatCounter(counter: Counter): string {
  const figure = counter.limit === null ? `${counter.label} ${counter.length}` : `${counter.label} ${counter.length}/${counter.limit}`;
  if (counter.of === undefined) return figure;
  return `${figure} (longest of ${counter.of}${counter.overCount ? `, ${counter.overCount} over` : ''})`;
}

/**
 * The counters of one previewed message, in reading order: every limited field of its compiled
 * model, measured as rendered, against the profile's limit from the one limit table of
 * `@fieldcode/content` (the limit the lint and the render re-check apply).
 */
export function countersFor(message: PreviewMessage, profile: LimitProfile): Counter[] {
  const rendered = renderedModelOf(message);
  if (rendered === undefined) return [];
  const model = rendered.model;
  const counters: Counter[] = [];
  const text = (t: CompiledText | undefined): string => rendered.text(t) ?? '';
  const add = (field: LimitedField, key: string, label: string, value: string): void => {
    const found = profileLimit(profile, model.contentType, field);
    const length = measureLength(value, profile.lengthUnit);
    const limit = found?.limit.value ?? null;
    counters.push({ key, label, length, limit, limitId: found?.id ?? null, over: limit !== null && length > limit });
  };
  if (model.header?.text !== undefined && model.header.media === undefined) add('header', 'header', 'header', text(model.header.text));
  if (model.body !== undefined) add('body', 'body', model.contentType === 'text' ? 'text' : 'body', text(model.body.text));
  if (model.footer?.text !== undefined) add('footer', 'footer', 'footer', text(model.footer.text));
  const reply = model.contentType === 'quick-replies' || model.contentType === 'reply-buttons';
  model.buttons.forEach((button, i) => {
    if (button.type === 'copy-code-button') {
      // A copy-code button's label is WhatsApp's unless it sets one; its code has its own limit.
      if (button.text !== undefined) add('button.label', `button-${i + 1}`, `button ${i + 1}`, text(button.text));
      add('button.code', `button-${i + 1}-code`, `button ${i + 1} code`, text(button.code));
      return;
    }
    add(reply ? 'reply.title' : 'button.label', `button-${i + 1}`, `button ${i + 1}`, text(button.text) || text(button.title));
  });
  if (model.listButton !== undefined) add('list.button', 'list-button', 'list button', text(model.listButton.text));
  /** One counter for many texts of one field: the longest against the limit, and how many are over. */
  const aggregate = (field: LimitedField, key: string, label: string, values: readonly string[]): void => {
    if (values.length === 0) return;
    const found = profileLimit(profile, model.contentType, field);
    const limit = found?.limit.value ?? null;
    let longest = 0;
    let overCount = 0;
    for (const value of values) {
      const length = measureLength(value, profile.lengthUnit);
      if (length > longest) longest = length;
      if (limit !== null && length > limit) overCount++;
    }
    counters.push({ key, label, length: longest, limit, limitId: found?.id ?? null, over: overCount > 0, of: values.length, overCount });
  };
  /** How many items there are, against the profile's maximum (a count, not a length). */
  const count = (id: LimitId, key: string, label: string, items: number): void => {
    const limit = profile.limits[id]?.value ?? null;
    counters.push({ key, label, length: items, limit, limitId: limit === null ? null : id, over: limit !== null && items > limit });
  };
  const rows = model.sections.flatMap((section) => section.rows ?? []);
  if (rows.length >= AGGREGATE_FROM || model.sections.length >= AGGREGATE_FROM) {
    count('list.sections', 'sections', 'sections', model.sections.length);
    count('list.rows', 'rows', 'rows', rows.length);
    aggregate(
      'section.title',
      'section-titles',
      'section titles',
      model.sections.map((section) => text(section.title)),
    );
    aggregate(
      'row.title',
      'row-titles',
      'row titles',
      rows.map((row) => text(row.title)),
    );
    aggregate(
      'row.description',
      'row-descriptions',
      'row descriptions',
      rows.map((row) => text(row.description)).filter((d) => d !== ''),
    );
  } else {
    model.sections.forEach((section, s) => {
      add('section.title', `section-${s + 1}-title`, `section ${s + 1} title`, text(section.title));
      (section.rows ?? []).forEach((row, r) => {
        const where = `${s + 1}.${r + 1}`;
        add('row.title', `row-${s + 1}-${r + 1}-title`, `row ${where} title`, text(row.title));
        const description = text(row.description);
        if (description) add('row.description', `row-${s + 1}-${r + 1}-description`, `row ${where} description`, description);
      });
    });
  }
  const cardBody = (card: (typeof model.cards)[number]): string => {
    const subtitle = text(card.subtitle);
    return subtitle ? `${text(card.title)}\n${subtitle}` : text(card.title);
  };
  if (model.cards.length >= AGGREGATE_FROM) {
    count('carousel.cards.max', 'cards', 'cards', model.cards.length);
    aggregate('card.body', 'card-bodies', 'card bodies', model.cards.map(cardBody));
    aggregate(
      'button.label',
      'card-buttons',
      'card buttons',
      model.cards.flatMap((card) => (card.buttons ?? []).map((b) => text(b.text))),
    );
  } else {
    model.cards.forEach((card, c) => {
      add('card.body', `card-${c + 1}-body`, `card ${c + 1} body`, cardBody(card));
      (card.buttons ?? []).forEach((button, b) =>
        add('button.label', `card-${c + 1}-button-${b + 1}`, `card ${c + 1} button ${b + 1}`, text(button.text)),
      );
    });
  }
  return counters;
}
