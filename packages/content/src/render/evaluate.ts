/**
 * Renders every field-code string of a structured body into a copy of it, remembering where each
 * object and string came from (JSON pointers into the source document).
 */
import type { Diagnostic, RenderData, RenderOptions } from '@fieldcode/language';
import { TemplateCache } from './field-codes.js';
import { markPlaceholders } from './placeholders.js';
import type { Item } from './model.js';

/** Keys whose values are enumerations, never templates (content-shapes agreement). */
export const ENUM_KEYS = new Set(['type', 'contentType', 'mime', 'language', 'action']);

export function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Sets an own property, even for `__proto__`, without touching prototypes. */
export function setOwn(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

export class Evaluator {
  private readonly cache: TemplateCache;
  /** Source pointer of each rendered object. */
  readonly pointers = new WeakMap<object, string>();
  /** Each source template string, by pointer (to position diagnostics relative to it). */
  readonly templates = new Map<string, string>();
  readonly diagnostics: Diagnostic[] = [];

  constructor(private readonly data: RenderData, private readonly options: RenderOptions) {
    // Options that shape compilation (data dictionary) go to compile(); the rest to render().
    this.cache = new TemplateCache(options.dataDictionary !== undefined ? { dataDictionary: options.dataDictionary } : {});
  }

  /** Renders one template string found at `pointer`. */
  renderString(source: string, pointer: string): string {
    this.templates.set(pointer, source);
    if (!source.includes('<$')) return markPlaceholders(source);
    const result = this.cache.get(markPlaceholders(source)).render(this.data, this.options);
    for (const diagnostic of result.diagnostics) this.diagnostics.push({ ...diagnostic, path: pointer });
    return result.output;
  }

  /** Renders a JSON value (strings except enumerations), returning a fresh copy. */
  renderValue(value: unknown, pointer: string, key?: string): unknown {
    if (typeof value === 'string') {
      if (key !== undefined && ENUM_KEYS.has(key)) {
        this.templates.set(pointer, value);
        return value;
      }
      return this.renderString(value, pointer);
    }
    if (Array.isArray(value)) {
      const copy = value.map((entry, index) => this.renderValue(entry, `${pointer}/${index}`));
      this.pointers.set(copy, pointer);
      return copy;
    }
    if (typeof value === 'object' && value !== null) {
      const copy: Item = {};
      for (const childKey of Object.keys(value)) {
        setOwn(copy, childKey, this.renderValue((value as Item)[childKey], `${pointer}/${escapePointer(childKey)}`, childKey));
      }
      this.pointers.set(copy, pointer);
      return copy;
    }
    return value;
  }
}
