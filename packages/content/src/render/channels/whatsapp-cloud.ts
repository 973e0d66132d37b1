/**
 * `whatsapp-cloud`: Meta WhatsApp Cloud API message payloads (`POST /<phone-id>/messages`),
 * valid against Meta's model (docs/channels.md: what maps where, what cannot be carried).
 *
 * - `to` is written in E.164 form; a number of the wrong shape is an error (the shape is checked per
 *   render; full validation is the bulk pre-check's, see `normalizeWhatsAppNumber`).
 * - notification → template message: `name` = the element name of `id` (`namespace@element_name`;
 *   the namespace is not a Cloud API field), `language.code`, and the send-time components:
 *   header parameter (text, media id/link, or a location), body parameters in order (`text`, or `currency` /
 *   `date_time` when typed so), one button component per quick reply (`payload`) and per URL
 *   button with a trailing variable. Static parts (footer, phone buttons, plain header text) live
 *   in the approved template and are not sent.
 * - copy-code buttons → `sub_type: copy_code` with a `coupon_code` parameter (in an AUTHENTICATION
 *   template: the one-time-password button, sent as `sub_type: url` with the code as `text`).
 * - cta-url → interactive `cta_url` (header, body, footer, one URL button: `display_text`, `url`).
 * - reply-buttons and quick-replies → interactive `button`; single-selection-list → interactive
 *   `list`; generic → interactive `carousel`; text → `text` message, followed by one media
 *   message per attachment (with its caption; the output is then an array of payloads).
 * - Media go by WhatsApp media `id` when there is one, else by a public link: a `genesys://`
 *   link cannot be fetched by Meta and is an error.
 */
import { recipientShape } from '../../esp/phone.js';
import {
  list,
  obj,
  parameterValues,
  str,
  type ChannelModule,
  type Item,
  type RenderContext,
  type RenderedMessage,
  type RenderedTemplate,
} from '../model.js';
import { locationCoordinates } from '../location.js';
import { URL_LONE_SURROGATE, encodeUrlComponent, urlLoneSurrogateMessage } from '../url-component.js';
import { linkScheme, mediaLinkVerdict, profiles } from '../../profiles/index.js';
import type { MediaLinks } from '../../types.js';

type Payload = Record<string, unknown>;

/** What the Cloud API fetches media from (the whatsapp-cloud profile's `mediaLinks`). */
const CLOUD_MEDIA_LINKS: MediaLinks = profiles['whatsapp-cloud']?.mediaLinks ?? { schemes: ['https'], warn: ['http'], source: '' };

// The recipient of the render under way: rendering is synchronous, so one entry is enough (a
// WeakMap keyed by each render's context costs the garbage collector more than the check itself).
let lastContext: RenderContext | undefined;
let lastTo: string | undefined;

/** The recipient of this render in E.164 form (checked once per render). */
function to(context: RenderContext): string {
  if (lastContext !== context || lastTo === undefined) {
    lastTo = recipient(context);
    lastContext = context;
  }
  return lastTo;
}

/** A message payload: the head (product, recipient) and the message of `type` under `key`. */
function payload(context: RenderContext, type: string, key: string, value: unknown): Payload {
  // Built as one literal: spreading a shared head object is several times slower.
  const message: Payload = { messaging_product: 'whatsapp', recipient_type: 'individual', to: to(context), type };
  message[key] = value;
  return message;
}

/**
 * The recipient in E.164 form, its shape checked with the project's phone module; an unusable
 * number is an error (the send would fail or reach someone else).
 */
function recipient(context: RenderContext): string {
  if (context.to === '') {
    context.report(
      'channel-recipient',
      'warning',
      'No recipient: the payload has an empty "to"; pass the customer\'s WhatsApp number (E.164, e.g. +16315551002)',
      '',
    );
    return '';
  }
  // Per render only the E.164 shape is checked (a campaign renders once per contact): full
  // validation with libphonenumber-js is the bulk pre-check's and the ESP check's (docs/channels.md).
  const number = recipientShape(context.to);
  if (number.reason !== undefined) {
    // The customer's number is data: the reason never quotes it.
    context.report(
      'channel-recipient',
      'error',
      `The recipient is not a WhatsApp number: ${number.reason}; write it in E.164 form (+ and the country code)`,
      '',
    );
  }
  return number.e164 === '' ? context.to : number.e164;
}

