/**
 * The lint's model of one file: the JSON tree, the structured body with its items in `index`
 * order, and every field-code template string with its decoded text and offset map.
 */
import type { ParseError } from 'jsonc-parser';
import { JsonStringText } from './json/strings.js';
import { childPointer } from './json/pointer.js';
import { arrayItems, propertyNode, stringProperty, type JsonNode } from './json/tree.js';

import { ENUM_KEYS, ENVELOPE_META_KEYS, SUPPRESSION_KEY, isTemplateKey } from '../message/template-keys.js';
import { indexValue, sortItemsByIndex } from '../message/index-rule.js';
import { isStructuredBody } from '../model/envelope.js';
import type { CompiledResponse } from '../message/response.js';

export { ENUM_KEYS };

/** A field-code template: a JSON string value (or a whole `.txt` file). */
export interface TemplateText {
  /** JSON pointer of the string ('' for a `.txt` file). */
  pointer: string;
  /** The string node (undefined for a `.txt` file). */
  node?: JsonNode;
  /** The decoded template source. */
  value: string;
  /** File offset of a decoded offset (0 … value.length). */
  toFileOffset(decodedOffset: number): number;
  /** File offsets of the string content (between the quotes in JSON). */
  contentStart: number;
  contentEnd: number;
}

/** An item of a structured body's `content[]`. */
export interface ContentItem {
  node: JsonNode;
  pointer: string;
  /** The item's `type` string, when present. */
  type?: string;
  /** Numeric `index` (number or numeric string), when present. */
  index?: number;
  /** Position in the `content` array. */
  position: number;
}

export interface StructuredModel {
  node: JsonNode;
  pointer: string;
  contentType?: string;
  /** `content[]` items in `index` order (items without an index keep their place after indexed ones). */
  items: ContentItem[];
}

/** An enumeration value (`type`, `contentType`, `mime`, `language`, `action`). */
export interface EnumString {
  key: string;
  node: JsonNode;
  pointer: string;
}

/**
 * One language variant of a template (envelope `variants`): its structured body and explicit
 * examples. The lint runs the structured rules once per variant (see engine.ts).
 */
export interface TemplateVariant {
  /** The `variants` key, a Meta language code. */
  language: string;
  /** The key node (where a wrong language code is reported). */
  keyNode: JsonNode;
  node: JsonNode;
  pointer: string;
  structured?: StructuredModel;
  /** The variant's `examples` object, when present. */
  examples?: JsonNode;
}

export interface LintFile {
  kind: 'json' | 'text';
  text: string;
  root?: JsonNode;
  /** The root when the file is an envelope. */
  envelope?: JsonNode;
  structured?: StructuredModel;
  /** Language variants of the envelope (`variants`), in file order. */
  variants?: TemplateVariant[];
  /** When the file model is a view on one variant: that variant (rules read its examples). */
  variant?: TemplateVariant;
  plainText?: TemplateText;
  /** Envelope `attachments[]` elements with their pointers. */
  attachments: Array<{ node: JsonNode; pointer: string }>;
  templates: TemplateText[];
  enumStrings: EnumString[];
  /** JSON syntax errors (set only when the file did not parse; no other rule runs then). */
  syntaxErrors?: ParseError[];
  /** The template of a string node, if that node is a template. */
  templateOf(node: JsonNode | undefined): TemplateText | undefined;
  /** The template at a JSON pointer, if that string is a template. */
  templateAt(pointer: string | undefined): TemplateText | undefined;
  /** The compiled message model of the file (the parts every length and structure rule reads). */
  response?: CompiledResponse;
}

/** The model of a plain-text (`.txt`) file: one template covering the whole text. */
export function textFileModel(text: string): LintFile {
  const template: TemplateText = {
    pointer: '',
    value: text,
    toFileOffset: (d) => Math.max(0, Math.min(text.length, d)),
    contentStart: 0,
    contentEnd: text.length,
  };
  return {
    kind: 'text',
    text,
    plainText: template,
    attachments: [],
    templates: [template],
    enumStrings: [],
    templateOf: () => undefined,
    templateAt: (pointer) => (pointer === '' ? template : undefined),
  };
}

