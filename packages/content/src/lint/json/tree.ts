import { parseTree, type Node as JsonNode, type ParseError } from 'jsonc-parser';

export type { JsonNode };

export interface ParsedJson {
  /** Undefined only when the text holds no value at all. */
  root: JsonNode | undefined;
  errors: ParseError[];
}

/** Parses strict JSON (no comments, no trailing commas) into an offset-carrying tree. */
/** Deepest nesting accepted: standard responses are a few levels deep; the tree builder recurses. */
export const MAX_JSON_DEPTH = 200;

/** Error code (beyond jsonc-parser's) for nesting deeper than {@link MAX_JSON_DEPTH}. */
export const NESTING_TOO_DEEP = 1000;

/** Offset of the first bracket that opens level MAX_JSON_DEPTH + 1, outside strings; -1 if none. */
function tooDeepAt(text: string): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (++depth > MAX_JSON_DEPTH) return i;
    } else if (c === 125 /* } */ || c === 93 /* ] */) depth--;
  }
  return -1;
}

export function parseJsonTree(text: string): ParsedJson {
  const deep = tooDeepAt(text);
  if (deep >= 0) return { root: undefined, errors: [{ error: NESTING_TOO_DEEP as ParseError['error'], offset: deep, length: 1 }] };
  const errors: ParseError[] = [];
  // A byte-order mark left by an editor is not a syntax error; a space keeps every offset.
  const source = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
  const root = parseTree(source, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  return { root, errors };
}

/** The value node of an object property, or undefined. */
export function propertyNode(object: JsonNode | undefined, key: string): JsonNode | undefined {
  if (!object || object.type !== 'object' || !object.children) return undefined;
  for (const prop of object.children) {
    const [k, v] = prop.children ?? [];
    if (k && k.value === key) return v;
  }
  return undefined;
}

/** The key node of an object property, or undefined. */
export function propertyKeyNode(object: JsonNode | undefined, key: string): JsonNode | undefined {
  if (!object || object.type !== 'object' || !object.children) return undefined;
  for (const prop of object.children) {
    const k = prop.children?.[0];
    if (k && k.value === key) return k;
  }
  return undefined;
}

/** String value of a property, or undefined when absent or not a string. */
export function stringProperty(object: JsonNode | undefined, key: string): string | undefined {
  const v = propertyNode(object, key);
  return v && v.type === 'string' ? (v.value as string) : undefined;
}

/** The elements of an array node (empty for anything else). */
export function arrayItems(node: JsonNode | undefined): JsonNode[] {
  return node && node.type === 'array' && node.children ? node.children : [];
}
