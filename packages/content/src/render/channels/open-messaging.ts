/**
 * `open-messaging`: Genesys Cloud Open Messaging outbound normalized message
 * (`ConversationNormalizedMessage` of the Genesys Cloud platform API).
 *
 * `{ channel: { platform: "Open", type: "Private", to: { id }, time }, type, text?, content?,
 * direction: "Outbound" }` where `time` is the render's `now` and `to.id` the `to` option.
 * - notification → `type: "Structured"` with one `Notification` item whose `template` is
 *   `{ id, language, header?, body: { text, parameters }, footer?, buttons? }`: `id` is the
 *   notification's `namespace@element_name`, a media header is `{ type: "Media", media }`, a text
 *   header `{ type: "Text", text, parameters }`, buttons are `QuickReply` (`payload`),
 *   `PhoneNumber` (`phoneNumber`) and `Url` (`url`, `parameters`) with their 0-based `index`.
 * - quick-replies, reply-buttons → `Structured` with `text` and `QuickReply` items (payload = the
 *   reply's `payload`, else its `id`, else its text); a reply-buttons media header is an
 *   `Attachment` item first.
 * - cta-url → `Structured` with the text and a `Card` whose one `Link` action is the URL button
 *   (Open Messaging has no call-to-action message); a media header is an `Attachment` item first.
 * - a notification's copy-code button is not sent (the template model has no such button type):
 *   a `channel-unsupported` warning says so.
 * - a notification's location header → a `Location` content item (`latitude`, `longitude` as
 *   numbers, `text` = the place's name, `address`) before the `Notification` item: the template
 *   header model is Text or Media only.
 * - generic → `Carousel` of cards (`Card` for a single card); a phone button is a `Link` action
 *   to a `tel:` URL (cards have no phone action). single-selection-list → `ListPicker`.
 * - text → `type: "Text"` with `text` and one `Attachment` item per attachment.
 * Attachments carry `mediaType`, `url`, `id` (a WhatsApp media id), `text` (the caption), `mime`,
 * `filename` and `contentSizeBytes` (from `size`).
 */
import { locationCoordinates } from '../location.js';
import { list, obj, parameterValues, str, type ChannelModule, type Item, type RenderContext, type RenderedMessage } from '../model.js';

type Payload = Record<string, unknown>;

const MEDIA_TYPE: Record<string, string> = { image: 'Image', video: 'Video', audio: 'Audio', document: 'File' };

function envelope(context: RenderContext, type: 'Text' | 'Structured', fields: Payload): Payload {
  // Keys assigned one by one: spreading `fields` costs more than the rest of a small payload.
  const message: Payload = { channel: { platform: 'Open', type: 'Private', to: { id: context.to }, time: context.time }, type };
  for (const key of Object.keys(fields)) message[key] = fields[key];
  message['direction'] = 'Outbound';
  return message;
}

/** `ConversationContentAttachment` of a media item. */
function media(item: Item): Payload {
  const type = str(item, 'type') ?? 'document';
  const result: Payload = { mediaType: MEDIA_TYPE[type] ?? 'File' };
  const url = str(item, 'url');
  if (url !== undefined) result['url'] = url;
  // A WhatsApp media id is the attachment's provider-specific id.
  const id = str(item, 'id');
  if (id !== undefined) result['id'] = id;
  const caption = str(item, 'caption');
  if (caption !== undefined) result['text'] = caption;
  const mime = str(item, 'mime');
  if (mime !== undefined) result['mime'] = mime;
  const name = str(item, 'name');
  if (name !== undefined) result['filename'] = name;
  const size = item['size'];
  if (typeof size === 'number' && Number.isFinite(size)) result['contentSizeBytes'] = size;
  return result;
}

function attachment(item: Item): Payload {
  return { contentType: 'Attachment', attachment: media(item) };
}

/** Template parameters `{ name?, text }` (`ConversationNotificationTemplateParameter`). */
function templateParameters(item: Item): Payload[] {
  return parameterValues(item).map((p) => (p.name === '' ? { text: p.value } : { name: p.name, text: p.value }));
}

