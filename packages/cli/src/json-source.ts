import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { Diagnostic, Range } from '@fieldcode/language';
import { positionAt } from './text-position.js';

/** A JSON document with its syntax tree, for positioning findings that carry a JSON pointer. */
export interface JsonSource {
  text: string;
  value: unknown;
  tree: Node | undefined;
}

/**
 * Parses strict JSON (no comments, no trailing commas), returning `json-syntax` diagnostics with
 * positions instead of throwing.
 */
export function parseJsonSource(text: string): { source?: JsonSource; diagnostics: Diagnostic[] } {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  // jsonc-parser may report several errors at one offset (`,}`: property name and value expected); keep the first.
  const firstPerOffset = errors.filter((error, index) => errors.findIndex((other) => other.offset === error.offset) === index);
  const diagnostics = firstPerOffset.map((error): Diagnostic => ({
    code: 'json-syntax',
    severity: 'error',
    message: `JSON syntax error: ${describe(printParseErrorCode(error.error))}.`,
    range: { start: positionAt(text, error.offset), end: positionAt(text, error.offset + error.length) },
  }));
  if (diagnostics.length > 0) return { diagnostics };
  return { source: { text, value: JSON.parse(text) as unknown, tree }, diagnostics };
}

function describe(code: string): string {
  // `PropertyNameExpected` → `property name expected`
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** `/content/0/text` → `['content', 0, 'text']` (RFC 6901 unescaping). */
export function pointerSegments(pointer: string): Array<string | number> {
  if (pointer === '' || pointer === '/') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^(0|[1-9]\d*)$/.test(segment) ? Number(segment) : segment));
}

/**
 * Moves a diagnostic whose range is relative to the string value at `diagnostic.path` onto the
 * file text, decoding JSON escapes (`\n`, `\"`, `\u00e9`) on the way. Diagnostics without a
 * resolvable path are placed at the start of the value they name, or left as they are.
 */
export function positionInSource(source: JsonSource, diagnostic: Diagnostic): Diagnostic {
  if (diagnostic.path === undefined || source.tree === undefined) return diagnostic;
  const node = findNodeAtLocation(source.tree, pointerSegments(diagnostic.path));
  if (node === undefined) return diagnostic;
  if (node.type !== 'string') {
    const at = positionAt(source.text, node.offset);
    return { ...diagnostic, range: { start: at, end: at } };
  }
  const range: Range = {
    start: positionAt(source.text, stringOffset(source.text, node.offset, diagnostic.range.start.offset)),
    end: positionAt(source.text, stringOffset(source.text, node.offset, diagnostic.range.end.offset)),
  };
  return { ...diagnostic, range };
}

/** File offset of the `decoded`-th UTF-16 unit of the JSON string literal starting (at its quote) at `quote`. */
export function stringOffset(text: string, quote: number, decoded: number): number {
  let raw = quote + 1;
  let units = 0;
  while (units < decoded && raw < text.length && text[raw] !== '"') {
    if (text[raw] === '\\') {
      raw += text[raw + 1] === 'u' ? 6 : 2;
    } else {
      raw++;
    }
    units++;
  }
  return raw;
}
