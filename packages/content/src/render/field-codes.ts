/**
 * The bridge between the renderer and the field-code language: compiles each distinct template
 * string of a standard response once per render call.
 */
import { compile, type LanguageOptions, type Template } from '@fieldcode/language';

/** Compiles each distinct template string once (the same text in several fields shares one template). */
export class TemplateCache {
  private readonly compiled = new Map<string, Template>();

  constructor(private readonly options: LanguageOptions = {}) {}

  get(source: string): Template {
    let template = this.compiled.get(source);
    if (template === undefined) {
      template = compile(source, this.options);
      this.compiled.set(source, template);
    }
    return template;
  }
}
