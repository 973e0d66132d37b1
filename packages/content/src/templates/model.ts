/**
 * The WhatsApp template a standard response stands for, per language: what Meta approves
 * (name, language, category, parameter format, header/body/footer/buttons with their `{{…}}`
 * text and example values), each part carrying the JSON pointer of its source in the file.
 * Read by `template export`, `template diff` and the template lint rules.
 */
import { render, type RenderData } from '@fieldcode/language';
import { isStructuredBody } from '../model/envelope.js';
import { sortItemsByIndex } from '../message/index-rule.js';
import { findPlaceholders, type ParameterFormat, type Placeholder } from '../message/placeholders.js';

export type TemplateCategory = 'MARKETING' | 'UTILITY' | 'AUTHENTICATION';
export type { ParameterFormat };
export type HeaderFormat = 'TEXT' | 'IMAGE' | 'VIDEO' | 'DOCUMENT';

/** The example value of one variable and where it came from. */
export interface VariableExample {
  key: string;
  /** The example; undefined when neither an explicit example nor the rendered sample data gives one. */
  value?: string;
  /** `explicit` (from `examples`) or `sampleData` (the parameter rendered with the sample data). */
  from?: 'explicit' | 'sampleData';
  /** Pointer of the parameter filling the variable, when there is one. */
  parameterPointer?: string;
}

/** A text with variables (header text, body text, URL). */
export interface TemplateText {
  text: string;
  /** Pointer of the text string. */
  pointer: string;
  variables: Placeholder[];
  examples: VariableExample[];
}

export interface TemplateHeader {
  format: HeaderFormat;
  /** Pointer of the header item. */
  pointer: string;
  text?: TemplateText;
  /** Media sample upload handle (`examples.header.handle`). */
  handle?: string;
}

export interface TemplateButton {
  /** Meta button type: `QUICK_REPLY`, `URL`, `PHONE_NUMBER`, … */
  type: string;
  /** Pointer of the button item. */
  pointer: string;
  /** Position among the buttons (Meta's button index, from 0). */
  position: number;
  label: string;
  url?: TemplateText;
  phone?: string;
  /**
   * What a copy-code button copies (`COPY_CODE`, or `OTP` in an AUTHENTICATION template): its
   * field-code text and its example (`examples.buttons["n"]`, else the code rendered with the sample data).
   */
  code?: { text: string; pointer: string; example?: string };
}

