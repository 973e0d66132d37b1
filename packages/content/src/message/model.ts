/**
 * The compiled message model of a standard response: typed, normalized parts in display order,
 * each text a {@link CompiledText} with its JSON pointer and source span. Built once by
 * `compileStandardResponse`; read by the lint rules, the renderer, the channels and the editor.
 */
import type { ContentType, LimitProfile } from '../types.js';
import type { CompiledText } from './text.js';
import type { ParameterFormat } from './placeholders.js';
import { fieldLimit, profileLimit, type FieldLimit, type LimitedField } from './limits.js';
import type { Limit, LimitId } from '../types.js';

/** A `{{n}}` parameter of a template text (notification body, text header, URL button). */
export interface ModelParameter {
  pointer: string;
  /** The placeholder number it fills: its `index`, or its position + 1 when none is usable. */
  n: number;
  /** Its usable `index`, when it has one. */
  index?: number;
  /**
   * The placeholder key it fills: `String(n)` for positional parameters, its `name` for named
   * ones (`first_name` fills `{{first_name}}`); absent for a named parameter without a name.
   */
  key?: string;
  name?: string;
  value?: CompiledText;
}

/** Media of a header, card or attachment. */
export interface ModelMedia {
  pointer: string;
  type: string;
  url?: CompiledText;
  /** A WhatsApp Cloud API media id (an uploaded file); channels that take ids send it instead of the link. */
  id?: CompiledText;
  name?: CompiledText;
  mime?: string;
}

/** A location header (Meta's template header format `LOCATION`): each field a template text. */
export interface ModelLocation {
  pointer: string;
  latitude?: CompiledText;
  longitude?: CompiledText;
  name?: CompiledText;
  address?: CompiledText;
}

export type PartKind = 'header' | 'body' | 'footer' | 'button' | 'list-button' | 'section' | 'row' | 'card' | 'attachment' | 'other';

/** One part of the message. Fields that do not apply to the part are absent. */
export interface ModelPart {
  kind: PartKind;
  /** JSON pointer of the part (an item, or the string of a body-level text). */
  pointer: string;
  /** The item's `type` (`text`, `image`, `quick-reply`, `url-button`, …), when it has one. */
  type?: string;
  /** The item's usable `index` (index-rule.ts), when it has one. */
  index?: number;
  text?: CompiledText;
  title?: CompiledText;
  subtitle?: CompiledText;
  description?: CompiledText;
  url?: CompiledText;
  phone?: CompiledText;
  /** The code a copy-code button copies (a coupon code or a one-time password). */
  code?: CompiledText;
  id?: CompiledText;
  payload?: CompiledText;
  media?: ModelMedia;
  /** The place of a location header. */
  location?: ModelLocation;
  parameters: ModelParameter[];
  /** Rows of a list section, buttons of a carousel card. */
  rows?: ModelPart[];
  buttons?: ModelPart[];
}

/** The normalized message. */
export interface ResponseModel {
  /** The content type (`text` for plain text and an envelope's `plainText`); undefined when unknown. */
  contentType: ContentType | undefined;
  /** The `contentType` as written, for messages about an unknown one. */
  declaredContentType: unknown;
  /** JSON pointer of the structured body ('' for a bare body or plain text). */
  pointer: string;
  /** How placeholders are written (the envelope's `parameterFormat`; positional by default). */
  parameterFormat: ParameterFormat;
  /** The envelope's WhatsApp template `category`, when it declares one. */
  category?: 'MARKETING' | 'UTILITY' | 'AUTHENTICATION';
  /** WhatsApp template name and language (notification body item). */
  template?: { id?: string; language?: string; pointer: string };
  header?: ModelPart;
  body?: ModelPart;
  footer?: ModelPart;
  /** The list's menu button label (single-selection-list). */
  listButton?: ModelPart;
  /** Template buttons, reply buttons or quick replies, in order. */
  buttons: ModelPart[];
  sections: ModelPart[];
  cards: ModelPart[];
  attachments: ModelPart[];
  /** Items with no place in the content type (reported by channels that cannot send them). */
  others: ModelPart[];
  /** Every template text of the response, in document order. */
  texts: readonly CompiledText[];
}

