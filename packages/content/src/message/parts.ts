/**
 * The one part splitter: which item of a notification (WhatsApp template) is its header, body,
 * footer or a button. Items are read in display order (index-rule.ts); the lint, the renderer,
 * every channel and the preview take the split from here.
 *
 * - body: the first `notification` item;
 * - header: the first `text`, `image`/`video`/`document` or `location` item before the body;
 * - footer: the first `text` item after the body;
 * - buttons: every `quick-reply`, `url-button`, `phone-button` and `copy-code-button`, in order;
 * - others: everything else (a second body, audio, a text between header and body…), which
 *   channels report as having no place in a template.
 */

export const MEDIA_TYPES: ReadonlySet<string> = new Set(['image', 'video', 'document', 'audio']);
/** Media a template header can carry (Meta: image, video, document; audio is not a header). */
export const HEADER_MEDIA_TYPES: ReadonlySet<string> = new Set(['image', 'video', 'document']);
export const TEMPLATE_BUTTON_TYPES: ReadonlySet<string> = new Set(['quick-reply', 'url-button', 'phone-button', 'copy-code-button']);

/** Positions (into the ordered items) of each part of a notification. */
export interface NotificationSplit {
  header?: number;
  body?: number;
  footer?: number;
  buttons: number[];
  others: number[];
}

/** Splits notification items (already in display order) by their `type`. */
export function splitNotification(types: ReadonlyArray<string | undefined>): NotificationSplit {
  const split: NotificationSplit = { buttons: [], others: [] };
  const bodyAt = types.indexOf('notification');
  types.forEach((type, position) => {
    if (position === bodyAt) split.body = position;
    else if (type !== undefined && TEMPLATE_BUTTON_TYPES.has(type)) split.buttons.push(position);
    else if (
      bodyAt !== -1 &&
      position < bodyAt &&
      split.header === undefined &&
      (type === 'text' || type === 'location' || (type !== undefined && HEADER_MEDIA_TYPES.has(type)))
    )
      split.header = position;
    else if (bodyAt !== -1 && position > bodyAt && split.footer === undefined && type === 'text') split.footer = position;
    else split.others.push(position);
  });
  return split;
}

/** The split applied to the items themselves. */
export function notificationPartsOf<T>(
  items: readonly T[],
  typeOf: (item: T) => string | undefined,
): {
  header?: T;
  body?: T;
  footer?: T;
  buttons: T[];
  others: T[];
} {
  const split = splitNotification(items.map(typeOf));
  const at = (position: number | undefined): T | undefined => (position === undefined ? undefined : items[position]);
  return {
    header: at(split.header),
    body: at(split.body),
    footer: at(split.footer),
    buttons: split.buttons.map((p) => items[p]!),
    others: split.others.map((p) => items[p]!),
  };
}
