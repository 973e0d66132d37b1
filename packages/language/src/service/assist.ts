/**
 * Completion, hover targets and signature help for field codes, computed on plain text and
 * offsets (monaco-free, so they are unit-tested here and adapted to monaco in ../monaco/).
 */
import { fieldCodeAt, type FieldCodeSpan } from './field-codes.js';
import { findFunction, findObject, type CatalogFunction, type FieldCatalog } from './catalog.js';

export type CompletionKind = 'snippet' | 'object' | 'property' | 'variable' | 'function' | 'keyword';

export interface CompletionEntry {
  label: string;
  kind: CompletionKind;
  /** Text to insert; a monaco snippet when `snippet` is true. */
  insertText: string;
  snippet: boolean;
  detail: string;
  documentation: string;
  /** Offsets of the text the entry replaces (the partly typed word). */
  replaceStart: number;
  replaceEnd: number;
  /** Ask for completion again after inserting (e.g. after `<$ ` to list objects). */
  retrigger: boolean;
}

const KEYWORDS = ['And', 'Or', 'XOr', 'Not', 'Mod', 'True', 'False'];

/** True when `prefix` (an expression's text before the cursor) ends inside a quoted string. */
function insideString(prefix: string): boolean {
  let quote: string | null = null;
  for (const ch of prefix) {
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === "'" || ch === '"') quote = ch;
  }
  return quote !== null;
}

/** A snippet for a function call with one tab stop per parameter. */
export function functionSnippet(fn: CatalogFunction): string {
  const args = fn.parameters.map((p, i) => `\${${i + 1}:${p.replace(/[$}\\]/gu, '')}}`).join(', ');
  return `${fn.name}(${args})`;
}

function functionDocs(fn: CatalogFunction): string {
  const lines = [fn.description];
  if (fn.extension) lines.push('', '_Extension: not part of the Genesys reference._');
  for (const [formula, output] of fn.examples.slice(0, 3)) lines.push('', `\`${formula}\` → \`${output}\``);
  return lines.join('\n');
}

const isNameCode = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

/**
 * Start of the name (`[A-Za-z_][A-Za-z0-9_]*`) that ends at `end`, or -1. The text before the
 * cursor is scanned backwards, each character once: `$`-anchored regexes over it were quadratic.
 */
function nameStartBefore(text: string, end: number): number {
  let start = end;
  while (start > 0 && isNameCode(text.charCodeAt(start - 1))) start--;
  while (start < end && isDigitCode(text.charCodeAt(start))) start++;
  return start < end ? start : -1;
}

/** Where the white space that ends at `end` starts. */
function spaceStartBefore(text: string, end: number): number {
  let start = end;
  while (start > 0 && /\s/u.test(text[start - 1]!)) start--;
  return start;
}

/** The name before `end`, white space between allowed (`If (` → `If`), or null. */
function nameBefore(text: string, end: number): string | null {
  const nameEnd = spaceStartBefore(text, end);
  const start = nameStartBefore(text, nameEnd);
  return start < 0 ? null : text.slice(start, nameEnd);
}

/** The object name of `Name .` ending at `end` (white space around the dot allowed), or null. */
function objectBeforeDot(text: string, end: number): string | null {
  const dot = spaceStartBefore(text, end) - 1;
  if (dot < 0 || text[dot] !== '.') return null;
  return nameBefore(text, dot);
}

/** Completion entries at `offset`. */
export function completeAt(text: string, offset: number, catalog: FieldCatalog): CompletionEntry[] {
  const span = fieldCodeAt(text, offset);
  const justOpened = text.slice(Math.max(0, offset - 2), offset) === '<$' && (!span || (span.start === offset - 2 && !span.closed));
  if (!span || justOpened) {
    if (justOpened) {
      return [
        {
          label: '<$ … $>',
          kind: 'snippet',
          insertText: ' $0 $>',
          snippet: true,
          detail: 'Field code',
          documentation: 'Inserts a field code: `<$ expression $>`.',
          replaceStart: offset,
          replaceEnd: offset,
          retrigger: true,
        },
      ];
    }
    return [];
  }
  const prefix = text.slice(span.exprStart, offset);
  if (insideString(prefix)) return [];
  // `Contact.` or `Contact.Fir` before the cursor: the name characters at the end are the property typed so far.
  let typedStart = prefix.length;
  while (typedStart > 0 && isNameCode(prefix.charCodeAt(typedStart - 1))) typedStart--;
  const typed = prefix.slice(typedStart);
  const objectName = typed !== '' && isDigitCode(typed.charCodeAt(0)) ? null : objectBeforeDot(prefix, typedStart);
  if (objectName !== null) {
    const obj = findObject(catalog, objectName);
    if (!obj) return [];
    const replaceStart = offset - typed.length;
    return obj.properties.map((p) => ({
      label: p.name,
      kind: 'property' as const,
      insertText: p.name,
      snippet: false,
      detail: `${obj.name}.${p.name}${p.type ? `: ${p.type}` : ''}`,
      documentation: p.description,
      replaceStart,
      replaceEnd: offset,
      retrigger: false,
    }));
  }
  const wordStart = nameStartBefore(prefix, prefix.length);
  const word = wordStart < 0 ? '' : prefix.slice(wordStart);
  const replaceStart = offset - word.length;
  const base = { replaceStart, replaceEnd: offset };
  const entries: CompletionEntry[] = [];
  for (const obj of catalog.objects) {
    entries.push({
      ...base,
      label: obj.name,
      kind: 'object',
      insertText: `${obj.name}.`,
      snippet: false,
      detail: 'object',
      documentation: obj.description,
      retrigger: true,
    });
  }
  for (const v of catalog.variables) {
    entries.push({
      ...base,
      label: v.name,
      kind: 'variable',
      insertText: v.name,
      snippet: false,
      detail: `variable${v.type ? `: ${v.type}` : ''}`,
      documentation: v.description,
      retrigger: false,
    });
  }
  for (const fn of catalog.functions) {
    entries.push({
      ...base,
      label: fn.name,
      kind: 'function',
      insertText: functionSnippet(fn),
      snippet: true,
      detail: fn.signature,
      documentation: functionDocs(fn),
      retrigger: false,
    });
  }
  for (const k of KEYWORDS) {
    entries.push({
      ...base,
      label: k,
      kind: 'keyword',
      insertText: k,
      snippet: false,
      detail: 'keyword',
      documentation: '',
      retrigger: false,
    });
  }
  return entries;
}