/**
 * Meta fetches media from a public link: a `genesys://` UCS reference (or any non-http link)
 * cannot be fetched and fails the send; a plain `http` link is accepted but discouraged.
 */
function checkLink(url: string | undefined, item: Item, field: string, context: RenderContext): string {
  const link = url ?? '';
  // The link may come from data: messages point at it, never quote it. The rule is the
  // whatsapp-cloud profile's `mediaLinks` (the data the lint's media-link rule reads), whatever
  // limit profile the render uses: it is what the Cloud API fetches.
  const scheme = linkScheme(link);
  const verdict = typeof scheme === 'string' ? mediaLinkVerdict(scheme, CLOUD_MEDIA_LINKS) : 'error';
  if (verdict === 'ok') return link;
  const pointer = context.pointerOf(item, field);
  if (verdict === 'warn') {
    context.report(
      'channel-media-link',
      'warning',
      'WhatsApp Cloud API media should come from an https link; this one is plain http',
      pointer,
    );
  } else {
    context.report(
      'channel-media-link',
      'error',
      'WhatsApp Cloud API cannot fetch this link: upload and use a media id or an https link',
      pointer,
    );
  }
  return link;
}

/** `{ type: 'image', image: { link } }` for an image/video/document item or object. */
/** `{ id }` for an uploaded media id (preferred), else `{ link }` (checked). */
function mediaObject(item: Item, context: RenderContext): Payload {
  const id = str(item, 'id');
  return id !== undefined && id !== '' ? { id } : { link: checkLink(str(item, 'url'), item, 'url', context) };
}

/**
 * `{ type: 'image', image: { id | link } }` for an image/video/document/audio item; documents add
 * `filename`; `caption` only where the API has one (a media message, not a template header).
 */
function media(item: Item, context: RenderContext, withCaption = false): Payload | undefined {
  const type = str(item, 'type') ?? (str(item, 'mime')?.startsWith('video/') ? 'video' : 'image');
  if (type !== 'image' && type !== 'video' && type !== 'document' && type !== 'audio') return undefined;
  const object = mediaObject(item, context);
  const name = str(item, 'name');
  if (type === 'document' && name !== undefined) object['filename'] = name;
  const caption = str(item, 'caption');
  if (caption !== undefined && caption !== '') {
    if (withCaption && type !== 'audio') object['caption'] = caption;
    else
      context.report(
        'channel-unsupported',
        'warning',
        `WhatsApp ${withCaption ? 'audio messages' : 'headers'} have no caption; the caption is not sent`,
        context.pointerOf(item, 'caption'),
      );
  }
  return { type, [type]: object };
}

/**
 * A body parameter: `text`, or `currency` / `date_time` when the parameter is typed so. A
 * currency value must read as an amount (`129.99`, `$1,299.00`): Meta wants it × 1000.
 */
function bodyParameter(parameter: Item, value: string, context: RenderContext, named: boolean): Payload {
  const typed = typedParameter(parameter, value, context);
  // Named templates match parameters by name, in any order (Meta: `parameter_name`).
  return named ? { ...typed, parameter_name: str(parameter, 'name') ?? '' } : typed;
}

/** `value` is the parameter's rendered value (`parameter` may hold only its static fields). */
function typedParameter(parameter: Item, value: string, context: RenderContext): Payload {
  switch (str(parameter, 'type')) {
    case 'currency': {
      const amount = Number(value.replace(/[^\d.-]/g, ''));
      const amount1000 = Math.round(amount * 1000);
      if (!/\d/.test(value) || !Number.isFinite(amount) || Math.abs(amount1000) > 2 ** 31 - 1) {
        context.report(
          'parameter-type',
          'error',
          `The rendered value ${JSON.stringify(value)} of currency parameter ${JSON.stringify(str(parameter, 'name') ?? '')} is not an amount`,
          context.pointerOf(parameter, 'value'),
        );
      }
      return {
        type: 'currency',
        currency: {
          fallback_value: value,
          code: str(parameter, 'currency') ?? '',
          amount_1000: Number.isFinite(amount1000) ? amount1000 : 0,
        },
      };
    }
    case 'date_time':
      // The Cloud API always shows the fallback value.
      return { type: 'date_time', date_time: { fallback_value: value } };
    default:
      return { type: 'text', text: value };
  }
}

