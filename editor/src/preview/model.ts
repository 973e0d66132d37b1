/**
 * Rendered standard response (channel `genesys`) → what WhatsApp draws: one message bubble with
 * header, body, footer, buttons, list sheet or carousel cards. Pure; tolerant of partial documents
 * (the author is typing), so every field is read defensively as own properties of plain JSON.
 */

export type MediaKind = 'image' | 'video' | 'document' | 'audio';

export interface PreviewMedia {
  kind: MediaKind;
  url: string;
  name: string;
  mime: string;
}

export type PreviewHeader = { type: 'text'; text: string } | { type: 'media'; media: PreviewMedia };

export interface PreviewButton {
  kind: 'quick-reply' | 'url' | 'phone' | 'reply';
  text: string;
  /** Target of a URL button (shown as a link only when http/https). */
  url?: string;
  phone?: string;
}

export interface PreviewListRow {
  id: string;
  title: string;
  description: string;
}

export interface PreviewList {
  button: string;
  sections: Array<{ title: string; rows: PreviewListRow[] }>;
}

export interface PreviewCard {
  media: PreviewMedia | null;
  title: string;
  subtitle: string;
  buttons: PreviewButton[];
}

export type PreviewKind = 'notification' | 'quick-replies' | 'carousel' | 'list' | 'reply-buttons' | 'text';

export interface PreviewMessage {
  kind: PreviewKind;
  header: PreviewHeader | null;
  body: string;
  footer: string | null;
  buttons: PreviewButton[];
  list: PreviewList | null;
  cards: PreviewCard[];
  attachments: PreviewMedia[];
}

type Json = Record<string, unknown>;

const MEDIA_KINDS: ReadonlySet<string> = new Set(['image', 'video', 'document', 'audio']);

function own(obj: unknown, key: string): unknown {
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) return undefined;
  return Object.prototype.hasOwnProperty.call(obj, key) ? (obj as Json)[key] : undefined;
}

function str(obj: unknown, key: string): string {
  const v = own(obj, key);
  return typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';
}

function items(obj: unknown, key: string): Json[] {
  const v = own(obj, key);
  return Array.isArray(v) ? v.filter((x): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x)) : [];
}

