/**
 * The WhatsApp template a standard response stands for, per language: what Meta approves
 * (name, language, category, parameter format, header/body/footer/buttons with their `{{…}}`
 * text and example values), each part carrying the JSON pointer of its source in the file.
 * Read by `template export`, `template diff`, the service's template endpoints and the template
 * lint rules.
 *
 * It is a view on the one compiled message model (message/compile.ts): the parts come from its
 * splitter, the variables are the placeholders the renderer fills, the parameters are matched to
 * variables as the renderer matches them and sample examples are the parameters rendered as the
 * renderer renders them. Only the envelope's template metadata (`category`, explicit `examples`)
 * is read here, because the message model has no use for it.
 */
import { isStructuredBody } from '../model/envelope.js';
import { compileStandardResponse, compileStandardResponseVariant } from '../message/compile.js';
import type { CompiledResponse } from '../message/response.js';
import type { CompiledText } from '../message/text.js';
import type { ModelParameter, ModelPart } from '../message/model.js';
import type { ParameterFormat, Placeholder } from '../message/placeholders.js';

export type TemplateCategory = 'MARKETING' | 'UTILITY' | 'AUTHENTICATION';
export type { ParameterFormat };
export type HeaderFormat = 'TEXT' | 'IMAGE' | 'VIDEO' | 'DOCUMENT' | 'LOCATION';

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
  /** The item's `type` as written (`text`, `image`, `location`, …). */
  itemType: string;
  text?: TemplateText;
  /** Media sample upload handle (`examples.header.handle`). */
  handle?: string;
}

export interface TemplateButton {
  /** Meta button type: `QUICK_REPLY`, `URL`, `PHONE_NUMBER`, … */
  type: string;
  /** Pointer of the button item. */
  pointer: string;
  /** The item's `type` as written (`url-button`, `copy-code-button`, …). */
  itemType: string;
  /** Position among the buttons (Meta's button index, from 0). */
  position: number;
  label: string;
  url?: TemplateText;
  phone?: string;
  /**
   * What a copy-code button copies (`COPY_CODE`, or `OTP` in an AUTHENTICATION template): its
   * field-code text and its example (`examples.buttons["n"]`, else the code itself when it has no
   * field codes, else the code rendered with the sample data).
   */
  code?: { text: string; pointer: string; example?: string };
}