/** A template button (`ConversationNotificationTemplateButton`), `index` 0-based among the buttons. */
function templateButton(button: Item, index: number, context: RenderContext): Payload | undefined {
  const text = str(button, 'text') ?? '';
  switch (str(button, 'type')) {
    case 'quick-reply':
      return { type: 'QuickReply', index, text, payload: str(button, 'payload') ?? text };
    case 'phone-button':
      return { type: 'PhoneNumber', index, text, phoneNumber: str(button, 'phone') ?? '' };
    case 'url-button': {
      const result: Payload = { type: 'Url', index, text, url: str(button, 'url') ?? '' };
      const parameters = templateParameters(button);
      if (parameters.length > 0) result['parameters'] = parameters;
      return result;
    }
    default:
      // ConversationNotificationTemplateButton has QuickReply, PhoneNumber and Url only.
      context.report(
        'channel-unsupported',
        'warning',
        `Open Messaging notification templates have no ${str(button, 'type') === 'copy-code-button' ? 'copy-code' : `"${str(button, 'type') ?? 'unknown'}"`} button; it is not sent`,
        context.pointerOf(button),
      );
      return undefined;
  }
}

/**
 * A location item as `{ contentType: "Location", location }` (`ConversationContentLocation`):
 * the coordinates as numbers (a coordinate that is no decimal degrees in range is an error and
 * left out), the place's name as `text`, its `address`.
 */
function locationContent(item: Item, context: RenderContext): Payload {
  const { latitude, longitude } = locationCoordinates(item, context, 'Open Messaging');
  const location: Payload = {};
  const name = str(item, 'name');
  if (name !== undefined && name !== '') location['text'] = name;
  const address = str(item, 'address');
  if (address !== undefined && address !== '') location['address'] = address;
  if (latitude.degrees !== undefined) location['latitude'] = latitude.degrees;
  if (longitude.degrees !== undefined) location['longitude'] = longitude.degrees;
  return { contentType: 'Location', location };
}

function quickReply(item: Item, payload: string | undefined): Payload {
  const text = str(item, 'text') ?? '';
  return { contentType: 'QuickReply', quickReply: { text, payload: payload ?? text, action: 'Message' } };
}

function notification(message: RenderedMessage, context: RenderContext): Payload {
  const parts = message.parts ?? { buttons: [], others: [] };
  const body = parts.body;
  if (body === undefined) {
    context.report(
      'channel-unsupported',
      'error',
      'A notification needs exactly one item of type "notification" (the body)',
      context.pointerOf(message.body, 'content'),
    );
    return envelope(context, 'Structured', { content: [] });
  }
  const template: Payload = {};
  const id = str(body, 'id');
  if (id !== undefined) template['id'] = id;
  const language = str(body, 'language');
  if (language !== undefined) template['language'] = language;
  const header = parts.header;
  // Parts that do not depend on the data are converted once per compiled response (RenderContext.once).
  // The template header is Text or Media only (ConversationNotificationTemplateHeader): a location
  // header goes as a Location content item before the template, as it is shown above the body.
  const location =
    header !== undefined && str(header, 'type') === 'location'
      ? context.once(header, 'location', () => locationContent(header, context))
      : undefined;
  if (header !== undefined && location === undefined) {
    template['header'] = context.once(header, 'template-header', () =>
      str(header, 'type') === 'text'
        ? { type: 'Text', text: str(header, 'text') ?? '', parameters: templateParameters(header) }
        : { type: 'Media', media: media(header) },
    );
  }
  template['body'] = { text: str(body, 'text') ?? '', parameters: templateParameters(body) };
  const footer = parts.footer;
  if (footer !== undefined) template['footer'] = context.once(footer, 'template-footer', () => ({ text: str(footer, 'text') ?? '' }));
  const buttons = parts.buttons.flatMap(
    (button, index) => context.once(button, 'template-button', () => templateButton(button, index, context) ?? null) ?? [],
  );
  if (buttons.length > 0) template['buttons'] = buttons;
  for (const other of parts.others) {
    context.report(
      'channel-unsupported',
      'warning',
      `A "${str(other, 'type') ?? 'unknown'}" item has no place in a notification and is not sent`,
      context.pointerOf(other),
    );
  }
  const notificationItem = { contentType: 'Notification', template };
  return envelope(context, 'Structured', { content: location === undefined ? [notificationItem] : [location, notificationItem] });
}

