/**
 * Character counters of a previewed message against the active limit profile (`body 57/1024`).
 * Pure: counts in the profile's length unit, and marks counters over their limit.
 */
import { measureLength } from '@fieldcode/language';
import type { LimitId, LimitProfile } from '@fieldcode/content';
import type { PreviewButton, PreviewMessage } from './model.js';

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

function makeCounter(profile: LimitProfile, key: string, label: string, text: string, ids: LimitId[]): Counter {
  const limitId = ids.find((id) => profile.limits[id] !== undefined) ?? null;
  const limit = limitId ? profile.limits[limitId]!.value : null;
  const length = measureLength(text, profile.lengthUnit);
  return { key, label, length, limit, limitId, over: limit !== null && length > limit };
}

function buttonCounters(profile: LimitProfile, buttons: PreviewButton[], ids: LimitId[], prefix = 'button', labelPrefix = 'button'): Counter[] {
  return buttons.map((b, i) => makeCounter(profile, `${prefix}-${i + 1}`, `${labelPrefix} ${i + 1}`, b.text, ids));
}

/** The counters of one previewed message, in reading order. */
export function countersFor(message: PreviewMessage, profile: LimitProfile): Counter[] {
  const counters: Counter[] = [];
  const textHeader = message.header?.type === 'text' ? message.header.text : null;
  switch (message.kind) {
    case 'notification':
      if (textHeader !== null) counters.push(makeCounter(profile, 'header', 'header', textHeader, ['header.text.length']));
      counters.push(makeCounter(profile, 'body', 'body', message.body, ['body.length']));
      if (message.footer !== null) counters.push(makeCounter(profile, 'footer', 'footer', message.footer, ['footer.length']));
      counters.push(...buttonCounters(profile, message.buttons, ['buttons.label.length']));
      break;
    case 'reply-buttons':
    case 'quick-replies':
      if (textHeader !== null) counters.push(makeCounter(profile, 'header', 'header', textHeader, ['header.text.length']));
      counters.push(makeCounter(profile, 'body', 'body', message.body, ['body.length', 'interactive.string.length', 'text.length']));
      if (message.footer !== null) counters.push(makeCounter(profile, 'footer', 'footer', message.footer, ['footer.length']));
      counters.push(...buttonCounters(profile, message.buttons, ['replyButtons.title.length', 'interactive.string.length']));
      break;
    case 'list':
      if (textHeader !== null) counters.push(makeCounter(profile, 'header', 'header', textHeader, ['list.header.length', 'header.text.length']));
      counters.push(makeCounter(profile, 'body', 'body', message.body, ['list.body.length', 'body.length']));
      if (message.footer !== null) counters.push(makeCounter(profile, 'footer', 'footer', message.footer, ['footer.length']));
      if (message.list) {
        counters.push(makeCounter(profile, 'list-button', 'list button', message.list.button, ['list.button.length', 'interactive.string.length']));
        message.list.sections.forEach((section, s) => {
          counters.push(makeCounter(profile, `section-${s + 1}-title`, `section ${s + 1} title`, section.title, ['list.sectionTitle.length', 'interactive.string.length']));
          section.rows.forEach((row, r) => {
            const where = `${s + 1}.${r + 1}`;
            counters.push(makeCounter(profile, `row-${s + 1}-${r + 1}-title`, `row ${where} title`, row.title, ['list.rowTitle.length', 'interactive.string.length']));
            if (row.description) {
              counters.push(makeCounter(profile, `row-${s + 1}-${r + 1}-description`, `row ${where} description`, row.description, ['list.rowDescription.length', 'interactive.string.length']));
            }
          });
        });
      }
      break;
    case 'carousel':
      counters.push(makeCounter(profile, 'body', 'body', message.body, ['body.length']));
      message.cards.forEach((card, c) => {
        const cardBody = card.subtitle ? `${card.title}\n${card.subtitle}` : card.title;
        counters.push(makeCounter(profile, `card-${c + 1}-body`, `card ${c + 1} body`, cardBody, ['carousel.cardBody.length', 'interactive.string.length']));
        counters.push(...buttonCounters(profile, card.buttons, ['carousel.buttonLabel.length', 'buttons.label.length'], `card-${c + 1}-button`, `card ${c + 1} button`));
      });
      break;
    case 'text':
      counters.push(makeCounter(profile, 'body', 'text', message.body, ['text.length', 'body.length']));
      break;
  }
  return counters;
}