function interactiveHeader(header: Item | undefined, context: RenderContext): Payload | undefined {
  if (header === undefined) return undefined;
  if (str(header, 'type') === 'text') return { type: 'text', text: str(header, 'text') ?? '' };
  return media(header, context);
}

function interactive(message: RenderedMessage, context: RenderContext, type: string, action: Payload, header?: Payload): Payload {
  const body: Payload = { type };
  if (header !== undefined) body['header'] = header;
  body['body'] = { text: str(message.body, 'text') ?? '' };
  const footer = str(message.body, 'footer');
  if (footer !== undefined && footer !== '') body['footer'] = { text: footer };
  body['action'] = action;
  return payload(context, 'interactive', 'interactive', body);
}

/** The header component of a template: its text parameters (with their names in a named template), or its media. */
function templateHeader(header: Item, context: RenderContext, named: boolean): Payload | undefined {
  if (str(header, 'type') === 'text') {
    const values = parameterValues(header);
    if (values.length === 0) return undefined;
    return {
      type: 'header',
      parameters: values.map((p) => (named ? { type: 'text', text: p.value, parameter_name: p.name } : { type: 'text', text: p.value })),
    };
  }
  if (str(header, 'type') === 'location') return { type: 'header', parameters: [locationParameter(header, context)] };
  const parameter = media(header, context);
  return parameter === undefined ? undefined : { type: 'header', parameters: [parameter] };
}

/**
 * The `location` parameter of a LOCATION header (Meta: message templates, location headers):
 * latitude and longitude as decimal degrees (strings, as Meta's model has them), name and address
 * when given. A coordinate that does not read as degrees in range is an error: Meta would pin the
 * wrong place or refuse the message.
 */
function locationParameter(header: Item, context: RenderContext): Payload {
  const { latitude, longitude } = locationCoordinates(header, context, 'WhatsApp');
  const location: Payload = { latitude: latitude.text, longitude: longitude.text };
  for (const key of ['name', 'address'] as const) {
    const value = str(header, key);
    if (value !== undefined && value !== '') location[key] = value;
  }
  return { type: 'location', location };
}

/** The button component of a template button at `index`: a quick reply's payload, a URL button's variable. */
function templateButton(button: Item, index: number, context: RenderContext, authentication: boolean): Payload | undefined {
  const type = str(button, 'type');
  if (type === 'copy-code-button') return copyCodeButton(button, index, authentication, context);
  if (type === 'quick-reply') {
    return {
      type: 'button',
      sub_type: 'quick_reply',
      index: String(index),
      parameters: [{ type: 'payload', payload: str(button, 'payload') ?? str(button, 'text') ?? '' }],
    };
  }
  if (type !== 'url-button') return undefined;
  const values = parameterValues(button);
  if (values.length === 0) return undefined;
  const encoded = encodeUrlComponent(values[0]!.value);
  // Reported once: filling the button's URL already warned about the same value.
  const pointer = context.pointerOf(button);
  if (
    encoded.repaired &&
    !context.diagnostics.some((d) => d.code === URL_LONE_SURROGATE && d.path !== undefined && d.path.startsWith(`${pointer}/`))
  ) {
    context.report(URL_LONE_SURROGATE, 'warning', urlLoneSurrogateMessage, pointer);
  }
  return { type: 'button', sub_type: 'url', index: String(index), parameters: [{ type: 'text', text: encoded.text }] };
}

function notification(message: RenderedMessage, context: RenderContext): Payload {
  const parts = message.parts ?? { buttons: [], others: [] };
  const bodyItem = parts.body;
  if (bodyItem === undefined) {
    context.report(
      'channel-unsupported',
      'error',
      'A notification needs exactly one item of type "notification" (the body)',
      context.pointerOf(message.body, 'content'),
    );
    return payload(context, 'template', 'template', {});
  }
  const parameters = list(bodyItem, 'parameters');
  const template: RenderedTemplate = { body: bodyItem, buttons: parts.buttons, others: parts.others, parameters };
  if (parts.header !== undefined) template.header = parts.header;
  if (message.parameterFormat !== undefined) template.parameterFormat = message.parameterFormat;
  if (message.category !== undefined) template.category = message.category;
  return templateMessage(
    template,
    parameters.map((p) => str(p, 'value') ?? ''),
    context,
  );
}

