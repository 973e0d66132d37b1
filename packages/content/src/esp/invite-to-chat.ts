/**
 * Reading an ESP InviteToChat request from JSON or from a pasted DMS log excerpt.
 */
import { ownOptions } from '@fieldcode/language';
import type { Diagnostic, Range } from '@fieldcode/language';
import type { Node as JsonNode } from 'jsonc-parser';
import { parseJsonDocument } from '../lint/validate-json.js';
import { kvListOf, parseKvListLog, type KvList } from './kvlist.js';
import { TextPositions, startRange } from './text-position.js';
import type {
  InviteToChatParameters,
  InviteToChatRequest,
  KvObject,
  KvObjectValue,
  ParseInviteToChatOptions,
  ParseInviteToChatResult,
} from './types.js';
import { validateInviteToChat } from './validate.js';

/** Sets an own property, even for names such as `__proto__`, without touching prototypes. */
export function setOwn<T extends object>(target: T, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Reads an own property only. */
export function getOwn(source: unknown, key: string): unknown {
  if (typeof source !== 'object' || source === null) return undefined;
  return Object.prototype.hasOwnProperty.call(source, key) ? (source as Record<string, unknown>)[key] : undefined;
}

function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Parses an InviteToChat request. Accepted forms:
 * - JSON `{ "Service": "ChatService", "Method": "InviteToChat", "Parameters": { … } }`;
 * - JSON of the parameters alone `{ "_umsClientId": …, "Contact": { … }, "CustomProperties": { … } }`;
 * - DMS log text around a `Request [bstr] = KVList:` block (or a bare KVList dump).
 *
 * The request is validated (see {@link validateInviteToChat}); every diagnostic is positioned in
 * `text`. Never throws.
 */
export function parseInviteToChat(text: string, given: ParseInviteToChatOptions = {}): ParseInviteToChatResult {
  const options = ownOptions(given);
  const source = typeof text === 'string' ? text : '';
  try {
    if (source.trim() === '') {
      return {
        request: null,
        format: 'unknown',
        diagnostics: [{ code: 'esp-empty', severity: 'error', message: 'The InviteToChat request is empty', range: startRange() }],
      };
    }
    return source.trimStart().startsWith('{') ? parseJson(source, options) : parseLog(source, options);
  } catch (error) {
    // Defensive: parsing must never surface an exception to the caller.
    return {
      request: null,
      format: 'unknown',
      diagnostics: [
        { code: 'esp-internal', severity: 'error', message: `The request could not be read: ${String(error)}`, range: startRange() },
      ],
    };
  }
}

// ---------------------------------------------------------------------------------------------
// JSON

function parseJson(source: string, options: ParseInviteToChatOptions): ParseInviteToChatResult {
  const positions = new TextPositions(source);
  // A request log is customer data: a syntax error never quotes it.
  const { root: tree, diagnostics: syntax } = parseJsonDocument(source, { quoteText: false });
  if (tree === undefined) return { request: null, format: 'json', diagnostics: syntax };
  if (tree.type !== 'object') {
    return {
      request: null,
      format: 'json',
      diagnostics: [
        {
          code: 'esp-shape',
          severity: 'error',
          message: 'An InviteToChat request must be a JSON object',
          range: positions.range(tree.offset, tree.offset + tree.length),
        },
      ],
    };
  }
  const ranges = new Map<string, Range>();
  const value = jsonNodeValue(tree, '', ranges, positions);
  const object = value as KvObject;
  const bare = ['Parameters', 'Service', 'Method'].every((key) => getOwn(object, key) === undefined);
  const request = bare ? toRequest({ Parameters: object }) : toRequest(object);
  const locate = (pointer: string): Range | undefined => ranges.get(bare ? pointer.replace(/^\/Parameters/, '') : pointer);
  const diagnostics: Diagnostic[] = [];
  if (!bare && !isPlainObject(getOwn(object, 'Parameters'))) {
    diagnostics.push({
      code: 'esp-shape',
      severity: 'error',
      path: '/Parameters',
      message: '"Parameters" must be an object of request parameters',
      range: locate('/Parameters') ?? positions.range(tree.offset, tree.offset + 1),
    });
  }
  diagnostics.push(...validateInviteToChat(request, { ...options, locate }));
  return { request, format: 'json', diagnostics };
}

/** Converts a JSON node to a value with own properties only, recording the range of each key. */
function jsonNodeValue(node: JsonNode, pointer: string, ranges: Map<string, Range>, positions: TextPositions): KvObjectValue {
  switch (node.type) {
    case 'object': {
      const result: KvObject = {};
      for (const property of node.children ?? []) {
        const [keyNode, valueNode] = property.children ?? [];
        if (keyNode === undefined || valueNode === undefined) continue;
        const key = String(keyNode.value);
        const childPointer = `${pointer}/${escapePointer(key)}`;
        ranges.set(childPointer, positions.range(keyNode.offset, keyNode.offset + keyNode.length));
        setOwn(result, key, jsonNodeValue(valueNode, childPointer, ranges, positions));
      }
      return result;
    }
    case 'array':
      return (node.children ?? []).map((child, index) => {
        const childPointer = `${pointer}/${index}`;
        ranges.set(childPointer, positions.range(child.offset, child.offset + child.length));
        return jsonNodeValue(child, childPointer, ranges, positions);
      });
    default:
      return node.value as KvObjectValue;
  }
}

// ---------------------------------------------------------------------------------------------
// DMS log

function parseLog(source: string, options: ParseInviteToChatOptions): ParseInviteToChatResult {
  const positions = new TextPositions(source);
  const parsed = parseKvListLog(source);
  const diagnostics = [...parsed.diagnostics];
  // The request is the `Request` attribute's KVList; a bare dump of its entries is accepted too.
  const requestEntry = parsed.root.entries.find((entry) => entry.key === 'Request' && kvListOf(entry.value) !== undefined);
  let list: KvList | undefined = requestEntry ? kvListOf(requestEntry.value) : undefined;
  if (list === undefined && parsed.root.entries.some((entry) => entry.key === 'Parameters' || entry.key === 'Method')) list = parsed.root;
  let bare = false;
  if (list === undefined && parsed.root.entries.some((entry) => entry.key.startsWith('_ums'))) {
    list = parsed.root;
    bare = true;
  }
  if (list === undefined) {
    diagnostics.push({
      code: 'esp-no-request',
      severity: 'error',
      message: 'No InviteToChat request found: expected a "Request [bstr] = KVList:" block or \'Key\' [type] = value lines',
      range: startRange(),
    });
    return { request: null, format: 'dms-log', diagnostics };
  }
  const ranges = new Map<string, Range>();
  const value = kvListValue(list, bare ? '/Parameters' : '', ranges, positions);
  const request = toRequest(bare ? { Parameters: value } : value);
  diagnostics.push(...validateInviteToChat(request, { ...options, locate: (pointer) => ranges.get(pointer) }));
  return { request, format: 'dms-log', diagnostics };
}

/** KVList → object; repeated keys become arrays (pointers `/Key/0`, `/Key/1`). */
function kvListValue(list: KvList, pointer: string, ranges: Map<string, Range>, positions: TextPositions): KvObject {
  const counts = new Map<string, number>();
  for (const entry of list.entries) counts.set(entry.key, (counts.get(entry.key) ?? 0) + 1);
  const result: KvObject = {};
  const seen = new Map<string, number>();
  for (const entry of list.entries) {
    const keyPointer = `${pointer}/${escapePointer(entry.key)}`;
    const repeated = (counts.get(entry.key) ?? 0) > 1;
    const index = seen.get(entry.key) ?? 0;
    seen.set(entry.key, index + 1);
    const entryPointer = repeated ? `${keyPointer}/${index}` : keyPointer;
    const range = positions.range(entry.keyStart, entry.keyEnd);
    if (!ranges.has(keyPointer)) ranges.set(keyPointer, range);
    ranges.set(entryPointer, range);
    const nested = kvListOf(entry.value);
    const value: KvObjectValue = nested ? kvListValue(nested, entryPointer, ranges, positions) : (entry.value as string | number);
    if (repeated) {
      const existing = getOwn(result, entry.key);
      if (Array.isArray(existing)) existing.push(value);
      else setOwn(result, entry.key, [value]);
    } else {
      setOwn(result, entry.key, value);
    }
  }
  return result;
}

function toRequest(value: Record<string, unknown>): InviteToChatRequest {
  const request = {} as InviteToChatRequest;
  for (const key of Object.keys(value)) setOwn(request, key, value[key]);
  const parameters = getOwn(value, 'Parameters');
  setOwn(request, 'Parameters', (isPlainObject(parameters) ? parameters : {}) as InviteToChatParameters);
  return request;
}
