/**
 * The parts of `@fieldcode/language` the lint uses, typed by the language contract (SPEC §2.2).
 * Read through the namespace so that a missing export degrades to "rule skipped" instead of
 * breaking the whole lint.
 */
import * as language from '@fieldcode/language';
import type {
  AnalyzeOptions,
  AnalyzeResult,
  Diagnostic,
  LengthUnit,
  RenderOptions,
  RenderResult,
  TemplateNode,
} from '@fieldcode/language';

export interface ParseResult {
  ast: TemplateNode;
  diagnostics: Diagnostic[];
}

/** One property of the object catalog, as far as the lint needs it. */
export interface CatalogEntry {
  name: string;
  type?: string;
}

interface LanguageApi {
  parse?: (source: string) => ParseResult;
  analyze?: (source: string, options?: AnalyzeOptions) => AnalyzeResult;
  measureLength?: (text: string, unit: LengthUnit) => number;
  render?: (source: string, data: unknown, options?: RenderOptions) => RenderResult;
  objectCatalog?: unknown;
}

const api = language as unknown as LanguageApi;

/**
 * A small least-recently-used cache: libraries repeat the same parameter values and labels across
 * files, so parsing and analysing each distinct text once keeps a 1,000-file lint fast. Results
 * are treated as read-only by the rules.
 */
class Lru<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly size: number) {}
  get(key: string): V | undefined {
    const hit = this.map.get(key);
    if (hit !== undefined) {
      this.map.delete(key);
      this.map.set(key, hit);
    }
    return hit;
  }
  set(key: string, value: V): void {
    if (this.map.size >= this.size) this.map.delete(this.map.keys().next().value as string);
    this.map.set(key, value);
  }
}

const parseCache = new Lru<ParseResult>(2000);
const analyzeCaches = new WeakMap<object, Lru<AnalyzeResult>>();
const NO_DICTIONARY = {};

/** `parse()` of the language (syntax does not depend on options the lint passes). */
export function parseTemplate(source: string): ParseResult {
  if (!api.parse) throw new Error('@fieldcode/language parse() is not available');
  let result = parseCache.get(source);
  if (!result) parseCache.set(source, (result = api.parse(source)));
  return result;
}

/** `analyze()` of the language, cached per data dictionary and length unit. */
export function analyzeTemplate(source: string, options: AnalyzeOptions = {}): AnalyzeResult {
  if (!api.analyze) throw new Error('@fieldcode/language analyze() is not available');
  if (options.functions || options.limits) return api.analyze(source, options);
  const owner = options.dataDictionary ?? NO_DICTIONARY;
  let cache = analyzeCaches.get(owner);
  if (!cache) analyzeCaches.set(owner, (cache = new Lru<AnalyzeResult>(2000)));
  const key = `${options.lengthUnit ?? 'code-points'}\u0000${source}`;
  let result = cache.get(key);
  if (!result) cache.set(key, (result = api.analyze(source, options)));
  return result;
}

let segmenter: Intl.Segmenter | undefined;

/** Length of a text in a profile's unit (the language's `measureLength`, with a local fallback). */
export function measure(text: string, unit: LengthUnit): number {
  if (api.measureLength) return api.measureLength(text, unit);
  switch (unit) {
    case 'utf16':
      return text.length;
    case 'utf8-bytes': {
      let n = 0;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c < 0x80) n += 1;
        else if (c < 0x800) n += 2;
        else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
          n += 4;
          i++;
        } else n += 3;
      }
      return n;
    }
    case 'graphemes': {
      segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
      let n = 0;
      for (const _ of segmenter.segment(text)) n++;
      return n;
    }
    default: {
      let n = 0;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
          const d = text.charCodeAt(i + 1);
          if (d >= 0xdc00 && d <= 0xdfff) i++;
        }
        n++;
      }
      return n;
    }
  }
}

/** The raw object catalog (shape decided by the language package; read defensively). */
export function objectCatalogValue(): unknown {
  return api.objectCatalog;
}

/** Renders a template with sample data (the language's `render`; lenient, never throws). */
export function renderTemplate(source: string, data: unknown): string {
  return renderWithDiagnostics(source, data).output;
}

/** Renders a template with sample data and returns the render diagnostics too. */
export function renderWithDiagnostics(source: string, data: unknown): RenderResult {
  if (!api.render) throw new Error('@fieldcode/language render() is not available');
  return api.render(source, data, { now: 0 });
}