/** A template's name and language code, from the body item (a missing language is reported). */
function templateHead(bodyItem: Item, context: RenderContext): { name: string; code: string } {
  const id = str(bodyItem, 'id') ?? '';
  const at = id.indexOf('@');
  const language = str(bodyItem, 'language');
  if (language === undefined) {
    context.report('channel-language', 'warning', 'The notification has no "language"; en_US is sent', context.pointerOf(bodyItem));
  }
  // The Cloud API names a template by its element name; the namespace was an On-Premises field.
  return { name: at === -1 ? id : id.slice(at + 1), code: language ?? 'en_US' };
}

/**
 * The template message of a notification: from the rendered body (`notification`), or straight
 * from the rendered parameter values when the rest does not depend on the data (`renderTemplate`).
 */
function templateMessage(parts: RenderedTemplate, values: readonly string[], context: RenderContext): Payload {
  const bodyItem = parts.body;
  // The name and language do not depend on the data when the body's fields do not (the campaign shape).
  const head = context.once(bodyItem, 'template-head', () => templateHead(bodyItem, context));
  const template: Payload = { name: head.name, language: { code: head.code } };
  const components: Payload[] = [];
  const named = parts.parameterFormat === 'named';
  const header = parts.header;
  if (header !== undefined) {
    // A header that does not depend on the data (the usual media header) is converted once.
    const component = context.once(header, named ? 'template-header-named' : 'template-header', () =>
      templateHeader(header, context, named),
    );
    if (component !== undefined) components.push(component);
  }
  const bodyParameters = parts.parameters;
  if (bodyParameters.length > 0) {
    const converted = new Array<Payload>(bodyParameters.length);
    for (let i = 0; i < bodyParameters.length; i++) converted[i] = bodyParameter(bodyParameters[i]!, values[i] ?? '', context, named);
    components.push({ type: 'body', parameters: converted });
  }
  const buttons = parts.buttons;
  for (let index = 0; index < buttons.length; index++) {
    const button = buttons[index]!;
    const component = context.once(button, 'template-button', () =>
      templateButton(button, index, context, parts.category === 'AUTHENTICATION'),
    );
    if (component !== undefined) components.push(component);
  }
  for (const other of parts.others) {
    context.report(
      'channel-unsupported',
      'warning',
      `A "${str(other, 'type') ?? 'unknown'}" item has no place in a WhatsApp template and is not sent`,
      context.pointerOf(other),
    );
  }
  if (components.length > 0) template['components'] = components;
  return payload(context, 'template', 'template', template);
}

/** A copy-code value Meta accepts: letters and digits, 1 to 15 (Meta's coupon code templates page). */
const COPY_CODE = /^[A-Za-z0-9]{1,15}$/;

/**
 * The button component of a copy-code button at `index`: `sub_type: copy_code` with a
 * `coupon_code` parameter; in an AUTHENTICATION template Meta lists the one-time-password button
 * as a URL button and takes the code as its `text` parameter (Meta: authentication templates).
 */
function copyCodeButton(button: Item, index: number, authentication: boolean, context: RenderContext): Payload {
  const code = str(button, 'code') ?? '';
  // The code comes from data: the message points at it, never quotes it.
  if (code === '') {
    context.report(
      'parameter-empty',
      'error',
      'The copy-code button code rendered empty: WhatsApp rejects an empty parameter',
      context.pointerOf(button, 'code'),
    );
  } else if (!authentication && !COPY_CODE.test(code)) {
    context.report(
      'parameter-type',
      'error',
      'A copy-code value must be letters and digits only (at most 15): WhatsApp rejects this coupon code',
      context.pointerOf(button, 'code'),
    );
  }
  return authentication
    ? { type: 'button', sub_type: 'url', index: String(index), parameters: [{ type: 'text', text: code }] }
    : { type: 'button', sub_type: 'copy_code', index: String(index), parameters: [{ type: 'coupon_code', coupon_code: code }] };
}

