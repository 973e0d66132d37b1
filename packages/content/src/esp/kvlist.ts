/**
 * Parser of the KVList dumps that Genesys servers write to their logs, e.g. the DMS log of an
 * ESP request:
 *
 * ```
 * 12:12:13.139 Std 50003 Request received:
 * 'Request3rdServer' (500) attributes:
 * ReferenceId [int] = 9
 * Request [bstr] = KVList:
 *   'Service' [str] = "ChatService"
 *   'Parameters' [lst] = KVList:
 *     '_umsClientId' [str] = "15556667777"
 * ```
 *
 * One attribute per line: `'Key' [type] = value` (the key may be unquoted). Nesting is given by
 * indentation under a `= KVList:` line. Repeated keys are kept in order. Lines around the attribute
 * lines (timestamps, headers) are context and ignored; a malformed line inside a KVList block is
 * reported with its position and skipped. Never throws.
 */
import type { Diagnostic } from '@fieldcode/language';
import { TextPositions } from './text-position.js';

/** A value of a KVList attribute: string (`[str]`, raw text of other types), integer, or nested list. */
export type KvValue = string | number | KvList;

export interface KvEntry {
  key: string;
  /** The type tag written between brackets: `str`, `int`, `lst`, `bstr`, … */
  type: string;
  value: KvValue;
  /** Offsets of the key (without quotes) in the parsed text. */
  keyStart: number;
  keyEnd: number;
  /** Offsets of the whole line (without its line break). */
  lineStart: number;
  lineEnd: number;
}

export interface KvList {
  kind: 'kvlist';
  entries: KvEntry[];
}

export interface ParseKvListLogResult {
  /** The attribute lines found at the outermost level, in order. */
  root: KvList;
  diagnostics: Diagnostic[];
}

// `'Key' [type] = value` or `Key [type] = value`; the key of a quoted form may contain spaces.
const ATTRIBUTE = /^(\s*)(?:'([^']*)'|([^\s'[\]=]+))\s*\[([A-Za-z0-9_]+)\]\s*=\s?(.*)$/;
const KVLIST_OPENER = /^KVList:\s*$/;

/**
 * Deepest nesting of KVLists read (real logs nest a few levels). Readers of the result recurse
 * into nested lists, so deeper lists are reported and left out instead of overflowing the stack.
 */
export const MAX_KVLIST_DEPTH = 64;

interface Block {
  /** Indentation of the line that opened this block (-1 for the root). */
  parentIndent: number;
  /** Indentation of the block's first child, fixed once known. */
  childIndent: number | undefined;
  list: KvList;
  /** Lines of a list nested deeper than MAX_KVLIST_DEPTH: read for indentation, kept nowhere. */
  dropped?: boolean;
}

/** Parses a pasted log excerpt holding KVList attribute lines. */
export function parseKvListLog(text: string): ParseKvListLogResult {
  const source = typeof text === 'string' ? text : '';
  const positions = new TextPositions(source);
  const diagnostics: Diagnostic[] = [];
  const root: KvList = { kind: 'kvlist', entries: [] };
  const stack: Block[] = [{ parentIndent: -1, childIndent: undefined, list: root }];

  const report = (code: string, severity: Diagnostic['severity'], message: string, start: number, end: number): void => {
    diagnostics.push({ code, severity, message, range: positions.range(start, end) });
  };

  let lineStart = 0;
  while (lineStart <= source.length) {
    let lineEnd = source.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = source.length;
    const next = lineEnd + 1;
    const contentEnd = lineEnd > lineStart && source.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
    const line = source.slice(lineStart, contentEnd);
    parseLine(line, lineStart);
    lineStart = next;
  }

  function parseLine(line: string, offset: number): void {
    if (line.trim() === '') return;
    const indent = line.length - line.trimStart().length;
    // Close the blocks this line is not part of.
    while (stack.length > 1 && indent <= stack[stack.length - 1]!.parentIndent) stack.pop();
    const block = stack[stack.length - 1]!;
    if (block.dropped) {
      if (line.trimEnd().endsWith('KVList:')) stack.push({ parentIndent: indent, childIndent: undefined, list: block.list, dropped: true });
      return;
    }
    const match = ATTRIBUTE.exec(line);
    if (match === null) {
      if (stack.length > 1) {
        report('kvlist-syntax', 'error', `Malformed KVList line: expected 'Key' [type] = value`, offset + indent, offset + line.length);
      }
      return; // context line around the dump (timestamp, header)
    }
    if (block.childIndent === undefined) block.childIndent = indent;
    else if (indent !== block.childIndent && stack.length > 1) {
      report(
        'kvlist-indentation',
        'warning',
        `Inconsistent indentation: ${indent} spaces where the list's other entries use ${block.childIndent}`,
        offset,
        offset + indent,
      );
    }
    const quoted = match[2] !== undefined;
    const key = (quoted ? match[2] : match[3])!;
    const keyStart = offset + indent + (quoted ? 1 : 0);
    const type = match[4]!;
    const rawValue = match[5]!;
    const valueStart = offset + line.length - rawValue.length;
    const entry: KvEntry = {
      key,
      type,
      value: '',
      keyStart,
      keyEnd: keyStart + key.length,
      lineStart: offset,
      lineEnd: offset + line.length,
    };
    block.list.entries.push(entry);
    if (KVLIST_OPENER.test(rawValue)) {
      const list: KvList = { kind: 'kvlist', entries: [] };
      entry.value = list;
      // The root block is not a nesting level.
      const dropped = stack.length > MAX_KVLIST_DEPTH;
      if (dropped) {
        report(
          'kvlist-too-deep',
          'error',
          `KVList nested more than ${MAX_KVLIST_DEPTH} levels deep: this entry and everything inside it are left out`,
          keyStart,
          offset + line.length,
        );
      }
      stack.push({ parentIndent: indent, childIndent: undefined, list, dropped });
      return;
    }
    if (type === 'lst') {
      report('kvlist-syntax', 'error', `'${key}' is a [lst] attribute but its value is not "KVList:"`, valueStart, offset + line.length);
      entry.value = { kind: 'kvlist', entries: [] };
      return;
    }
    entry.value = parseScalar(type, rawValue.trimEnd(), valueStart);
  }

  function parseScalar(type: string, raw: string, start: number): KvValue {
    if (type === 'int') {
      if (/^[+-]?\d+$/.test(raw)) return Number(raw);
      report('kvlist-syntax', 'error', `An [int] value must be an integer, found ${JSON.stringify(raw)}`, start, start + raw.length);
      return raw;
    }
    if (raw.startsWith('"')) {
      if (raw.length >= 2 && raw.endsWith('"')) return unescape(raw.slice(1, -1));
      report('kvlist-syntax', 'error', 'Unterminated string value: missing closing "', start, start + raw.length);
      return unescape(raw.slice(1));
    }
    return raw;
  }

  return { root, diagnostics };
}

/** Log strings escape `"` and `\` with a backslash. */
function unescape(text: string): string {
  return text.replace(/\\(["\\])/g, '$1');
}

/** The nested list of an entry, or undefined for scalar values. */
export function kvListOf(value: KvValue | undefined): KvList | undefined {
  return typeof value === 'object' && value !== null && value.kind === 'kvlist' ? value : undefined;
}
