/**
 * `text`: the plain fallback for clients that cannot show structured content. The output is a
 * string of blocks separated by a blank line:
 *
 * - media (header or attachment): `[Image: name]` (`Video`, `Audio`, `Document`), the URL when there is no name;
 * - a location header: `[Location: name, address]`;
 * - header text, body, footer, each as rendered;
 * - quick replies and reply buttons on one line: `[Got It] [Wrong Addressee]`;
 * - URL, phone and copy-code buttons one per line: `Track order: https://…`, `Call us: +16315551002`,
 *   `Copy code: SAVE10`; a call-to-action URL message (`cta-url`) ends with its button's line;
 * - list rows numbered across sections under their section title: `1. Opera — 9:00–19:00`;
 * - carousel cards one block each: title, subtitle, then the card's buttons as above.
 */
import { list, obj, str, type ChannelModule, type Item, type RenderedMessage } from '../model.js';

const MEDIA_LABEL: Record<string, string> = { image: 'Image', video: 'Video', audio: 'Audio', document: 'Document' };

function mediaLine(item: Item, kind?: string): string {
  const type = kind ?? str(item, 'type') ?? 'document';
  return `[${MEDIA_LABEL[type] ?? 'Attachment'}: ${str(item, 'name') ?? str(item, 'url') ?? ''}]`;
}

/** Buttons: quick replies on one line, URL and phone buttons one per line. */
function buttonLines(buttons: Item[]): string[] {
  const lines: string[] = [];
  const replies = buttons.filter((button) => {
    const type = str(button, 'type');
    return type === 'quick-reply' || type === 'reply-button';
  });
  if (replies.length > 0) lines.push(replies.map((button) => `[${str(button, 'text') ?? ''}]`).join(' '));
  for (const button of buttons) {
    const type = str(button, 'type');
    if (type === 'url-button') lines.push(`${str(button, 'text') ?? ''}: ${str(button, 'url') ?? ''}`);
    else if (type === 'phone-button') lines.push(`${str(button, 'text') ?? ''}: ${str(button, 'phone') ?? ''}`);
    // The code itself is what the reader needs (WhatsApp labels the button "Copy code").
    else if (type === 'copy-code-button') lines.push(`${str(button, 'text') ?? 'Copy code'}: ${str(button, 'code') ?? ''}`);
  }
  return lines;
}

function header(item: Item | undefined): string | undefined {
  if (item === undefined) return undefined;
  if (str(item, 'type') === 'location') return locationLine(item);
  return str(item, 'type') === 'text' ? str(item, 'text') : mediaLine(item);
}

/** A location header: `[Location: name, address]`, the coordinates when it has neither. */
function locationLine(item: Item): string {
  const place = [str(item, 'name'), str(item, 'address')].filter((part) => part !== undefined && part !== '');
  return `[Location: ${place.length > 0 ? place.join(', ') : `${str(item, 'latitude') ?? ''}, ${str(item, 'longitude') ?? ''}`}]`;
}

function blocks(message: RenderedMessage): Array<string | undefined> {
  const body = message.body;
  switch (message.contentType) {
    case 'notification': {
      const parts = message.parts ?? { buttons: [], others: [] };
      return [header(parts.header), str(parts.body, 'text'), str(parts.footer, 'text'), buttonLines(parts.buttons).join('\n')];
    }
    case 'quick-replies':
    case 'reply-buttons':
      return [
        header(obj(body, 'header')),
        str(body, 'text'),
        str(body, 'footer'),
        buttonLines(message.items.map((item) => ({ ...item, type: 'quick-reply' }))).join('\n'),
      ];
    case 'cta-url':
      return [header(obj(body, 'header')), str(body, 'text'), str(body, 'footer'), buttonLines(message.items).join('\n')];
    case 'single-selection-list': {
      let number = 0;
      const sections = message.items.map((section) => {
        const rows = list(section, 'rows').map((row) => {
          number += 1;
          const description = str(row, 'description');
          return `${number}. ${str(row, 'title') ?? ''}${description ? ` — ${description}` : ''}`;
        });
        const title = str(section, 'title');
        return [title, ...rows].filter((line) => line !== undefined && line !== '').join('\n');
      });
      return [header(obj(body, 'header')), str(body, 'text'), ...sections, str(body, 'footer')];
    }
    case 'generic':
      return [
        str(body, 'text'),
        ...message.items.map((card) => {
          const image = obj(card, 'image');
          const video = obj(card, 'video');
          const lines = [
            image ? mediaLine(image, 'image') : video ? mediaLine(video, 'video') : undefined,
            str(card, 'title'),
            str(card, 'subtitle'),
            ...buttonLines(list(card, 'buttons')),
          ];
          return lines.filter((line) => line !== undefined && line !== '').join('\n');
        }),
      ];
    case 'text':
      return [str(body, 'text'), ...message.items.map((item) => mediaLine(item))];
  }
}

export const text: ChannelModule = {
  name: 'text',
  description: 'Plain-text fallback (a string)',
  render(message) {
    return blocks(message)
      .filter((block): block is string => block !== undefined && block !== '')
      .join('\n\n');
  },
};
