/**
 * The bridge between the renderer and the field-code language: compiles each distinct template
 * string of a standard response once. Compiled templates are immutable, so those compiled without
 * options are shared between calls (a server rendering the same standard responses again and
 * again compiles each string once), in a bounded least-recently-used cache.
 */
import { compile, type LanguageOptions, type Template } from '@fieldcode/language';
import { Lru } from '../lru.js';
import { markPlaceholders } from './placeholders.js';

const shared = new Lru<Template>(512);

function sharedTemplate(source: string): Template {
  let template = shared.get(source);
  if (template === undefined) shared.set(source, (template = compile(markPlaceholders(source))));
  return template;
}

/**
 * Compiles each distinct template string once (the same text in several fields shares one
 * template). Keys are the source strings; what is compiled is the source with its `{{n}}`
 * placeholders marked (see placeholders.ts).
 */
export class TemplateCache {
  private readonly compiled = new Map<string, Template>();
  private readonly useShared: boolean;

  constructor(private readonly options: LanguageOptions = {}) {
    this.useShared = options.dataDictionary === undefined && options.functions === undefined && options.limits === undefined;
  }

  get(source: string): Template {
    let template = this.compiled.get(source);
    if (template === undefined) {
      template = this.useShared ? sharedTemplate(source) : compile(markPlaceholders(source), this.options);
      this.compiled.set(source, template);
    }
    return template;
  }
}