/** The file name of a media item: its `name`, else `file-name=` in the URL, else the URL's last segment. */
function mediaName(item: unknown): string {
  const name = str(item, 'name');
  if (name) return name;
  const url = str(item, 'url');
  const fileName = /[?&]file-name=([^&#]*)/u.exec(url);
  if (fileName) return safeDecode(fileName[1]!);
  const last = url.split(/[?#]/u)[0]!.split('/').pop() ?? '';
  return safeDecode(last);
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function toMedia(item: unknown, fallbackKind: MediaKind = 'image'): PreviewMedia {
  const type = str(item, 'type');
  return {
    kind: MEDIA_KINDS.has(type) ? (type as MediaKind) : fallbackKind,
    url: str(item, 'url'),
    name: mediaName(item),
    mime: str(item, 'mime'),
  };
}

function toButton(item: unknown): PreviewButton | null {
  const type = str(item, 'type');
  const text = str(item, 'text') || str(item, 'title');
  switch (type) {
    case 'quick-reply':
      return { kind: 'quick-reply', text };
    case 'url-button':
      return { kind: 'url', text, url: str(item, 'url') };
    case 'phone-button':
      return { kind: 'phone', text, phone: str(item, 'phone') };
    case 'reply-button':
      return { kind: 'reply', text };
    default:
      return null;
  }
}

/** Orders notification items by `index` (number or numeric string); items without one keep their place after indexed ones. */
function byIndex(list: Json[]): Json[] {
  const indexOf = (item: Json): number => {
    const n = Number(own(item, 'index'));
    return Number.isFinite(n) ? n : Number.MAX_SAFE_INTEGER;
  };
  return list
    .map((item, position) => ({ item, position }))
    .sort((a, b) => indexOf(a.item) - indexOf(b.item) || a.position - b.position)
    .map((x) => x.item);
}

/** Fills `{{n}}` from `parameters[]` when the renderer left them (a partial document). */
function fillPlaceholders(text: string, parameters: Json[]): string {
  if (parameters.length === 0) return text;
  return text.replace(/\{\{\s*(\d+)\s*\}\}/gu, (whole, n: string) => {
    const param = parameters.find((p) => String(own(p, 'index')) === n);
    return param ? str(param, 'value') : whole;
  });
}

function emptyMessage(kind: PreviewKind): PreviewMessage {
  return { kind, header: null, body: '', footer: null, buttons: [], list: null, cards: [], attachments: [] };
}

function fromNotification(body: unknown): PreviewMessage {
  const message = emptyMessage('notification');
  const ordered = byIndex(items(body, 'content'));
  const bodyAt = ordered.findIndex((item) => str(item, 'type') === 'notification');
  ordered.forEach((item, position) => {
    const type = str(item, 'type');
    if (type === 'notification') {
      message.body = fillPlaceholders(str(item, 'text'), items(item, 'parameters'));
    } else if (MEDIA_KINDS.has(type)) {
      if (bodyAt === -1 || position < bodyAt) message.header = { type: 'media', media: toMedia(item) };
      else message.attachments.push(toMedia(item));
    } else if (type === 'text') {
      const text = fillPlaceholders(str(item, 'text'), items(item, 'parameters'));
      if (bodyAt !== -1 && position > bodyAt) message.footer = text;
      else message.header = { type: 'text', text };
    } else {
      const button = toButton(item);
      if (button) {
        if (button.url !== undefined) button.url = fillPlaceholders(button.url, items(item, 'parameters'));
        message.buttons.push(button);
      }
    }
  });
  return message;
}

function headerOf(body: unknown): PreviewHeader | null {
  const header = own(body, 'header');
  if (header === undefined || header === null) return null;
  if (typeof header === 'string') return { type: 'text', text: header };
  const type = str(header, 'type');
  if (MEDIA_KINDS.has(type)) return { type: 'media', media: toMedia(header) };
  return { type: 'text', text: str(header, 'text') };
}

function footerOf(body: unknown): string | null {
  const footer = own(body, 'footer');
  if (typeof footer === 'string') return footer;
  if (footer && typeof footer === 'object') return str(footer, 'text');
  return null;
}

function fromStructured(body: unknown): PreviewMessage {
  const contentType = str(body, 'contentType');
  switch (contentType) {
    case 'notification':
      return fromNotification(body);
    case 'quick-replies': {
      const message = emptyMessage('quick-replies');
      message.body = str(body, 'text');
      message.buttons = items(body, 'content')
        .map((item) => ({ kind: 'quick-reply' as const, text: str(item, 'text') }));
      return message;
    }
    case 'reply-buttons': {
      const message = emptyMessage('reply-buttons');
      message.header = headerOf(body);
      message.body = str(body, 'text');
      message.footer = footerOf(body);
      message.buttons = items(body, 'content').map((item) => ({ kind: 'reply' as const, text: str(item, 'text') || str(item, 'title') }));
      return message;
    }
    case 'single-selection-list': {
      const message = emptyMessage('list');
      message.header = headerOf(body);
      message.body = str(body, 'text');
      message.footer = footerOf(body);
      message.list = {
        button: str(body, 'button'),
        sections: items(body, 'content').map((section) => ({
          title: str(section, 'title'),
          rows: items(section, 'rows').map((row) => ({
            id: str(row, 'id'),
            title: str(row, 'title'),
            description: str(row, 'description'),
          })),
        })),
      };
      return message;
    }
    case 'generic': {
      const message = emptyMessage('carousel');
      message.body = str(body, 'text');
      message.cards = items(body, 'content').map((card) => {
        const image = own(card, 'image');
        const video = own(card, 'video');
        const media = image && typeof image === 'object' ? toMedia(image, 'image') : video && typeof video === 'object' ? toMedia(video, 'video') : null;
        return {
          media,
          title: str(card, 'title'),
          subtitle: str(card, 'subtitle'),
          buttons: items(card, 'buttons').map(toButton).filter((b): b is PreviewButton => b !== null),
        };
      });
      return message;
    }
    default: {
      const message = emptyMessage('text');
      message.body = str(body, 'text');
      message.attachments = items(body, 'content').filter((i) => MEDIA_KINDS.has(str(i, 'type'))).map((i) => toMedia(i));
      return message;
    }
  }
}

/**
 * Builds the preview of a rendered standard response: an envelope (its `structured` body, else its
 * `plainText` with `attachments`), a bare structured body, or plain text.
 */
export function toPreviewMessage(rendered: unknown): PreviewMessage {
  if (typeof rendered === 'string') {
    const message = emptyMessage('text');
    message.body = rendered;
    return message;
  }
  const structured = own(rendered, 'structured');
  if (structured && typeof structured === 'object') return fromStructured(structured);
  if (own(rendered, 'contentType') !== undefined) return fromStructured(rendered);
  const message = emptyMessage('text');
  message.body = str(rendered, 'plainText');
  message.attachments = items(rendered, 'attachments').map((i) => toMedia(i, 'document'));
  return message;
}

/** WhatsApp shows at most 3 template buttons; with more, the first 2 and a "See all options" entry. */
export function visibleButtons(buttons: PreviewButton[]): { shown: PreviewButton[]; overflow: boolean } {
  return buttons.length > 3 ? { shown: buttons.slice(0, 2), overflow: true } : { shown: buttons, overflow: false };
}

/** True for URLs the preview may turn into links. */
export function isSafeLink(url: string | undefined): url is string {
  return typeof url === 'string' && /^https?:\/\/[^\s]+$/iu.test(url);
}