function replies(message: RenderedMessage, context: RenderContext): Payload {
  const content: Payload[] = [];
  const header = obj(message.body, 'header');
  if (header !== undefined && str(header, 'type') !== 'text') content.push(attachment(header));
  for (const item of message.items) content.push(quickReply(item, str(item, 'payload') ?? str(item, 'id')));
  const text = [
    header !== undefined && str(header, 'type') === 'text' ? str(header, 'text') : undefined,
    str(message.body, 'text'),
    str(message.body, 'footer'),
  ]
    .filter((part): part is string => part !== undefined && part !== '')
    .join('\n\n');
  return envelope(context, 'Structured', { text, content });
}

/**
 * A call-to-action URL message has no Open Messaging counterpart: it degrades to the text (header
 * text, body, footer), a media header as an attachment, and a card whose one `Link` action is the button.
 */
function ctaUrl(message: RenderedMessage, context: RenderContext): Payload {
  const content: Payload[] = [];
  const header = obj(message.body, 'header');
  if (header !== undefined && str(header, 'type') !== 'text') content.push(attachment(header));
  const button = message.items[0];
  const label = str(button, 'text') ?? '';
  if (button !== undefined)
    content.push({ contentType: 'Card', card: { title: label, actions: [{ type: 'Link', text: label, url: str(button, 'url') ?? '' }] } });
  return { ...replies({ ...message, items: [] }, context), content };
}

function card(item: Item, context: RenderContext): Payload {
  const result: Payload = { title: str(item, 'title') ?? '' };
  const subtitle = str(item, 'subtitle');
  if (subtitle !== undefined) result['description'] = subtitle;
  for (const kind of ['image', 'video'] as const) {
    const media = obj(item, kind);
    if (media === undefined) continue;
    const url = str(media, 'url');
    // A card takes a URL; a WhatsApp media id means nothing to other Open Messaging channels.
    if (url !== undefined) result[kind] = url;
    else
      context.report(
        'channel-unsupported',
        'warning',
        `An Open Messaging card ${kind} needs a url; a media id alone is not sent`,
        context.pointerOf(media),
      );
  }
  result['actions'] = list(item, 'buttons').map((button) => {
    const text = str(button, 'text') ?? '';
    switch (str(button, 'type')) {
      case 'url-button':
        return { type: 'Link', text, url: str(button, 'url') ?? '' };
      // A card action has no phone type: a tel: link dials the number.
      case 'phone-button':
        return { type: 'Link', text, url: `tel:${(str(button, 'phone') ?? '').replace(/[^+\d]/g, '')}` };
      default:
        return { type: 'Postback', text, payload: str(button, 'payload') ?? text };
    }
  });
  return result;
}

function generic(message: RenderedMessage, context: RenderContext): Payload {
  const cards = message.items.map((item) => card(item, context));
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
  return envelope(context, 'Structured', {
    text: str(message.body, 'text') ?? '',
    content: [{ contentType: 'ListPicker', listPicker: { sections, receivedMessage } }],
  });
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
      case 'notification':
        return notification(message, context);
      case 'quick-replies':
      case 'reply-buttons':
        return replies(message, context);
      case 'cta-url':
        return ctaUrl(message, context);
      case 'generic':
        return generic(message, context);
      case 'single-selection-list':
        return listPicker(message, context);
      case 'text':
        return text(message, context);
    }
  },
};
