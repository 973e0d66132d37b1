/**
 * `compileStandardResponse`: a standard response (file text, JSON value or field-code text) →
 * its compiled message model, parsed and compiled once, ready to lint, preview and render for
 * any number of contacts.
 */
import { ownOptions, type DataDictionary, type Diagnostic, type LanguageOptions, type RenderData } from '@fieldcode/language';
import type { ContentType, LimitProfile } from '../types.js';
import { isStructuredBody } from '../model/envelope.js';
import { parseJsonDocument } from '../lint/validate-json.js';
import { nodeAtPointer } from '../lint/json/pointer.js';
import { JsonStringText } from '../lint/json/strings.js';
import type { JsonNode } from '../lint/json/tree.js';
import { startRange } from '../esp/text-position.js';
import { itemIndex, sortItemsByIndex } from './index-rule.js';
import { SUPPRESSION_KEY, isTemplateKey } from './template-keys.js';
import { CompiledText, type SourceSpan } from './text.js';
import type { ParameterFormat, PlaceholderKinds } from './placeholders.js';
import { splitNotification } from './parts.js';
import type { ModelLocation, ModelMedia, ModelParameter, ModelPart, PartKind, ResponseModel } from './model.js';
import { setOwn, type ArrayNode, type ObjectNode, type RenderNode, type TextNode } from './tree.js';
import { CompiledResponse } from './response.js';

export const CONTENT_TYPES: ReadonlySet<ContentType> = new Set<ContentType>([
  'notification',
  'quick-replies',
  'generic',
  'single-selection-list',
  'reply-buttons',
  'cta-url',
  'text',
]);

export interface CompileStandardResponseOptions {
  /** How a string source is read: `json` (file text, the default) or `text` (field-code text). */
  kind?: 'json' | 'text';
  /** A `.txt` path makes a string source field-code text (as the lint decides). */
  filePath?: string;
  /** Compiles field codes with the data dictionary (date-time fields). */
  dataDictionary?: DataDictionary;
}

