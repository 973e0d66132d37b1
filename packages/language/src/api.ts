/**
 * Public API of the evaluator side of `@fieldcode/language` (SPEC §2.2): `compile`, `render`,
 * `analyze`, the function registry, the object catalog and `measureLength`.
 */
import type { AnalyzeOptions, AnalyzeResult, LanguageOptions, RenderOptions, RenderResult } from './types.js';
import { compileTemplate, type Template } from './runtime/template.js';
import { analyzeTemplate } from './analysis/analyze.js';
import { ownOptions } from './options.js';

export { quickRender, type Template } from './runtime/template.js';
export { builtinFunctions, lookupFunction } from './functions/registry.js';
export { objectCatalog, catalogEntry, type ObjectInfo, type PropertyInfo } from './catalog.js';
export { measureLength } from './length.js';
export { ownOptions, ownValue, sealedOptions } from './options.js';
export { closestName } from './suggest.js';
export { defaultLimits } from './runtime/limits.js';
export { FunctionError } from './runtime/errors.js';
export { knownLocales, findLocale, type LocaleInfo } from './runtime/locales.js';

/**
 * Compiles a template once for many renders. Never throws: syntax errors, unknown functions and
 * wrong argument counts are in `template.diagnostics`, and the faulty field codes render as empty.
 *
 * @example
 * const template = compile('Hello <$ Contact.FirstName $>!');
 * template.render({ Contact: { FirstName: 'John' } }).output; // 'Hello John!'
 */
export function compile(source: string, options?: LanguageOptions): Template {
  return compileTemplate(source, options);
}

const CACHE_SIZE = 256;
const cache = new Map<string, Template>();

/** Compiled templates of `render()` calls without compile-affecting options, least recently used first. */
function cachedCompile(source: string, options: RenderOptions | undefined): Template {
  if (options !== undefined && (options.functions !== undefined || options.dataDictionary !== undefined || options.limits !== undefined)) {
    return compileTemplate(source, options);
  }
  if (typeof source !== 'string') return compileTemplate(source, undefined);
  const hit = cache.get(source);
  if (hit !== undefined) {
    cache.delete(source);
    cache.set(source, hit);
    return hit;
  }
  const template = compileTemplate(source, undefined);
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(source, template);
  return template;
}

/**
 * Compiles (cached by source) and renders in one call. Never throws on any data.
 *
 * @example
 * render('<$ 2 : "#.##" $>', {}).output; // '2.00'
 */
export function render(source: string, data: unknown, given?: RenderOptions): RenderResult {
  const options = ownOptions(given);
  return cachedCompile(source, options).render(data, options);
}

/**
 * Static inventory of a template: field codes used (with ranges and whether they are guarded),
 * functions called, the possible rendered length and all diagnostics.
 *
 * @example
 * analyze('Hi <$ Contact.FirstName $>', { dataDictionary: { fields: { 'Contact.FirstName': { maxLength: 20 } } } }).length;
 * // { min: 3, max: 23 }
 */
export function analyze(source: string, options?: AnalyzeOptions): AnalyzeResult {
  return analyzeTemplate(source, options);
}