export interface HoverTarget {
  kind: 'function' | 'object' | 'property' | 'variable';
  name: string;
  /** The object of a property. */
  object?: string;
  /** Offsets of the hovered word. */
  start: number;
  end: number;
  /** Markdown documentation (may be empty for unknown names). */
  documentation: string;
  span: FieldCodeSpan;
}

/** What the word at `offset` inside a field code is, with its documentation. */
export function hoverAt(text: string, offset: number, catalog: FieldCatalog): HoverTarget | null {
  const span = fieldCodeAt(text, offset);
  if (!span) return null;
  const expr = text.slice(span.exprStart, span.exprEnd);
  const at = offset - span.exprStart;
  const wordPattern = /[A-Za-z_][A-Za-z0-9_]*/gu;
  for (let m = wordPattern.exec(expr); m; m = wordPattern.exec(expr)) {
    const start = m.index;
    const end = start + m[0].length;
    if (at < start || at > end) continue;
    if (insideString(expr.slice(0, start))) return null;
    const name = m[0];
    const absolute = { start: span.exprStart + start, end: span.exprStart + end, span };
    const before = objectBeforeDot(expr, start);
    if (before !== null) {
      const obj = findObject(catalog, before);
      const prop = obj?.properties.find((p) => p.name === name) ?? obj?.properties.find((p) => p.name.toLowerCase() === name.toLowerCase());
      const heading = `**${obj?.name ?? before}.${prop?.name ?? name}**${prop?.type ? ` (${prop.type})` : ''}`;
      return {
        ...absolute,
        kind: 'property',
        name,
        object: obj?.name ?? before,
        documentation: [heading, prop?.description ?? ''].filter(Boolean).join('\n\n'),
      };
    }
    if (/^\s*\(/u.test(expr.slice(end))) {
      const fn = findFunction(catalog, name);
      const documentation = fn ? `\`${fn.signature}\`\n\n${functionDocs(fn)}` : `Unknown function \`${name}\``;
      return { ...absolute, kind: 'function', name: fn?.name ?? name, documentation };
    }
    const obj = findObject(catalog, name);
    if (obj) return { ...absolute, kind: 'object', name: obj.name, documentation: `**${obj.name}**\n\n${obj.description}` };
    const variable = catalog.variables.find((v) => v.name.toLowerCase() === name.toLowerCase());
    return {
      ...absolute,
      kind: 'variable',
      name,
      documentation: `**${name}** (variable)${variable?.description ? `\n\n${variable.description}` : ''}`,
    };
  }
  return null;
}

export interface SignatureAt {
  fn: CatalogFunction;
  activeParameter: number;
}

/** The innermost function call around `offset` and the argument the cursor is in. */
export function signatureAt(text: string, offset: number, catalog: FieldCatalog): SignatureAt | null {
  const span = fieldCodeAt(text, offset);
  if (!span) return null;
  const prefix = text.slice(span.exprStart, offset);
  const stack: Array<{ name: string | null; commas: number }> = [];
  let quote: string | null = null;
  for (let i = 0; i < prefix.length; i++) {
    const ch = prefix[i]!;
    if (quote) {
      if (ch === quote) quote = null;
      continue;
    }
    if (ch === "'" || ch === '"') quote = ch;
    else if (ch === '(') stack.push({ name: nameBefore(prefix, i), commas: 0 });
    else if (ch === ')') stack.pop();
    else if (ch === ',' && stack.length > 0) stack[stack.length - 1]!.commas++;
  }
  for (let i = stack.length - 1; i >= 0; i--) {
    const frame = stack[i]!;
    const fn = frame.name ? findFunction(catalog, frame.name) : undefined;
    if (fn) return { fn, activeParameter: frame.commas };
  }
  return null;
}