/** Interactive call-to-action URL message: header, body, footer and its one URL button. */
function ctaUrl(message: RenderedMessage, context: RenderContext): Payload {
  const button = message.items[0];
  if (button === undefined || message.items.length > 1) {
    context.report(
      'button-count',
      'error',
      `A WhatsApp call-to-action URL message has exactly one URL button; this one has ${message.items.length}`,
      context.pointerOf(message.body, 'content'),
    );
  }
  const url = str(button, 'url') ?? '';
  // Meta opens the link in the customer's browser: only a web address works (the URL may come from data).
  if (button !== undefined && !/^https?:\/\/[^\s]+$/i.test(url)) {
    context.report(
      'channel-unsupported',
      'error',
      'A WhatsApp call-to-action button opens a web page: its URL must be an http(s) link without spaces',
      context.pointerOf(button, 'url'),
    );
  }
  const action = { name: 'cta_url', parameters: { display_text: str(button, 'text') ?? '', url } };
  return interactive(message, context, 'cta_url', action, interactiveHeader(obj(message.body, 'header'), context));
}

function replyButtons(message: RenderedMessage, context: RenderContext): Payload {
  // Quick replies become reply buttons on WhatsApp, so the reply-button count applies to both.
  const max = context.profile.limits['replyButtons.max']?.value ?? 3;
  if (message.items.length === 0) {
    context.report(
      'button-count',
      'error',
      'A WhatsApp reply-button message needs at least one button',
      context.pointerOf(message.body, 'content'),
    );
  }
  if (message.items.length > max) {
    context.report(
      'button-count',
      'error',
      `WhatsApp reply-button messages carry at most ${max} buttons; this one has ${message.items.length}`,
      context.pointerOf(message.body, 'content'),
    );
  }
  const buttons = message.items.map((item, position) => ({
    type: 'reply',
    reply: { id: str(item, 'id') ?? str(item, 'payload') ?? String(position + 1), title: str(item, 'text') ?? '' },
  }));
  return interactive(message, context, 'button', { buttons }, interactiveHeader(obj(message.body, 'header'), context));
}

function selectionList(message: RenderedMessage, context: RenderContext): Payload {
  const rowIds = new Set<string>();
  const sections = message.items.map((section) => {
    const result: Payload = {};
    const title = str(section, 'title');
    if (title !== undefined && title !== '') result['title'] = title;
    else if (message.items.length > 1) {
      context.report(
        'channel-unsupported',
        'error',
        'A WhatsApp list with several sections needs a title on every section',
        context.pointerOf(section),
      );
    }
    result['rows'] = list(section, 'rows').map((row) => {
      const id = str(row, 'id') ?? '';
      // Meta answers with the row id: ids must be unique across all sections.
      if (rowIds.has(id))
        context.report(
          'channel-unsupported',
          'error',
          `Row id ${JSON.stringify(id)} is used twice; WhatsApp list row ids must be unique across all sections`,
          context.pointerOf(row, 'id'),
        );
      rowIds.add(id);
      const entry: Payload = { id, title: str(row, 'title') ?? '' };
      const description = str(row, 'description');
      if (description !== undefined) entry['description'] = description;
      return entry;
    });
    return result;
  });
  if (rowIds.size === 0) {
    context.report(
      'channel-unsupported',
      'error',
      'A WhatsApp list needs at least one section with a row',
      context.pointerOf(message.body, 'content'),
    );
  }
  const header = obj(message.body, 'header');
  if (header !== undefined && str(header, 'type') !== 'text') {
    context.report('channel-unsupported', 'error', 'A WhatsApp list message header can only be text', context.pointerOf(header, 'type'));
  }
  const textHeader = header !== undefined && str(header, 'type') === 'text' ? { type: 'text', text: str(header, 'text') ?? '' } : undefined;
  return interactive(message, context, 'list', { button: str(message.body, 'button') ?? '', sections }, textHeader);
}

