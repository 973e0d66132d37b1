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
  FunctionDefinition,
  LengthUnit,
  ParseOptions,
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
  parse?: (source: string, options?: ParseOptions) => ParseResult;
  analyze?: (source: string, options?: AnalyzeOptions) => AnalyzeResult;
  measureLength?: (text: string, unit: LengthUnit) => number;
  builtinFunctions?: ReadonlyMap<string, FunctionDefinition>;
  lookupFunction?: (name: string, extra?: ReadonlyMap<string, FunctionDefinition>) => FunctionDefinition | undefined;
  objectCatalog?: unknown;
}

const api = language as unknown as LanguageApi;

export function parseTemplate(source: string, options?: ParseOptions): ParseResult {
  if (!api.parse) throw new Error('@fieldcode/language parse() is not available');
  return api.parse(source, options);
}

export function analyzeTemplate(source: string, options?: AnalyzeOptions): AnalyzeResult {
  if (!api.analyze) throw new Error('@fieldcode/language analyze() is not available');
  return api.analyze(source, options);
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

/** A function of the built-in registry (case-insensitive), or undefined. */
export function findFunction(name: string): FunctionDefinition | undefined {
  if (api.lookupFunction) return api.lookupFunction(name);
  return api.builtinFunctions?.get(name.toLowerCase());
}

/** All built-in functions (for "did you mean" suggestions). */
export function allFunctions(): FunctionDefinition[] {
  return api.builtinFunctions ? [...api.builtinFunctions.values()] : [];
}

/** True when the language package provides a function registry to check names against. */
export function hasFunctionRegistry(): boolean {
  return api.builtinFunctions !== undefined || api.lookupFunction !== undefined;
}

/** The raw object catalog (shape decided by the language package; read defensively). */
export function objectCatalogValue(): unknown {
  return api.objectCatalog;
}