/** The model of a parsed JSON file. */
export function jsonFileModel(text: string, root: JsonNode, value: unknown): LintFile {
  const templates: TemplateText[] = [];
  const byNode = new Map<JsonNode, TemplateText>();
  const byPointer = new Map<string, TemplateText>();
  const enumStrings: EnumString[] = [];

  const collect = (node: JsonNode, pointer: string, key: string | undefined): void => {
    if (node.type === 'string') {
      if (!isTemplateKey(key)) {
        if (key !== undefined && ENUM_KEYS.has(key)) enumStrings.push({ key, node, pointer });
        return;
      }
      const source = new JsonStringText(text, node);
      const template: TemplateText = {
        pointer,
        node,
        value: source.value,
        toFileOffset: (d) => source.toFileOffset(d),
        contentStart: source.contentStart,
        contentEnd: source.contentEnd,
      };
      templates.push(template);
      byNode.set(node, template);
      byPointer.set(pointer, template);
    } else if (node.type === 'object') {
      for (const prop of node.children ?? []) {
        const [k, v] = prop.children ?? [];
        if (!k || !v) continue;
        const name = String(k.value);
        if (name === SUPPRESSION_KEY) continue;
        collect(v, childPointer(pointer, name), name);
      }
    } else if (node.type === 'array') {
      (node.children ?? []).forEach((child, i) => collect(child, childPointer(pointer, i), key));
    }
  };

  // The same test as the renderer and the standard-response schema: an object is a bare body when it has contentType or content.
  const isEnvelope = root.type === 'object' && !isStructuredBody(value);

  let structured: StructuredModel | undefined;
  let plainText: TemplateText | undefined;
  const attachments: Array<{ node: JsonNode; pointer: string }> = [];
  let variants: TemplateVariant[] | undefined;

  if (isEnvelope) {
    for (const prop of root.children ?? []) {
      const [k, v] = prop.children ?? [];
      if (!k || !v) continue;
      const name = String(k.value);
      // Extension properties (`x-…`, the suppressions among them) are not rendered text.
      if (ENVELOPE_META_KEYS.has(name) || name.startsWith('x-')) continue;
      collect(v, childPointer('', name), name);
    }
    const plain = propertyNode(root, 'plainText');
    plainText = plain ? byNode.get(plain) : undefined;
    const body = propertyNode(root, 'structured');
    if (body && body.type === 'object') structured = structuredModel(body, '/structured');
    variants = variantModels(propertyNode(root, 'variants'), collect);
    arrayItems(propertyNode(root, 'attachments')).forEach((node, i) =>
      attachments.push({ node, pointer: childPointer('/attachments', i) }),
    );
  } else {
    collect(root, '', undefined);
    if (root.type === 'object') structured = structuredModel(root, '');
  }

  return {
    kind: 'json',
    text,
    root,
    envelope: isEnvelope ? root : undefined,
    structured,
    ...(variants && variants.length > 0 ? { variants } : {}),
    plainText,
    attachments,
    templates,
    enumStrings,
    templateOf: (node) => (node ? byNode.get(node) : undefined),
    templateAt: (pointer) => (pointer === undefined ? undefined : byPointer.get(pointer)),
  };
}

/** The envelope's `variants`: each variant's structured body is collected as templates (its examples are not). */
function variantModels(
  variants: JsonNode | undefined,
  collect: (node: JsonNode, pointer: string, key: string | undefined) => void,
): TemplateVariant[] {
  if (!variants || variants.type !== 'object') return [];
  const out: TemplateVariant[] = [];
  for (const prop of variants.children ?? []) {
    const [k, v] = prop.children ?? [];
    if (!k || !v) continue;
    const language = String(k.value);
    const pointer = childPointer('/variants', language);
    const body = propertyNode(v, 'structured');
    if (body) collect(body, childPointer(pointer, 'structured'), 'structured');
    out.push({
      language,
      keyNode: k,
      node: v,
      pointer,
      structured: body && body.type === 'object' ? structuredModel(body, childPointer(pointer, 'structured')) : undefined,
      examples: propertyNode(v, 'examples'),
    });
  }
  return out;
}

/** Reads a JSON `index` by the one index rule (message/index-rule.ts). */
export function indexOfNode(node: JsonNode | undefined): number | undefined {
  return node !== undefined && (node.type === 'number' || node.type === 'string') ? indexValue(node.value) : undefined;
}

function structuredModel(node: JsonNode, pointer: string): StructuredModel {
  const content = propertyNode(node, 'content');
  const items: ContentItem[] = arrayItems(content).map((item, position) => ({
    node: item,
    pointer: childPointer(childPointer(pointer, 'content'), position),
    type: stringProperty(item, 'type'),
    index: indexOfNode(propertyNode(item, 'index')),
    position,
  }));
  return { node, pointer, contentType: stringProperty(node, 'contentType'), items: sortItemsByIndex(items, (item) => item.index) };
}