/** One template (one language) of a standard response. */
export interface ResponseTemplate {
  /** Meta template name: the element name of the notification's `id` (`namespace@name`). */
  name?: string;
  /** Pointer of the notification's `id`. */
  idPointer: string;
  language?: string;
  languagePointer: string;
  category?: TemplateCategory;
  parameterFormat: ParameterFormat;
  /** True when the envelope sets `parameterFormat` (otherwise it is inferred from the text). */
  parameterFormatDeclared: boolean;
  /** `''` for the main structured body, `/variants/<language>` for a variant. */
  variantPointer: string;
  /** Pointer of the structured body. */
  structuredPointer: string;
  header?: TemplateHeader;
  body?: TemplateText & { itemPointer: string };
  footer?: { text: string; pointer: string };
  buttons: TemplateButton[];
  /** Items a Meta template cannot hold (e.g. a second header), by pointer. */
  unsupported: Array<{ pointer: string; type: string }>;
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function own(value: unknown, key: string): unknown {
  return isObject(value) && Object.prototype.hasOwnProperty.call(value, key) ? value[key] : undefined;
}

function str(value: unknown, key: string): string | undefined {
  const v = own(value, key);
  return typeof v === 'string' ? v : undefined;
}

function escapeSegment(segment: string | number): string {
  return String(segment).replace(/~/g, '~0').replace(/\//g, '~1');
}

const MEDIA: Record<string, HeaderFormat> = { image: 'IMAGE', video: 'VIDEO', document: 'DOCUMENT' };
const BUTTONS: Record<string, string> = {
  'quick-reply': 'QUICK_REPLY',
  'url-button': 'URL',
  'phone-button': 'PHONE_NUMBER',
  // An AUTHENTICATION template's copy-code button is its one-time-password button (`OTP`).
  'copy-code-button': 'COPY_CODE',
};

/** The Meta template name of a notification `id` (`namespace@element_name` → `element_name`). */
export function templateNameOf(id: string | undefined): string | undefined {
  if (id === undefined) return undefined;
  const at = id.lastIndexOf('@');
  return at >= 0 ? id.slice(at + 1) : id;
}

/**
 * The templates of a standard response (parsed JSON: an envelope or a bare structured body): the
 * main structured body, then each language variant. Responses without a `notification` give none.
 */
export function responseTemplates(value: unknown): ResponseTemplate[] {
  if (!isObject(value)) return [];
  if (isStructuredBody(value)) {
    const t = templateOf(value, '', '', {}, undefined, undefined);
    return t ? [t] : [];
  }
  const meta = {
    category: str(value, 'category') as TemplateCategory | undefined,
    parameterFormat: str(value, 'parameterFormat') as ParameterFormat | undefined,
  };
  const sampleData = isObject(own(value, 'sampleData')) ? (own(value, 'sampleData') as RenderData) : undefined;
  const out: ResponseTemplate[] = [];
  const main = templateOf(own(value, 'structured'), '/structured', '', meta, own(value, 'examples'), sampleData);
  if (main) out.push(main);
  const variants = own(value, 'variants');
  if (isObject(variants)) {
    for (const language of Object.keys(variants)) {
      const variant = variants[language];
      const base = `/variants/${escapeSegment(language)}`;
      const t = templateOf(
        own(variant, 'structured'),
        `${base}/structured`,
        base,
        meta,
        mergeExamples(own(value, 'examples'), own(variant, 'examples')),
        sampleData,
      );
      if (t) out.push(t);
    }
  }
  return out;
}

/** A variant's examples: the main examples, overridden part by part and key by key by the variant's own. */
function mergeExamples(main: unknown, variant: unknown): Json {
  const out: Json = {};
  for (const part of ['header', 'body', 'buttons']) {
    const a = own(main, part);
    const b = own(variant, part);
    if (isObject(a) || isObject(b)) out[part] = { ...(isObject(a) ? a : {}), ...(isObject(b) ? b : {}) };
  }
  return out;
}

function templateOf(
  structured: unknown,
  pointer: string,
  variantPointer: string,
  meta: { category?: TemplateCategory; parameterFormat?: ParameterFormat },
  examples: unknown,
  sampleData: RenderData | undefined,
): ResponseTemplate | undefined {
  if (str(structured, 'contentType') !== 'notification') return undefined;
  const content = own(structured, 'content');
  if (!Array.isArray(content)) return undefined;
  const positioned = content.map((item, position) => ({ item, position })).filter((e) => isObject(e.item));
  const sorted = sortItemsByIndex(positioned.map((e) => e.item)).map((item) => positioned.find((e) => e.item === item)!);
  const at = (position: number) => `${pointer}/content/${position}`;
  const bodyAt = sorted.findIndex((e) => str(e.item, 'type') === 'notification');
  if (bodyAt < 0) return undefined;
  const bodyEntry = sorted[bodyAt]!;
  const bodyItem = bodyEntry.item as Json;
  const id = str(bodyItem, 'id');
  const bodyText = str(bodyItem, 'text') ?? '';
  const declared = meta.parameterFormat !== undefined;
  const variablesOfBody = findPlaceholders(bodyText, 'any');
  const parameterFormat: ParameterFormat = meta.parameterFormat ?? (variablesOfBody.some((v) => v.named) ? 'named' : 'positional');

  const examplesOf = (part: 'header' | 'body'): Json => (isObject(own(examples, part)) ? (own(examples, part) as Json) : {});
  const textPart = (item: Json, itemPointer: string, key: string, explicit: Json): TemplateText => {
    const text = str(item, key) ?? '';
    const variables = findPlaceholders(text, 'any');
    return {
      text,
      pointer: `${itemPointer}/${key}`,
      variables,
      examples: exampleValues(item, itemPointer, variables, explicit, parameterFormat, sampleData),
    };
  };

  const template: ResponseTemplate = {
    name: templateNameOf(id),
    idPointer: `${at(bodyEntry.position)}/id`,
    language: str(bodyItem, 'language'),
    languagePointer: `${at(bodyEntry.position)}/language`,
    category: meta.category,
    parameterFormat,
    parameterFormatDeclared: declared,
    variantPointer,
    structuredPointer: pointer,
    body: { ...textPart(bodyItem, at(bodyEntry.position), 'text', examplesOf('body')), itemPointer: at(bodyEntry.position) },
    buttons: [],
    unsupported: [],
  };

  for (const { item, position } of sorted.slice(0, bodyAt)) {
    const type = str(item, 'type') ?? '';
    if (template.header) {
      template.unsupported.push({ pointer: at(position), type });
    } else if (type === 'text') {
      template.header = { format: 'TEXT', pointer: at(position), text: textPart(item as Json, at(position), 'text', examplesOf('header')) };
    } else if (MEDIA[type]) {
      const handle = str(examplesOf('header'), 'handle');
      template.header = { format: MEDIA[type]!, pointer: at(position), ...(handle !== undefined ? { handle } : {}) };
    } else if (!BUTTONS[type]) {
      template.unsupported.push({ pointer: at(position), type });
    }
  }
  for (const { item, position } of sorted.slice(bodyAt + 1)) {
    const type = str(item, 'type') ?? '';
    if (type === 'text' && !template.footer) template.footer = { text: str(item, 'text') ?? '', pointer: `${at(position)}/text` };
    else if (!BUTTONS[type]) template.unsupported.push({ pointer: at(position), type });
  }
  const buttonExamples = isObject(own(examples, 'buttons')) ? (own(examples, 'buttons') as Json) : {};
  for (const { item, position } of sorted) {
    const type = str(item, 'type') ?? '';
    const known = BUTTONS[type];
    if (!known) continue;
    const metaType = known === 'COPY_CODE' && meta.category === 'AUTHENTICATION' ? 'OTP' : known;
    const buttonPosition = template.buttons.length;
    const button: TemplateButton = { type: metaType, pointer: at(position), position: buttonPosition, label: str(item, 'text') ?? '' };
    if (metaType === 'URL') {
      const explicit = str(buttonExamples, String(buttonPosition));
      const url = textPart(item as Json, at(position), 'url', {});
      if (explicit !== undefined && url.examples[0]) url.examples[0] = { ...url.examples[0], value: explicit, from: 'explicit' };
      button.url = url;
    }
    if (metaType === 'PHONE_NUMBER') button.phone = str(item, 'phone');
    if (known === 'COPY_CODE') {
      const code = str(item, 'code') ?? '';
      const explicit = str(buttonExamples, String(buttonPosition));
      const rendered = sampleData === undefined ? '' : render(code, sampleData).output.trim();
      const example = explicit !== undefined && explicit.trim() !== '' ? explicit : rendered !== '' ? rendered : undefined;
      button.code = { text: code, pointer: `${at(position)}/code`, ...(example !== undefined ? { example } : {}) };
    }
    template.buttons.push(button);
  }
  return template;
}

/** The example of each variable: the explicit one, else its parameter rendered with the sample data. */
function exampleValues(
  item: Json,
  itemPointer: string,
  variables: Placeholder[],
  explicit: Json,
  format: ParameterFormat,
  sampleData: RenderData | undefined,
): VariableExample[] {
  const parameters = Array.isArray(own(item, 'parameters')) ? (own(item, 'parameters') as unknown[]) : [];
  const seen = new Set<string>();
  const out: VariableExample[] = [];
  for (const variable of variables) {
    if (seen.has(variable.key)) continue;
    seen.add(variable.key);
    const at = parameters.findIndex((p) =>
      format === 'named' && variable.named ? str(p, 'name') === variable.key : String(Number(own(p, 'index'))) === variable.key,
    );
    const example: VariableExample = { key: variable.key };
    if (at >= 0) example.parameterPointer = `${itemPointer}/parameters/${at}`;
    const given = str(explicit, variable.key);
    if (given !== undefined && given.trim() !== '') {
      example.value = given;
      example.from = 'explicit';
    } else if (at >= 0 && sampleData !== undefined) {
      const source = str(parameters[at], 'value');
      const rendered = source === undefined ? '' : render(source, sampleData).output.trim();
      if (rendered !== '') {
        example.value = rendered;
        example.from = 'sampleData';
      }
    }
    out.push(example);
  }
  return out;
}

/** The text with every variable replaced by its example (missing examples stay `{{key}}`). */
export function withExamples(part: TemplateText): string {
  let out = '';
  let last = 0;
  for (const v of part.variables) {
    const example = part.examples.find((e) => e.key === v.key)?.value;
    out += part.text.slice(last, v.start) + (example ?? part.text.slice(v.start, v.end));
    last = v.end;
  }
  return out + part.text.slice(last);
}