/** The parts that are items of the structured body's `content`, in document order (as written, not by `index`). */
export function contentParts(model: ResponseModel): ModelPart[] {
  const prefix = `${model.pointer}/content/`;
  const parts = [
    model.header,
    model.body,
    model.footer,
    ...model.buttons,
    ...model.sections,
    ...model.cards,
    ...model.attachments,
    ...model.others,
  ];
  const position = (part: ModelPart): number => Number(part.pointer.slice(prefix.length));
  return parts
    .filter(
      (part): part is ModelPart =>
        part !== undefined && part.pointer.startsWith(prefix) && !part.pointer.slice(prefix.length).includes('/'),
    )
    .sort((a, b) => position(a) - position(b));
}

/** One length limit applied to one part: the texts (joined by a line break), its limit and how it is named. */
export interface LimitCheck {
  field: LimitedField;
  entry: FieldLimit;
  id: LimitId;
  limit: Limit;
  /** Where findings are reported. */
  pointer: string;
  /** The texts measured together (a card body is title + "\n" + subtitle). */
  texts: CompiledText[];
  /** Parameters that fill the first text's `{{n}}` placeholders. */
  parameters: ModelParameter[];
}

/** A limited field of a part, whether or not the profile sets a limit on it (the editor's counters). */
export interface LimitedText {
  field: LimitedField;
  pointer: string;
  texts: CompiledText[];
  parameters: ModelParameter[];
  /** The limit, when the profile sets one. */
  check?: LimitCheck;
}

/** The length checks of a model under a profile, in reading order. */
export function limitChecks(model: ResponseModel, profile: LimitProfile): LimitCheck[] {
  return limitedTexts(model, profile).flatMap((entry) => (entry.check === undefined ? [] : [entry.check]));
}

/** Every limited text of a model in reading order, with the profile's limit when it has one. */
export function limitedTexts(model: ResponseModel, profile: LimitProfile): LimitedText[] {
  const entries: LimitedText[] = [];
  const contentType = model.contentType;
  const add = (field: LimitedField, pointer: string, texts: Array<CompiledText | undefined>, parameters: ModelParameter[] = []): void => {
    const present = texts.filter((t): t is CompiledText => t !== undefined);
    if (present.length === 0) return;
    if (fieldLimit(contentType, field) === undefined) return;
    const found = profileLimit(profile, contentType, field);
    const entry: LimitedText = { field, pointer, texts: present, parameters };
    if (found !== undefined)
      entry.check = { field, entry: found.entry, id: found.id, limit: found.limit, pointer, texts: present, parameters };
    entries.push(entry);
  };
  if (model.header?.text !== undefined && model.header.media === undefined)
    add('header', model.header.text.pointer, [model.header.text], model.header.parameters);
  if (model.body?.text !== undefined) add('body', model.body.text.pointer, [model.body.text], model.body.parameters);
  if (model.footer?.text !== undefined) add('footer', model.footer.text.pointer, [model.footer.text]);
  if (model.listButton?.text !== undefined) add('list.button', model.listButton.text.pointer, [model.listButton.text]);
  const buttons = (list: ModelPart[]): void => {
    for (const button of list) {
      if (button.type === 'reply-button' || contentType === 'quick-replies' || contentType === 'reply-buttons') {
        add('reply.title', button.text?.pointer ?? button.pointer, [button.text]);
        if (button.type === 'reply-button') add('reply.id', button.id?.pointer ?? button.pointer, [button.id]);
        continue;
      }
      add('button.label', button.text?.pointer ?? button.pointer, [button.text]);
      if (button.type === 'url-button') add('button.url', button.url?.pointer ?? button.pointer, [button.url], button.parameters);
      if (button.type === 'phone-button') add('button.phone', button.phone?.pointer ?? button.pointer, [button.phone]);
      if (button.type === 'copy-code-button') add('button.code', button.code?.pointer ?? button.pointer, [button.code]);
    }
  };
  buttons(model.buttons);
  for (const section of model.sections) {
    add('section.title', section.title?.pointer ?? section.pointer, [section.title]);
    for (const row of section.rows ?? []) {
      add('row.title', row.title?.pointer ?? row.pointer, [row.title]);
      add('row.description', row.description?.pointer ?? row.pointer, [row.description]);
      add('row.id', row.id?.pointer ?? row.pointer, [row.id]);
    }
  }
  for (const card of model.cards) {
    if (card.title !== undefined) add('card.body', card.title.pointer, [card.title, card.subtitle]);
    buttons(card.buttons ?? []);
  }
  return entries;
}
