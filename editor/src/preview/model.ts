/**
 * Rendered message model → what WhatsApp draws: one message bubble with header, body, footer,
 * buttons, list sheet or carousel cards. The parts come from the compiled message model of
 * `@fieldcode/content` (no second splitter here); tolerant of partial documents (the author is
 * typing): whatever the model cannot place is simply not drawn.
 */
import {
  countFindings,
  compileStandardResponse,
  type CompiledText,
  type LimitProfile,
  type ModelMedia,
  type ModelPart,
  type RenderedModel,
} from '@fieldcode/content';
import type { Diagnostic, RenderData } from '@fieldcode/language';

export type MediaKind = 'image' | 'video' | 'document' | 'audio';

export interface PreviewMedia {
  kind: MediaKind;
  url: string;
  name: string;
  mime: string;
}

/** A location header as WhatsApp draws it: a map tile with the place's name and address under it. */
export interface PreviewLocation {
  latitude: string;
  longitude: string;
  name: string;
  address: string;
}

export type PreviewHeader =
  { type: 'text'; text: string } | { type: 'media'; media: PreviewMedia } | ({ type: 'location' } & PreviewLocation);

export interface PreviewButton {
  kind: 'quick-reply' | 'url' | 'phone' | 'reply' | 'copy-code';
  /** The label drawn (a copy-code button without one gets WhatsApp's default, see {@link copyCodeLabel}). */
  text: string;
  /** Target of a URL button (shown as a link only when http/https). */
  url?: string;
  phone?: string;
  /** The code a copy-code button copies (a coupon code or a one-time password). */
  code?: string;
}

/**
 * The label WhatsApp draws on a copy-code button that sets none: "Copy code" for the one-time
 * password of an AUTHENTICATION template, "Copy offer code" for a coupon code (Meta's template
 * guide, coupon code and one-time-password buttons).
 */