function carousel(message: RenderedMessage, context: RenderContext): Payload {
  const cards = message.items.map((card, cardIndex) => {
    const result: Payload = { card_index: cardIndex, type: 'cta_url' };
    const image = obj(card, 'image');
    const video = obj(card, 'video');
    const mediaItem = image ?? video;
    if (mediaItem !== undefined) {
      const kind = image !== undefined ? 'image' : 'video';
      result['header'] = { type: kind, [kind]: mediaObject(mediaItem, context) };
    } else {
      context.report(
        'channel-unsupported',
        'error',
        'Every WhatsApp carousel card needs an image or a video header',
        context.pointerOf(card),
      );
    }
    const title = str(card, 'title') ?? '';
    const subtitle = str(card, 'subtitle');
    const text = subtitle ? `${title}\n${subtitle}` : title;
    if (text !== '') result['body'] = { text };
    const buttons = list(card, 'buttons');
    const urls = buttons.filter((button) => str(button, 'type') === 'url-button');
    const replies = buttons.filter((button) => str(button, 'type') === 'quick-reply');
    if (urls.length === 1 && replies.length === 0 && buttons.length === 1) {
      result['action'] = { name: 'cta_url', parameters: { display_text: str(urls[0], 'text') ?? '', url: str(urls[0], 'url') ?? '' } };
    } else if (replies.length > 0 && replies.length === buttons.length) {
      result['action'] = {
        buttons: replies.map((button) => ({
          type: 'quick_reply',
          quick_reply: { id: str(button, 'payload') ?? str(button, 'id') ?? str(button, 'text') ?? '', title: str(button, 'text') ?? '' },
        })),
      };
    } else {
      context.report(
        'channel-unsupported',
        'error',
        'A WhatsApp carousel card takes either one URL button or quick-reply buttons only',
        context.pointerOf(card, 'buttons'),
      );
    }
    return result;
  });
  const min = context.profile.limits['carousel.cards.min']?.value ?? 2;
  const max = context.profile.limits['carousel.cards.max']?.value ?? 10;
  if (cards.length < min || cards.length > max) {
    context.report(
      'carousel-cards',
      'error',
      `A WhatsApp carousel has ${min} to ${max} cards; this one has ${cards.length}`,
      context.pointerOf(message.body, 'content'),
    );
  }
  if ((str(message.body, 'text') ?? '') === '') {
    context.report(
      'channel-unsupported',
      'error',
      'A WhatsApp carousel needs a body text (the message text above the cards)',
      context.pointerOf(message.body, 'text'),
    );
  }
  return interactive(message, context, 'carousel', { cards });
}

function text(message: RenderedMessage, context: RenderContext): Payload | Payload[] {
  const textMessage = payload(context, 'text', 'text', { preview_url: false, body: str(message.body, 'text') ?? '' });
  if (message.items.length === 0) return textMessage;
  // Genesys sends the text first, then each attachment as its own message.
  const messages: Payload[] = str(message.body, 'text') ? [textMessage] : [];
  for (const item of message.items) {
    const parameter = media(item, context, true);
    if (parameter === undefined) {
      context.report(
        'channel-unsupported',
        'warning',
        `A "${str(item, 'type') ?? 'unknown'}" attachment cannot be sent`,
        context.pointerOf(item),
      );
      continue;
    }
    const type = parameter['type'] as string;
    messages.push(payload(context, type, type, parameter[type]));
  }
  return messages;
}

function payloadOf(message: RenderedMessage, context: RenderContext): Payload | Payload[] {
  switch (message.contentType) {
    case 'notification':
      return notification(message, context);
    case 'reply-buttons':
    case 'quick-replies':
      return replyButtons(message, context);
    case 'cta-url':
      return ctaUrl(message, context);
    case 'single-selection-list':
      return selectionList(message, context);
    case 'generic':
      return carousel(message, context);
    case 'text':
      return text(message, context);
  }
}

export const whatsappCloud: ChannelModule = {
  name: 'whatsapp-cloud',
  description: 'Meta WhatsApp Cloud API message payload (template or interactive message)',
  render(message, context) {
    to(context); // the recipient is checked first
    try {
      return payloadOf(message, context);
    } finally {
      // Nothing of this render (the recipient) stays referenced after it.
      lastContext = undefined;
      lastTo = undefined;
    }
  },
  renderTemplate(template, values, context) {
    to(context);
    try {
      return templateMessage(template, values, context);
    } finally {
      lastContext = undefined;
      lastTo = undefined;
    }
  },
};
