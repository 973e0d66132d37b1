/**
 * The bridge between the renderer and the field-code language: compiles each distinct template
 * string once per render call.
 *
 * TEMPORARY: until `compile` of `@fieldcode/language` lands, this module carries a minimal
 * interpreter for the subset the channel tests use: `<$ … $>`, `<${ … }>` and `<$< … >>`
 * delimiters around a dotted path (`Contact.FirstName`), a bare variable name (`CustomProp_Date`,
 * read from `Variables`) or a string literal. Anything else is reported, never evaluated.
 */
import type { Diagnostic, RenderData, RenderOptions, RenderResult } from '@fieldcode/language';
import { TextPositions } from '../esp/text-position.js';

/** A compiled template, as `compile()` of `@fieldcode/language` returns it. */
export interface CompiledTemplate {
  render(data: RenderData, options?: RenderOptions): RenderResult;
}

const FIELD_CODE = /<\$(\{([\s\S]*?)\}>|<([\s\S]*?)>>|([\s\S]*?)\$>)/g;
const OBJECTS = new Set(['Contact', 'Agent', 'Interaction']);
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype', '__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__']);

type Part = { kind: 'text'; text: string } | { kind: 'code'; expression: string; start: number; end: number; exprStart: number };

/** Compiles a field-code template (cached by the caller). */
export function compileFieldCodes(source: string): CompiledTemplate {
  const parts: Part[] = [];
  let last = 0;
  for (const match of source.matchAll(FIELD_CODE)) {
    const start = match.index;
    if (start > last) parts.push({ kind: 'text', text: source.slice(last, start) });
    const expression = match[2] ?? match[3] ?? match[4] ?? '';
    const exprStart = start + 2 + (match[2] !== undefined || match[3] !== undefined ? 1 : 0);
    parts.push({ kind: 'code', expression, start, end: start + match[0].length, exprStart });
    last = start + match[0].length;
  }
  if (last < source.length) parts.push({ kind: 'text', text: source.slice(last) });
  const positions = new TextPositions(source);

  return {
    render(data: RenderData, options: RenderOptions = {}): RenderResult {
      const diagnostics: Diagnostic[] = [];
      let output = '';
      for (const part of parts) {
        if (part.kind === 'text') {
          output += part.text;
          continue;
        }
        const expression = part.expression.trim();
        const range = positions.range(part.start, part.end);
        const literal = /^"([^"]*)"$|^'([^']*)'$/.exec(expression);
        if (literal) {
          output += literal[1] ?? literal[2] ?? '';
          continue;
        }
        if (!/^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/.test(expression)) {
          diagnostics.push({ code: 'field-code-syntax', severity: 'error', message: `Unsupported field code: ${expression}`, range });
          continue;
        }
        const segments = expression.split('.');
        const path = OBJECTS.has(segments[0]!) || segments[0] === 'Variables' ? segments : ['Variables', ...segments];
        const value = lookup(data, path);
        if (value === undefined || value === null) {
          diagnostics.push({
            code: 'missing-value', severity: options.strict ? 'error' : 'warning',
            message: `No value for ${path.join('.')}`, range,
          });
          continue;
        }
        output += typeof value === 'boolean' ? (value ? 'True' : 'False') : String(value);
      }
      return { output, diagnostics };
    },
  };
}

function lookup(data: unknown, path: string[]): unknown {
  let current: unknown = data;
  for (const segment of path) {
    if (FORBIDDEN.has(segment) || typeof current !== 'object' || current === null) return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, segment)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return typeof current === 'object' || typeof current === 'function' ? undefined : current;
}

/** Compiles each distinct template string once. */
export class TemplateCache {
  private readonly compiled = new Map<string, CompiledTemplate>();

  get(source: string): CompiledTemplate {
    let template = this.compiled.get(source);
    if (template === undefined) {
      template = compileFieldCodes(source);
      this.compiled.set(source, template);
    }
    return template;
  }
}
