/**
 * `open-messaging`: Genesys Cloud Open Messaging outbound normalized message.
 *
 * `{ channel: { platform: "Open", type: "Private", to: { id }, time }, type, text?, content?,
 * direction: "Outbound" }` where `time` is the render's `now` and `to.id` the `to` option.
 * - notification → `type: "Structured"`: a media header becomes an `Attachment` item first, then
 *   the `Notification` item `{ template: { text, parameters: [{ name, text }] } }` (the footer is
 *   `template.footer.text`, a text header `template.header`), then one `QuickReply` item per
 *   quick-reply button. URL and phone buttons have no normalized form and are reported.
 * - quick-replies, reply-buttons → `Structured` with `text` and `QuickReply` items (payload = the
 *   reply's `payload`, else its `id`, else its text); a reply-buttons media header is an
 *   `Attachment` item first.
 * - generic → `Carousel` of cards (`Card` for a single card); single-selection-list → `ListPicker`.
 * - text → `type: "Text"` with `text` and one `Attachment` item per attachment.
 */
import { list, obj, parameterValues, str, type ChannelModule, type Item, type RenderContext, type RenderedMessage } from '../model.js';

type Payload = Record<string, unknown>;

const MEDIA_TYPE: Record<string, string> = { image: 'Image', video: 'Video', audio: 'Audio', document: 'File' };

function envelope(context: RenderContext, type: 'Text' | 'Structured', fields: Payload): Payload {
  return {
    channel: { platform: 'Open', type: 'Private', to: { id: context.to }, time: context.time },
    type,
    ...fields,
    direction: 'Outbound',
  };
}

function attachment(item: Item): Payload {
  const type = str(item, 'type') ?? 'document';
  const result: Payload = { mediaType: MEDIA_TYPE[type] ?? 'File', url: str(item, 'url') ?? '' };
  const mime = str(item, 'mime');
  if (mime !== undefined) result['mime'] = mime;
  const name = str(item, 'name');
  if (name !== undefined) result['filename'] = name;
  return { contentType: 'Attachment', attachment: result };
}

function quickReply(item: Item, payload: string | undefined): Payload {
  const text = str(item, 'text') ?? '';
  return { contentType: 'QuickReply', quickReply: { text, payload: payload ?? text, action: 'Message' } };
}

function notification(message: RenderedMessage, context: RenderContext): Payload {
  const parts = message.parts ?? { buttons: [], others: [] };
  const content: Payload[] = [];
  if (parts.header !== undefined && str(parts.header, 'type') !== 'text') content.push(attachment(parts.header));
  if (parts.body !== undefined) {
    const template: Payload = {};
    if (parts.header !== undefined && str(parts.header, 'type') === 'text') {
      template['header'] = { type: 'Text', text: str(parts.header, 'text') ?? '', parameters: parameterValues(parts.header).map((p) => ({ name: p.name, text: p.value })) };
    }
    template['text'] = str(parts.body, 'text') ?? '';
    template['parameters'] = parameterValues(parts.body).map((p) => ({ name: p.name, text: p.value }));
    if (parts.footer !== undefined) template['footer'] = { text: str(parts.footer, 'text') ?? '' };
    content.push({ contentType: 'Notification', template });
  }
  for (const button of parts.buttons) {
    if (str(button, 'type') === 'quick-reply') content.push(quickReply(button, str(button, 'payload')));
    else context.report('channel-unsupported', 'warning', `A "${str(button, 'type')}" has no Open Messaging form and is not sent`, context.pointerOf(button));
  }
  for (const other of parts.others) {
    context.report('channel-unsupported', 'warning', `A "${str(other, 'type') ?? 'unknown'}" item has no place in a notification and is not sent`, context.pointerOf(other));
  }
  return envelope(context, 'Structured', { content });
}

function replies(message: RenderedMessage, context: RenderContext): Payload {
  const content: Payload[] = [];
  const header = obj(message.body, 'header');
  if (header !== undefined && str(header, 'type') !== 'text') content.push(attachment(header));
  for (const item of message.items) content.push(quickReply(item, str(item, 'payload') ?? str(item, 'id')));
  const text = [header !== undefined && str(header, 'type') === 'text' ? str(header, 'text') : undefined, str(message.body, 'text'), str(message.body, 'footer')]
    .filter((part): part is string => part !== undefined && part !== '')
    .join('\n\n');
  return envelope(context, 'Structured', { text, content });
}

function card(item: Item): Payload {
  const result: Payload = { title: str(item, 'title') ?? '' };
  const subtitle = str(item, 'subtitle');
  if (subtitle !== undefined) result['description'] = subtitle;
  const image = obj(item, 'image');
  if (image !== undefined) result['image'] = str(image, 'url') ?? '';
  const video = obj(item, 'video');
  if (video !== undefined) result['video'] = str(video, 'url') ?? '';
  result['actions'] = list(item, 'buttons').map((button) =>
    str(button, 'type') === 'url-button'
      ? { type: 'Link', text: str(button, 'text') ?? '', url: str(button, 'url') ?? '' }
      : { type: 'Postback', text: str(button, 'text') ?? '', payload: str(button, 'payload') ?? str(button, 'text') ?? '' },
  );
  return result;
}

function generic(message: RenderedMessage, context: RenderContext): Payload {
  const cards = message.items.map(card);
  const item = cards.length === 1 ? { contentType: 'Card', card: cards[0] } : { contentType: 'Carousel', carousel: { cards } };
  const text = str(message.body, 'text');
  return envelope(context, 'Structured', { ...(text ? { text } : {}), content: [item] });
}

function listPicker(message: RenderedMessage, context: RenderContext): Payload {
  const sections = message.items.map((section) => ({
    title: str(section, 'title') ?? '',
    multipleSelection: false,
    items: list(section, 'rows').map((row) => {
      const entry: Payload = { id: str(row, 'id') ?? '', title: str(row, 'title') ?? '' };
      const description = str(row, 'description');
      if (description !== undefined) entry['subtitle'] = description;
      return entry;
    }),
  }));
  const header = obj(message.body, 'header');
  const receivedMessage: Payload = { title: str(message.body, 'text') ?? '', buttonLabel: str(message.body, 'button') ?? '' };
  if (header !== undefined && str(header, 'type') === 'text') receivedMessage['header'] = str(header, 'text') ?? '';
  const footer = str(message.body, 'footer');
  if (footer !== undefined) receivedMessage['subtitle'] = footer;
  return envelope(context, 'Structured', { text: str(message.body, 'text') ?? '', content: [{ contentType: 'ListPicker', listPicker: { sections, receivedMessage } }] });
}

function text(message: RenderedMessage, context: RenderContext): Payload {
  const fields: Payload = { text: str(message.body, 'text') ?? '' };
  if (message.items.length > 0) fields['content'] = message.items.map(attachment);
  return envelope(context, 'Text', fields);
}

export const openMessaging: ChannelModule = {
  name: 'open-messaging',
  description: 'Genesys Cloud Open Messaging outbound normalized message',
  render(message, context) {
    switch (message.contentType) {
      case 'notification': return notification(message, context);
      case 'quick-replies':
      case 'reply-buttons': return replies(message, context);
      case 'generic': return generic(message, context);
      case 'single-selection-list': return listPicker(message, context);
      case 'text': return text(message, context);
    }
  },
};