/** The envelope's `authentication` (docs/content-model.md#authentication-templates). */
export interface AuthenticationPreset {
  /** Pointer of the `authentication` object. */
  pointer: string;
  addSecurityRecommendation?: boolean;
  codeExpirationMinutes?: number;
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
  /**
   * Meta's preset fields of an AUTHENTICATION template (the envelope's `authentication`):
   * `add_security_recommendation` of the BODY and `code_expiration_minutes` of the FOOTER.
   */
  authentication?: AuthenticationPreset;
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
/** Meta's button type of each template button type of the message model (message/parts.ts). */
const BUTTONS: Record<string, string> = {
  'quick-reply': 'QUICK_REPLY',
  'url-button': 'URL',
  'phone-button': 'PHONE_NUMBER',
  // An AUTHENTICATION template's copy-code button is its one-time-password button (`OTP`).
  'copy-code-button': 'COPY_CODE',
};
const CATEGORIES: ReadonlySet<string> = new Set(['MARKETING', 'UTILITY', 'AUTHENTICATION']);

/** The Meta template name of a notification `id` (`namespace@element_name` → `element_name`). */
export function templateNameOf(id: string | undefined): string | undefined {
  if (id === undefined) return undefined;
  const at = id.lastIndexOf('@');
  return at >= 0 ? id.slice(at + 1) : id;
}

/**
 * The templates of a standard response (parsed JSON: an envelope or a bare structured body): the
 * main structured body, then each language variant, each compiled by `compileStandardResponse`.
 * Responses without a `notification` give none. Never throws.
 */
export function responseTemplates(value: unknown): ResponseTemplate[] {
  if (!isObject(value)) return [];
  const out: ResponseTemplate[] = [];
  const main = compileStandardResponse(value).response;
  const template = main === null ? undefined : templateOfResponse(main, value);
  if (template !== undefined) out.push(template);
  // Only an envelope has language variants (a bare structured body is one template).
  const variants = isStructuredBody(value) ? undefined : own(value, 'variants');
  if (isObject(variants)) {
    for (const language of Object.keys(variants)) {
      const variant = compileStandardResponseVariant(value, language).response;
      const t = variant === null ? undefined : templateOfResponse(variant, value, language);
      if (t !== undefined) out.push(t);
    }
  }
  return out;
}

/**
 * The template of one compiled response: its notification read from the compiled model, with the
 * envelope's template metadata. `envelope` is the parsed file (an envelope or a bare body);
 * `variant` names the language variant the response was compiled from (its `examples` override
 * the main ones key by key). Undefined when the response is no notification with a body item.
 */
export function templateOfResponse(response: CompiledResponse, envelope: unknown, variant?: string): ResponseTemplate | undefined {
  const model = response.model;
  if (model.contentType !== 'notification' || model.body === undefined || model.template === undefined) return undefined;
  const meta = isObject(envelope) && !isStructuredBody(envelope) ? envelope : undefined;
  const examples =
    variant === undefined
      ? examplesOf(own(meta, 'examples'))
      : mergeExamples(own(meta, 'examples'), own(own(own(meta, 'variants'), variant), 'examples'));
  const category = str(meta, 'category');
  const declared = str(meta, 'parameterFormat');
  const parameterFormat = model.parameterFormat;
  const samples = new SampleValues(response);
  const textPart = (
    text: CompiledText | undefined,
    itemPointer: string,
    key: string,
    parameters: ModelParameter[],
    explicit: Json,
  ): TemplateText => {
    const variables = text === undefined ? [] : [...text.placeholders];
    return {
      text: text?.source ?? '',
      pointer: text?.pointer ?? `${itemPointer}/${key}`,
      variables,
      examples: exampleValues(variables, parameters, explicit, samples),
    };
  };

  const body = model.body;
  const template: ResponseTemplate = {
    idPointer: `${model.template.pointer}/id`,
    languagePointer: `${model.template.pointer}/language`,
    parameterFormat,
    parameterFormatDeclared: declared === 'positional' || declared === 'named',
    variantPointer: variant === undefined ? '' : `/variants/${escapeSegment(variant)}`,
    structuredPointer: model.pointer,
    body: { ...textPart(body.text, body.pointer, 'text', body.parameters, examples.body), itemPointer: body.pointer },
    buttons: [],
    unsupported: [],
  };
  const name = templateNameOf(model.template.id);
  if (name !== undefined) template.name = name;
  if (model.template.language !== undefined) template.language = model.template.language;
  if (category !== undefined && CATEGORIES.has(category)) template.category = category as TemplateCategory;
  const authentication = authenticationOf(own(meta, 'authentication'));
  if (authentication !== undefined) template.authentication = authentication;

  const header = model.header;
  if (header !== undefined) {
    if (header.location !== undefined) {
      // The place is a send-time parameter: Meta approves the LOCATION format with no example.
      template.header = { format: 'LOCATION', pointer: header.pointer, itemType: header.type ?? '' };
    } else if (header.media === undefined) {
      template.header = {
        format: 'TEXT',
        pointer: header.pointer,
        itemType: header.type ?? '',
        text: textPart(header.text, header.pointer, 'text', header.parameters, examples.header),
      };
    } else {
      const handle = str(examples.header, 'handle');
      template.header = {
        format: MEDIA[header.media.type] ?? 'IMAGE',
        pointer: header.pointer,
        itemType: header.type ?? '',
        ...(handle !== undefined ? { handle } : {}),
      };
    }
  }
  if (model.footer !== undefined)
    template.footer = { text: model.footer.text?.source ?? '', pointer: model.footer.text?.pointer ?? `${model.footer.pointer}/text` };
  for (const part of model.buttons) {
    const type = part.type === undefined ? undefined : BUTTONS[part.type];
    if (type === undefined) {
      template.unsupported.push({ pointer: part.pointer, type: part.type ?? '' });
      continue;
    }
    template.buttons.push(
      buttonOf(part, type, template.buttons.length, examples.buttons, textPart, { category: template.category, response }),
    );
  }
  for (const part of model.others) template.unsupported.push({ pointer: part.pointer, type: part.type ?? '' });
  template.unsupported.sort((a, b) => position(a.pointer) - position(b.pointer));
  return template;
}

/** The envelope's `authentication` preset fields (booleans and whole minutes only; the schema reports the rest). */
function authenticationOf(value: unknown): AuthenticationPreset | undefined {
  if (!isObject(value)) return undefined;
  const preset: AuthenticationPreset = { pointer: '/authentication' };
  const recommendation = own(value, 'addSecurityRecommendation');
  if (typeof recommendation === 'boolean') preset.addSecurityRecommendation = recommendation;
  const minutes = own(value, 'codeExpirationMinutes');
  if (typeof minutes === 'number' && Number.isInteger(minutes)) preset.codeExpirationMinutes = minutes;
  return preset;
}

/** Position of an item in `content` (for listing unsupported items in document order). */
function position(pointer: string): number {
  const at = pointer.lastIndexOf('/');
  return Number(pointer.slice(at + 1));
}

function buttonOf(
  part: ModelPart,
  type: string,
  at: number,
  explicit: Json,
  textPart: (
    text: CompiledText | undefined,
    itemPointer: string,
    key: string,
    parameters: ModelParameter[],
    explicit: Json,
  ) => TemplateText,
  context: { category: TemplateCategory | undefined; response: CompiledResponse },
): TemplateButton {
  // An AUTHENTICATION template's copy-code button is its one-time-password button.
  const metaType = type === 'COPY_CODE' && context.category === 'AUTHENTICATION' ? 'OTP' : type;
  const button: TemplateButton = {
    type: metaType,
    pointer: part.pointer,
    itemType: part.type ?? '',
    position: at,
    label: part.text?.source ?? '',
  };
  if (type === 'URL') {
    // The URL's one suffix variable takes its explicit example by button position (examples.buttons["0"]).
    const url = textPart(part.url, part.pointer, 'url', part.parameters, {});
    const given = str(explicit, String(at));
    if (given !== undefined && given.trim() !== '' && url.examples[0])
      url.examples[0] = { ...url.examples[0], value: given, from: 'explicit' };
    button.url = url;
  }
  if (type === 'PHONE_NUMBER' && part.phone !== undefined) button.phone = part.phone.source;
  if (type === 'COPY_CODE') {
    // The code's example: the explicit one by button position, else the code itself when it has no
    // field codes (as a fixed parameter value is its own example), else the code rendered with the sample data.
    const code = part.code;
    const pointer = code?.pointer ?? `${part.pointer}/code`;
    const given = str(explicit, String(at));
    const rendered =
      code === undefined
        ? undefined
        : !code.dynamic
          ? (code.constant ?? code.source).trim()
          : context.response.sampleData === undefined
            ? undefined
            : context.response.renderedText(pointer, null)?.trim();
    const example = given !== undefined && given.trim() !== '' ? given : rendered !== undefined && rendered !== '' ? rendered : undefined;
    button.code = { text: code?.source ?? '', pointer, ...(example !== undefined ? { example } : {}) };
  }
  return button;
}

interface Examples {
  header: Json;
  body: Json;
  buttons: Json;
}

function examplesOf(value: unknown): Examples {
  const part = (key: string): Json => (isObject(own(value, key)) ? (own(value, key) as Json) : {});
  return { header: part('header'), body: part('body'), buttons: part('buttons') };
}

/** A variant's examples: the main examples, overridden part by part and key by key by the variant's own. */
function mergeExamples(main: unknown, variant: unknown): Examples {
  const a = examplesOf(main);
  const b = examplesOf(variant);
  return { header: { ...a.header, ...b.header }, body: { ...a.body, ...b.body }, buttons: { ...a.buttons, ...b.buttons } };
}

/**
 * Parameter values rendered with the envelope's `sampleData`, as the renderer renders them (same
 * data, same locale: the template's language). Values without field codes need no sample data.
 */
class SampleValues {
  constructor(private readonly response: CompiledResponse) {}

