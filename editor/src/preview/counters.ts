/**
 * Character counters of a previewed message against the active limit profile (`body 57/1024`).
 * Pure: counts in the profile's length unit, and marks counters over their limit. Which limit
 * applies to which part comes from the one limit table (`profileLimit` of `@fieldcode/content`).
 */
import { measureLength } from '@fieldcode/language';
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
}

/** `label length/limit`, or `label length` when there is no limit. */
export function formatCounter(counter: Counter): string {
  return counter.limit === null ? `${counter.label} ${counter.length}` : `${counter.label} ${counter.length}/${counter.limit}`;
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
  model.buttons.forEach((button, i) =>
    add(reply ? 'reply.title' : 'button.label', `button-${i + 1}`, `button ${i + 1}`, text(button.text) || text(button.title)),
  );
  if (model.listButton !== undefined) add('list.button', 'list-button', 'list button', text(model.listButton.text));
  model.sections.forEach((section, s) => {
    add('section.title', `section-${s + 1}-title`, `section ${s + 1} title`, text(section.title));
    (section.rows ?? []).forEach((row, r) => {
      const where = `${s + 1}.${r + 1}`;
      add('row.title', `row-${s + 1}-${r + 1}-title`, `row ${where} title`, text(row.title));
      const description = text(row.description);
      if (description) add('row.description', `row-${s + 1}-${r + 1}-description`, `row ${where} description`, description);
    });
  });
  model.cards.forEach((card, c) => {
    const subtitle = text(card.subtitle);
    add('card.body', `card-${c + 1}-body`, `card ${c + 1} body`, subtitle ? `${text(card.title)}\n${subtitle}` : text(card.title));
    (card.buttons ?? []).forEach((button, b) =>
      add('button.label', `card-${c + 1}-button-${b + 1}`, `card ${c + 1} button ${b + 1}`, text(button.text)),
    );
  });
  return counters;
}