export interface CompileStandardResponseResult {
  /** The compiled response, or null when the source is no standard response at all. */
  response: CompiledResponse | null;
  /** Why there is no response (`json-syntax`, `render-input`); field-code problems appear when rendering or linting. */
  diagnostics: Diagnostic[];
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function own(source: unknown, key: string): unknown {
  return isObject(source) && Object.prototype.hasOwnProperty.call(source, key) ? source[key] : undefined;
}

function escapeSegment(segment: string | number): string {
  const text = String(segment);
  return text.includes('~') || text.includes('/') ? text.replace(/~/g, '~0').replace(/\//g, '~1') : text;
}

function child(pointer: string, segment: string | number): string {
  return `${pointer}/${escapeSegment(segment)}`;
}

function inputError(message: string): CompileStandardResponseResult {
  return { response: null, diagnostics: [{ code: 'render-input', severity: 'error', message, range: startRange(), path: '' }] };
}

/**
 * Compiles a standard response once.
 *
 * - `source`: file text (JSON, or field-code text when `options.kind` is `text` or the path ends
 *   in `.txt`), or a JSON value (envelope or bare structured body).
 * - Returns the {@link CompiledResponse} (its typed model, its texts with pointers and source spans,
 *   and `render`) and the diagnostics that prevent compiling (`json-syntax`, `render-input`).
 *
 * Never throws.
 */
export function compileStandardResponse(source: unknown, given: CompileStandardResponseOptions = {}): CompileStandardResponseResult {
  const options = ownOptions(given);
  if (typeof source === 'string') {
    const kind = options.kind ?? (options.filePath !== undefined && /\.txt$/i.test(options.filePath) ? 'text' : 'json');
    if (kind === 'text') return { response: new Builder(options, undefined).plainOnly(source), diagnostics: [] };
    const parsed = parseJsonDocument(source);
    if (parsed.root === undefined) return { response: null, diagnostics: parsed.diagnostics };
    return compileValue(parsed.value, options, { text: source, root: parsed.root });
  }
  return compileValue(source, options, undefined);
}

/**
 * Compiles a JSON file already parsed by the lint (its tree and value), so the file is parsed once.
 * @internal
 */
export function compileParsedJson(
  text: string,
  root: JsonNode,
  value: unknown,
  options: CompileStandardResponseOptions = {},
): CompileStandardResponseResult {
  return compileValue(value, options, { text, root });
}

/**
 * Compiles one language variant of an envelope (`variants.<language>.structured`, see the
 * envelope's `variants`) with pointers inside the variant, so the lint can run the rules on it.
 * @internal
 */
export function compileParsedVariant(
  text: string,
  root: JsonNode,
  envelope: unknown,
  language: string,
  options: CompileStandardResponseOptions = {},
): CompileStandardResponseResult {
  return compileVariant(envelope, language, options, { text, root });
}

/**
 * Compiles one language variant of an envelope value (`variants.<language>.structured`), with
 * pointers inside the variant and the envelope's `parameterFormat` and `sampleData`. The template
 * tools read each language of a response through it. Never throws.
 * @internal
 */
export function compileStandardResponseVariant(
  envelope: unknown,
  language: string,
  options: CompileStandardResponseOptions = {},
): CompileStandardResponseResult {
  return compileVariant(envelope, language, options, undefined);
}

function compileVariant(
  envelope: unknown,
  language: string,
  options: CompileStandardResponseOptions,
  file: FileSource | undefined,
): CompileStandardResponseResult {
  const structured = own(own(own(envelope, 'variants'), language), 'structured');
  if (!isObject(structured)) return inputError(`The variant ${JSON.stringify(language)} has no structured body`);
  const builder = new Builder(ownOptions(options), file);
  return {
    response: builder.structured(structured, `/variants/${escapeSegment(language)}/structured`, isObject(envelope) ? envelope : undefined),
    diagnostics: [],
  };
}

/** The file a value was parsed from (for source spans). */
interface FileSource {
  text: string;
  root: JsonNode;
}

function compileValue(
  value: unknown,
  options: CompileStandardResponseOptions,
  file: FileSource | undefined,
): CompileStandardResponseResult {
  if (!isObject(value)) return inputError('A standard response must be field-code text, a structured body or an envelope');
  const builder = new Builder(options, file);
  if (isStructuredBody(value)) return { response: builder.structured(value, '', undefined), diagnostics: [] };
  const structured = own(value, 'structured');
  const plainText = own(value, 'plainText');
  if (!isObject(structured) && typeof plainText !== 'string') return inputError('The envelope has neither "structured" nor "plainText"');
  return { response: builder.structured(isObject(structured) ? structured : undefined, '/structured', value), diagnostics: [] };
}

/**
 * The placeholder a parameter fills: `{{name}}` for named parameters, else `{{n}}` with n its
 * `index` (or its rank + 1 in index order when it has no usable index).
 */
function parameterKey(parameter: unknown, rank: number, named: boolean): string | undefined {
  if (named) {
    const name = own(parameter, 'name');
    return typeof name === 'string' ? name : undefined;
  }
  return String(itemIndex(parameter) ?? rank + 1);
}

/** Builds the render trees and the typed models of one response. */
class Builder {
  private readonly language: LanguageOptions | undefined;
  private readonly texts = new Map<string, CompiledText>();
  private readonly ordered: CompiledText[] = [];
  private slots = 0;
  /** Output slot of each text that is rendered per contact. */
  readonly slotOf = new Map<string, number>();
  /** Every string value by pointer (for diagnostic ranges). */
  readonly strings = new Map<string, string>();
  /** Pointers of objects inside frozen static subtrees (for diagnostics of channels). */
  readonly staticPointers = new WeakMap<object, string>();
  /** The envelope's `parameterFormat` (positional unless it says `named`). */
  private format: ParameterFormat = 'positional';
  /** The envelope's template `category`, when it declares one. */
  private category: ResponseModel['category'];

  constructor(
    options: CompileStandardResponseOptions,
    private readonly file: FileSource | undefined,
  ) {
    this.language = options.dataDictionary !== undefined ? { dataDictionary: options.dataDictionary } : undefined;
  }

  private span(pointer: string): { span: SourceSpan | undefined; toFile: ((offset: number) => number) | undefined } {
    if (this.file === undefined) return { span: undefined, toFile: undefined };
    const { node, exact } = nodeAtPointer(this.file.root, pointer);
    if (!exact || node.type !== 'string') return { span: undefined, toFile: undefined };
    const string = new JsonStringText(this.file.text, node);
    // Detached: the compiled response keeps neither the file text nor its JSON tree.
    return { span: { start: string.contentStart, end: string.contentEnd }, toFile: string.detachedOffsets() };
  }

  /**
   * The placeholders a text fills: named ones when the response declares named parameters, except
   * in a URL, whose suffix variable is always `{{1}}` (Meta: named parameters are for the header
   * and body).
   */
  private kindsAt(pointer: string): PlaceholderKinds {
    return this.format === 'named' && !pointer.endsWith('/url') ? 'named' : 'positional';
  }

  /** True when an item's parameters are matched to placeholders by `name` (not by `index`). */
  private namedItem(item: Json): boolean {
    return this.format === 'named' && own(item, 'type') !== 'url-button';
  }

  text(source: string, pointer: string): CompiledText {
    let text = this.texts.get(pointer);
    if (text === undefined) {
      this.strings.set(pointer, source);
      const { span, toFile } = this.span(pointer);
      text = new CompiledText(source, pointer, span, this.language, toFile, this.kindsAt(pointer));
      this.texts.set(pointer, text);
      this.ordered.push(text);
    }
    return text;
  }

  /** A response with a plain-text body only (a `.txt` file or field-code text). */
  plainOnly(source: string): CompiledResponse {
    const plain = this.plainBody(source, '', []);
    return new CompiledResponse({
      structured: undefined,
      plain,
      sampleData: undefined,
      profile: undefined,
      texts: this.ordered,
      slots: this.slots,
      slotOf: this.slotOf,
      strings: this.strings,
      staticPointers: this.staticPointers,
      ranges: new Map(),
    });
  }

  structured(body: Json | undefined, pointer: string, envelope: Json | undefined): CompiledResponse {
    const plainText = own(envelope, 'plainText');
    const attachments = own(envelope, 'attachments');
    const plain =
      typeof plainText === 'string' ? this.plainBody(plainText, '/plainText', Array.isArray(attachments) ? attachments : []) : undefined;
    const sample = own(envelope, 'sampleData');
    const profile = own(envelope, 'profile');
    this.format = own(envelope, 'parameterFormat') === 'named' ? 'named' : 'positional';
    const category = own(envelope, 'category');
    if (category === 'MARKETING' || category === 'UTILITY' || category === 'AUTHENTICATION') this.category = category;
    let compiled: { tree: RenderNode; model: ResponseModel } | undefined;
    if (body !== undefined) {
      const tree = this.node(body, pointer, undefined, 0);
      compiled = { tree, model: this.model(body, pointer) };
    }
    return new CompiledResponse({
      structured: compiled,
      plain,
      sampleData: isObject(sample) ? (sample as RenderData) : undefined,
      profile: typeof profile === 'string' ? profile : undefined,
      texts: this.ordered,
      slots: this.slots,
      slotOf: this.slotOf,
      strings: this.strings,
      staticPointers: this.staticPointers,
      ranges: new Map(),
    });
  }

  /** A `text` body made from plain text; `content` holds the attachments and is left out when there are none. */
  private plainBody(source: string, pointer: string, attachments: unknown[]): { tree: RenderNode; model: ResponseModel } {
    const keys = ['contentType', 'text'];
    const nodes: RenderNode[] = [{ kind: 'static', value: 'text', pointer: '' }, this.textNode(source, pointer, false, false)];
    if (attachments.length > 0) {
      keys.push('content');
      nodes.push(this.node(attachments, '/attachments', 'content', 1));
    }
    const tree: ObjectNode = { kind: 'object', pointer, keys, nodes, protoKey: false };
    const model = this.emptyModel('text', 'text', pointer);
    model.body = { kind: 'body', pointer, text: this.text(source, pointer), parameters: [] };
    attachments.forEach((item, position) => {
      if (isObject(item)) model.attachments.push(this.mediaPart('attachment', item, child('/attachments', position)));
    });
    model.texts = this.ordered;
    return { tree, model };
  }

  private textNode(source: string, pointer: string, fill: boolean, encode: boolean): TextNode {
    const slot = this.slots++;
    this.slotOf.set(pointer, slot);
    return { kind: 'text', text: this.text(source, pointer), pointer, fill, encode, slot };
  }

  /**
   * The render node of a JSON value. `depth` 0 is the body, 1 its items. Arrays named `content`
   * (the body's items) and `parameters` are put in display order.
   */
  private node(value: unknown, pointer: string, key: string | undefined, depth: number): RenderNode {
    if (typeof value === 'string') {
      this.strings.set(pointer, value);
      if (!isTemplateKey(key)) return { kind: 'static', value, pointer };
      const text = this.text(value, pointer);
      if (text.constant !== null) return { kind: 'static', value: text.constant, pointer };
      return this.textNode(value, pointer, false, false);
    }
    if (Array.isArray(value)) {
      const positions = value.map((_, position) => position);
      const order =
        key === 'parameters' || (key === 'content' && depth === 1) ? sortItemsByIndex(positions, (p) => itemIndex(value[p])) : positions;
      const array: ArrayNode = { kind: 'array', pointer, nodes: order.map((p) => this.node(value[p], child(pointer, p), key, depth + 1)) };
      return this.freeze(array);
    }
    if (!isObject(value)) return { kind: 'static', value, pointer };
    // Suppressions are lint-only metadata: left out of the tree, so no channel payload holds them.
    const keys = Object.keys(value).filter((k) => k !== SUPPRESSION_KEY && !(depth === 0 && k === '$schema'));
    const parameters = own(value, 'parameters');
    // An item with parameters (or a notification body) fills the {{n}} of its text and url.
    const fills = depth >= 1 && (Array.isArray(parameters) || own(value, 'type') === 'notification');
    const nodes = keys.map((k) => {
      const v = value[k];
      const at = child(pointer, k);
      if (fills && (k === 'text' || k === 'url') && typeof v === 'string' && this.needsFill(v, at))
        return this.textNode(v, at, true, k === 'url');
      return this.node(v, at, k, k === 'content' && depth === 0 ? 1 : depth + 1);
    });
    const object: ObjectNode = { kind: 'object', pointer, keys, nodes, protoKey: keys.includes('__proto__') };
    if (fills && Array.isArray(parameters) && nodes.some((n) => n.kind === 'text' && n.fill)) {
      const sorted = sortItemsByIndex(
        parameters.map((p, position) => ({ p, position })),
        (entry) => itemIndex(entry.p),
      ).filter((entry) => isObject(entry.p));
      // Placeholder key → position of its parameter among the rendered (sorted) parameters.
      const keysToPositions = new Map<string, number>();
      const rendered = sortItemsByIndex(
        parameters.map((_, position) => position),
        (p) => itemIndex(parameters[p]),
      );
      const named = this.namedItem(value);
      sorted.forEach((entry, position) => {
        const key = parameterKey(entry.p, position, named);
        if (key !== undefined) keysToPositions.set(key, rendered.indexOf(entry.position));
      });
      object.parameters = { at: keys.indexOf('parameters'), keys: keysToPositions };
    }
    return this.freeze(object);
  }

  private needsFill(source: string, pointer: string): boolean {
    return this.text(source, pointer).placeholders.length > 0;
  }

  /** A node whose children are all static becomes one frozen static value. */
  private freeze(node: ObjectNode | ArrayNode): RenderNode {
    if (node.kind === 'object' && node.parameters !== undefined) return node;
    if (!node.nodes.every((n) => n.kind === 'static')) return node;
    let value: unknown;
    if (node.kind === 'array') value = node.nodes.map((n) => (n as { value: unknown }).value);
    else {
      const object: Json = {};
      node.keys.forEach((k, i) => setOwn(object, k, (node.nodes[i] as { value: unknown }).value));
      value = object;
    }
    this.staticPointers.set(value as object, node.pointer);
    return { kind: 'static', value: Object.freeze(value), pointer: node.pointer };
  }

  private emptyModel(contentType: ContentType | undefined, declared: unknown, pointer: string): ResponseModel {
    return {
      contentType,
      declaredContentType: declared,
      pointer,
      parameterFormat: this.format,
      ...(this.category !== undefined ? { category: this.category } : {}),
      buttons: [],
      sections: [],
      cards: [],
      attachments: [],
      others: [],
      texts: this.ordered,
    };
  }

  private textAt(object: unknown, key: string, pointer: string): CompiledText | undefined {
    const value = own(object, key);
    return typeof value === 'string' ? this.text(value, child(pointer, key)) : undefined;
  }

  private parametersOf(item: Json, pointer: string): ModelParameter[] {
    const list = own(item, 'parameters');
    if (!Array.isArray(list)) return [];
    const ordered = sortItemsByIndex(
      list.map((p, position) => ({ p, position })),
      (entry) => itemIndex(entry.p),
    ).filter((entry) => isObject(entry.p));
    const named = this.namedItem(item);
    return ordered.map(({ p, position }, rank) => {
      const at = child(child(pointer, 'parameters'), position);
      const index = itemIndex(p);
      const parameter: ModelParameter = { pointer: at, n: index ?? rank + 1 };
      const key = parameterKey(p, rank, named);
      if (key !== undefined) parameter.key = key;
      if (index !== undefined) parameter.index = index;
      const name = own(p, 'name');
      if (typeof name === 'string') parameter.name = name;
      const value = this.textAt(p, 'value', at);
      if (value !== undefined) parameter.value = value;
      return parameter;
    });
  }

  private part(kind: PartKind, item: Json, pointer: string): ModelPart {
    const part: ModelPart = { kind, pointer, parameters: this.parametersOf(item, pointer) };
    const type = own(item, 'type');
    if (typeof type === 'string') part.type = type;
    const index = itemIndex(item);
    if (index !== undefined) part.index = index;
    for (const key of ['text', 'title', 'subtitle', 'description', 'url', 'phone', 'code', 'id', 'payload'] as const) {
      const text = this.textAt(item, key, pointer);
      if (text !== undefined) part[key] = text;
    }
    return part;
  }

  private media(item: Json, pointer: string, fallback: string): ModelMedia {
    const type = own(item, 'type');
    const mime = own(item, 'mime');
    const media: ModelMedia = { pointer, type: typeof type === 'string' ? type : fallback };
    const url = this.textAt(item, 'url', pointer);
    if (url !== undefined) media.url = url;
    const name = this.textAt(item, 'name', pointer);
    if (name !== undefined) media.name = name;
    const id = this.textAt(item, 'id', pointer);
    if (id !== undefined) media.id = id;
    if (typeof mime === 'string') media.mime = mime;
    return media;
  }

  /** The place of a location header (a notification's `location` item). */
  private location(item: Json, pointer: string): ModelLocation {
    const location: ModelLocation = { pointer };
    for (const key of ['latitude', 'longitude', 'name', 'address'] as const) {
      const text = this.textAt(item, key, pointer);
      if (text !== undefined) location[key] = text;
    }
    return location;
  }

  private mediaPart(kind: PartKind, item: Json, pointer: string): ModelPart {
    const part = this.part(kind, item, pointer);
    part.media = this.media(item, pointer, 'document');
    return part;
  }

  /** A body-level header (`{ type: 'text', text }` or a media object). */
  private headerOf(body: Json, pointer: string): ModelPart | undefined {
    const header = own(body, 'header');
    if (!isObject(header)) return undefined;
    const at = child(pointer, 'header');
    const part = this.part('header', header, at);
    if (part.type !== 'text') part.media = this.media(header, at, 'image');
    return part;
  }

  private bodyText(kind: PartKind, body: Json, key: string, pointer: string): ModelPart | undefined {
    const text = this.textAt(body, key, pointer);
    return text === undefined ? undefined : { kind, pointer: text.pointer, text, parameters: [] };
  }

  /** The typed model of a structured body. */
  private model(body: Json, pointer: string): ResponseModel {
    const declared = own(body, 'contentType');
    const contentType = typeof declared === 'string' && CONTENT_TYPES.has(declared as ContentType) ? (declared as ContentType) : undefined;
    const model = this.emptyModel(contentType, declared, pointer);
    const content = own(body, 'content');
    const raw = Array.isArray(content) ? content : [];
    const items = sortItemsByIndex(
      raw.map((item, position) => ({ item, position })),
      (entry) => itemIndex(entry.item),
    )
      .filter((entry): entry is { item: Json; position: number } => isObject(entry.item))
      .map((entry) => ({ item: entry.item, pointer: child(child(pointer, 'content'), entry.position) }));
    switch (contentType) {
      case 'notification': {
        const split = splitNotification(
          items.map((entry) => (typeof own(entry.item, 'type') === 'string' ? (own(entry.item, 'type') as string) : undefined)),
        );
        const at = (position: number | undefined) => (position === undefined ? undefined : items[position]);
        const header = at(split.header);
        if (header !== undefined) {
          model.header = this.part('header', header.item, header.pointer);
          if (model.header.type === 'location') model.header.location = this.location(header.item, header.pointer);
          else if (model.header.type !== 'text') model.header.media = this.media(header.item, header.pointer, 'image');
        }
        const bodyItem = at(split.body);
        if (bodyItem !== undefined) {
          model.body = this.part('body', bodyItem.item, bodyItem.pointer);
          const id = own(bodyItem.item, 'id');
          const language = own(bodyItem.item, 'language');
          model.template = { pointer: bodyItem.pointer };
          if (typeof id === 'string') model.template.id = id;
          if (typeof language === 'string') model.template.language = language;
        }
        const footer = at(split.footer);
        if (footer !== undefined) model.footer = this.part('footer', footer.item, footer.pointer);
        model.buttons = split.buttons.map((p) => this.part('button', items[p]!.item, items[p]!.pointer));
        model.others = split.others.map((p) => this.part('other', items[p]!.item, items[p]!.pointer));
        break;
      }
      case 'quick-replies':
      case 'reply-buttons':
      case 'cta-url':
        model.header = this.headerOf(body, pointer);
        model.body = this.bodyText('body', body, 'text', pointer);
        model.footer = this.bodyText('footer', body, 'footer', pointer);
        model.buttons = items.map((entry) => this.part('button', entry.item, entry.pointer));
        break;
      case 'single-selection-list':
        model.header = this.headerOf(body, pointer);
        model.body = this.bodyText('body', body, 'text', pointer);
        model.footer = this.bodyText('footer', body, 'footer', pointer);
        model.listButton = this.bodyText('list-button', body, 'button', pointer);
        model.sections = items.map((entry) => {
          const section = this.part('section', entry.item, entry.pointer);
          const rows = own(entry.item, 'rows');
          section.rows = Array.isArray(rows)
            ? rows.flatMap((row, r) => (isObject(row) ? [this.part('row', row, child(child(entry.pointer, 'rows'), r))] : []))
            : [];
          return section;
        });
        break;
      case 'generic':
        model.body = this.bodyText('body', body, 'text', pointer);
        model.cards = items.map((entry) => {
          const card = this.part('card', entry.item, entry.pointer);
          const image = own(entry.item, 'image');
          const video = own(entry.item, 'video');
          if (isObject(image)) card.media = this.media(image, child(entry.pointer, 'image'), 'image');
          else if (isObject(video)) card.media = this.media(video, child(entry.pointer, 'video'), 'video');
          const buttons = own(entry.item, 'buttons');
          card.buttons = Array.isArray(buttons)
            ? buttons.flatMap((button, b) =>
                isObject(button) ? [this.part('button', button, child(child(entry.pointer, 'buttons'), b))] : [],
              )
            : [];
          return card;
        });
        break;
      case 'text':
        model.body = this.bodyText('body', body, 'text', pointer);
        model.attachments = items.map((entry) => this.mediaPart('attachment', entry.item, entry.pointer));
        break;
      default:
        break;
    }
    return model;
  }
}

/** Limit profiles are resolved at render time; re-exported for the response module. */
export type { LimitProfile };