  valueOf(parameter: ModelParameter): string | undefined {
    const value = parameter.value;
    if (value === undefined) return undefined;
    if (!value.dynamic) return value.constant ?? value.source;
    if (this.response.sampleData === undefined) return undefined;
    return this.response.renderedText(value.pointer, null);
  }
}

/**
 * The example of each variable: the explicit one, else the parameter that fills it (the last one
 * with its key, as the renderer fills it) rendered with the sample data.
 */
function exampleValues(variables: Placeholder[], parameters: ModelParameter[], explicit: Json, samples: SampleValues): VariableExample[] {
  const seen = new Set<string>();
  const out: VariableExample[] = [];
  for (const variable of variables) {
    if (seen.has(variable.key)) continue;
    seen.add(variable.key);
    let parameter: ModelParameter | undefined;
    for (const p of parameters) if (p.key === variable.key) parameter = p;
    const example: VariableExample = { key: variable.key };
    if (parameter !== undefined) example.parameterPointer = parameter.pointer;
    const given = str(explicit, variable.key);
    if (given !== undefined && given.trim() !== '') {
      example.value = given;
      example.from = 'explicit';
    } else if (parameter !== undefined) {
      const rendered = samples.valueOf(parameter)?.trim();
      if (rendered !== undefined && rendered !== '') {
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
