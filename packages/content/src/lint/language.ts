/**
 * The parts of `@fieldcode/language` the lint uses (SPEC §2.2), with caches: libraries repeat the
 * same parameter values and labels across files, so each distinct text is parsed and analysed
 * once and a 1,000-file lint stays fast. Results are read-only for the rules.
 */
import { analyze, ownOptions, parse, render, type AnalyzeOptions, type AnalyzeResult, type RenderResult } from '@fieldcode/language';
import { Lru } from '../lru.js';

export { measureLength as measure } from '@fieldcode/language';
export type ParseResult = ReturnType<typeof parse>;

const parseCache = new Lru<ParseResult>(2000);
const analyzeCaches = new WeakMap<object, Lru<AnalyzeResult>>();
const NO_DICTIONARY = {};

/** `parse()` of the language (syntax does not depend on options the lint passes). */
export function parseTemplate(source: string): ParseResult {
  let result = parseCache.get(source);
  if (!result) parseCache.set(source, (result = parse(source)));
  return result;
}

/** `analyze()` of the language, cached per data dictionary and length unit. */
export function analyzeTemplate(source: string, given: AnalyzeOptions = {}): AnalyzeResult {
  const options = ownOptions(given);
  if (options.functions || options.limits) return analyze(source, options);
  const owner = options.dataDictionary ?? NO_DICTIONARY;
  let cache = analyzeCaches.get(owner);
  if (!cache) analyzeCaches.set(owner, (cache = new Lru<AnalyzeResult>(2000)));
  const key = `${options.lengthUnit ?? 'code-points'}\u0000${source}`;
  let result = cache.get(key);
  if (!result) cache.set(key, (result = analyze(source, options)));
  return result;
}

/** Renders a template with sample data (the language's `render`; lenient, never throws). */
export function renderTemplate(source: string, data: unknown): string {
  return renderWithDiagnostics(source, data).output;
}

/** Renders a template with sample data and returns the render diagnostics too. */
export function renderWithDiagnostics(source: string, data: unknown): RenderResult {
  return render(source, data as Parameters<typeof render>[1], { now: 0 });
}