export function copyCodeLabel(category: string | undefined): string {
  return category === 'AUTHENTICATION' ? 'Copy code' : 'Copy offer code';
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

const MEDIA_KINDS: ReadonlySet<string> = new Set(['image', 'video', 'document', 'audio']);

/** The rendered model each preview message was built from (read by the counters). */
const sources = new WeakMap<PreviewMessage, RenderedModel>();

/** The rendered model a preview message was built from. */
export function renderedModelOf(message: PreviewMessage): RenderedModel | undefined {
  return sources.get(message);
}

/** The file name of a media item: its `name`, else `file-name=` in the URL, else the URL's last segment. */
function mediaName(name: string, url: string): string {
  if (name) return name;
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

function emptyMessage(kind: PreviewKind): PreviewMessage {
  return { kind, header: null, body: '', footer: null, buttons: [], list: null, cards: [], attachments: [] };
}

const KINDS: Record<string, PreviewKind> = {
  notification: 'notification',
  'quick-replies': 'quick-replies',
  'reply-buttons': 'reply-buttons',
  // One URL button under an interactive bubble: drawn like reply buttons, the button as a link.
  'cta-url': 'reply-buttons',
  'single-selection-list': 'list',
  generic: 'carousel',
  text: 'text',
};

/**
 * The preview of a rendered model (`CompiledResponse.renderModel`): the parts come from the
 * compiled message model (its one splitter and index rule), every text as the payload renders it.
 */
export function previewOf(rendered: RenderedModel): PreviewMessage {
  const model = rendered.model;
  const t = (text: CompiledText | undefined): string => rendered.text(text) ?? '';
  const media = (m: ModelMedia | undefined, fallback: MediaKind): PreviewMedia | null => {
    if (m === undefined) return null;
    const url = t(m.url);
    return { kind: MEDIA_KINDS.has(m.type) ? (m.type as MediaKind) : fallback, url, name: mediaName(t(m.name), url), mime: m.mime ?? '' };
  };
  const button = (part: ModelPart, as?: PreviewButton['kind']): PreviewButton | null => {
    const text = t(part.text) || t(part.title);
    const kind =
      as ??
      (part.type === 'quick-reply'
        ? 'quick-reply'
        : part.type === 'url-button'
          ? 'url'
          : part.type === 'phone-button'
            ? 'phone'
            : part.type === 'reply-button'
              ? 'reply'
              : part.type === 'copy-code-button'
                ? 'copy-code'
                : null);
    if (kind === 'url') return { kind, text, url: t(part.url) };
    if (kind === 'copy-code') return { kind, text: text || copyCodeLabel(model.category), code: t(part.code) };
    if (kind === 'phone') return { kind, text, phone: t(part.phone) };
    return kind === null ? null : { kind, text };
  };
  const message = emptyMessage(model.contentType === undefined ? 'text' : KINDS[model.contentType]!);
  const header = model.header;
  if (header !== undefined)
    message.header =
      header.media !== undefined
        ? { type: 'media', media: media(header.media, 'image')! }
        : header.location !== undefined
          ? {
              type: 'location',
              latitude: t(header.location.latitude),
              longitude: t(header.location.longitude),
              name: t(header.location.name),
              address: t(header.location.address),
            }
          : { type: 'text', text: t(header.text) };
  message.body = t(model.body?.text);
  message.footer = model.footer?.text !== undefined ? t(model.footer.text) : null;
  const as = model.contentType === 'quick-replies' ? 'quick-reply' : model.contentType === 'reply-buttons' ? 'reply' : undefined;
  message.buttons = model.buttons.map((part) => button(part, as)).filter((b): b is PreviewButton => b !== null);
  if (model.contentType === 'single-selection-list') {
    message.list = {
      button: t(model.listButton?.text),
      sections: model.sections.map((section) => ({
        title: t(section.title),
        rows: (section.rows ?? []).map((row) => ({ id: t(row.id), title: t(row.title), description: t(row.description) })),
      })),
    };
  }
  message.cards = model.cards.map((card) => ({
    media: media(card.media, card.media?.type === 'video' ? 'video' : 'image'),
    title: t(card.title),
    subtitle: t(card.subtitle),
    buttons: (card.buttons ?? []).map((part) => button(part)).filter((b): b is PreviewButton => b !== null),
  }));
  // Media items after a notification's body show under the bubble, as attachments do.
  const attachments = [...model.attachments, ...model.others.filter((part) => part.type !== undefined && MEDIA_KINDS.has(part.type))];
  message.attachments = attachments.map((part) =>
    media(part.media ?? { pointer: part.pointer, type: part.type ?? 'document', ...(part.url ? { url: part.url } : {}) }, 'document')!,
  );
  sources.set(message, rendered);
  return message;
}

/**
 * Builds the preview of a standard response rendered with `data` (default none): an envelope (its
 * `structured` body, else its `plainText` with `attachments`), a bare structured body, or plain
 * field-code text.
 */
export function toPreviewMessage(
  source: unknown,
  data: RenderData = {},
  options: { profile?: string | LimitProfile; channel?: 'genesys' | 'text' } = {},
): PreviewMessage {
  const compiled = compileStandardResponse(source, { kind: 'text' });
  if (compiled.response === null) return emptyMessage('text');
  return previewOf(
    compiled.response.renderModel(data, {
      channel: options.channel ?? 'genesys',
      ...(options.profile !== undefined ? { profile: options.profile } : {}),
    }),
  );
}

/**
 * The problem list of a preview: the render's diagnostics plus the counts of the model (buttons,
 * list sections and rows, carousel cards; counts do not change with rendering, so the render
 * leaves them to the lint; the list shows them as the lint words them, from the same `countFindings`).
 */
export function problemsOf(rendered: RenderedModel, profile: LimitProfile): Diagnostic[] {
  const start = { offset: 0, line: 1, column: 1 };
  const counts = countFindings(rendered.model, profile)
    .filter((f) => !rendered.diagnostics.some((d) => d.code === f.code))
    .map((f): Diagnostic => ({
      code: f.code,
      severity: 'error',
      message: f.message,
      path: f.pointer,
      range: { start, end: { ...start } },
    }));
  return [...rendered.diagnostics, ...counts];
}

/** WhatsApp shows at most 3 template buttons; with more, the first 2 and a "See all options" entry. */
export function visibleButtons(buttons: PreviewButton[]): { shown: PreviewButton[]; overflow: boolean } {
  return buttons.length > 3 ? { shown: buttons.slice(0, 2), overflow: true } : { shown: buttons, overflow: false };
}

/** True for URLs the preview may turn into links. */
export function isSafeLink(url: string | undefined): url is string {
  return typeof url === 'string' && /^https?:\/\/[^\s]+$/iu.test(url);
}
