/**
 * Renders every field-code string of a structured body into a copy of it, remembering where each
 * object came from (JSON pointers into the source document).
 */
import type { Diagnostic, RenderData, RenderOptions } from '@fieldcode/language';
import { TemplateCache } from './field-codes.js';
import { markPlaceholders } from './placeholders.js';
import type { Item } from './model.js';

/** Keys whose values are enumerations, never templates (content-shapes agreement). */
export const ENUM_KEYS = new Set(['type', 'contentType', 'mime', 'language', 'action']);

export function escapePointer(key: string): string {
  return key.includes('~') || key.includes('/') ? key.replace(/~/g, '~0').replace(/\//g, '~1') : key;
}

/** Sets an own property; `__proto__` becomes a plain own property instead of touching the prototype. */
export function setOwn(target: object, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else (target as Item)[key] = value;
}

/** The value at a JSON pointer of a source document (own properties only), or undefined. */
export function valueAt(root: unknown, pointer: string): unknown {
  if (pointer === '') return root;
  let current: unknown = root;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (typeof current !== 'object' || current === null || !Object.prototype.hasOwnProperty.call(current, key)) return undefined;
    current = (current as Item)[key];
  }
  return current;
}

export class Evaluator {
  private readonly cache: TemplateCache;
  /** Source pointer of each rendered object. */
  readonly pointers = new WeakMap<object, string>();
  readonly diagnostics: Diagnostic[] = [];
  /** Pointers of fields of synthesized objects (a plain-text body's `text` is the document itself). */
  readonly fieldPointers = new WeakMap<object, Map<string, string>>();

  constructor(private readonly data: RenderData, private readonly options: RenderOptions) {
    // Options that shape compilation (data dictionary) go to compile(); the rest to render().
    this.cache = new TemplateCache(options.dataDictionary !== undefined ? { dataDictionary: options.dataDictionary } : {});
  }

  /** Records where a field of an object built by the renderer comes from. */
  setFieldPointer(target: object, field: string, pointer: string): void {
    let fields = this.fieldPointers.get(target);
    if (fields === undefined) this.fieldPointers.set(target, (fields = new Map()));
    fields.set(field, pointer);
  }

  /** Renders one template string found at `pointer`. */
  renderString(source: string, pointer: string): string {
    return this.renderText(source, () => pointer);
  }

  /** Renders a JSON value found at `pointer` (strings except enumerations), returning a fresh copy. */
  renderValue(value: unknown, pointer: string): unknown {
    if (typeof value === 'string') return this.renderString(value, pointer);
    if (typeof value !== 'object' || value === null) return value;
    if (Array.isArray(value)) {
      const copy = value.map((entry, index) => this.renderChild(entry, pointer, String(index), false));
      this.pointers.set(copy, pointer);
      return copy;
    }
    const copy: Item = {};
    for (const key of Object.keys(value)) setOwn(copy, key, this.renderChild((value as Item)[key], pointer, key, ENUM_KEYS.has(key)));
    this.pointers.set(copy, pointer);
    return copy;
  }

  private renderChild(value: unknown, parent: string, key: string, enumeration: boolean): unknown {
    if (typeof value === 'string') return enumeration ? value : this.renderText(value, () => `${parent}/${escapePointer(key)}`);
    if (typeof value !== 'object' || value === null) return value;
    return this.renderValue(value, `${parent}/${escapePointer(key)}`);
  }

  /** The pointer is built only when a diagnostic needs it. */
  private renderText(source: string, pointer: () => string): string {
    if (!source.includes('<$')) return markPlaceholders(source);
    const result = this.cache.get(source).render(this.data, this.options);
    if (result.diagnostics.length > 0) {
      const path = pointer();
      for (const diagnostic of result.diagnostics) this.diagnostics.push({ ...diagnostic, path });
    }
    return result.output;
  }
}
