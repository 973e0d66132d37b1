// Render-data schema → data dictionary (SPEC §3): a project's schema that extends
// render-data.schema.json with its own Contact attributes and variables (with `maxLength`)
// tells analyze() and the `unknown-field` rule which fields exist and how long they can be.
import type { DataDictionary, FieldInfo, FieldType } from '@fieldcode/language';
import { getSchema, schemaNames, schemaId, type JsonSchema } from './schemas.js';

export interface DataDictionaryOptions {
  /**
   * Other schema documents `$ref`s may point to, by `$id` or file name. The shipped schemas are
   * always known (by `$id`, or by a relative path ending in `<name>.schema.json`).
   */
  schemas?: readonly JsonSchema[];
}

/** How deep `$ref`/`allOf` chains and nested objects are followed (guards against cycles). */
const MAX_DEPTH = 32;

/**
 * At most this many fields are read from a schema, and at most WORK_LIMIT schema nodes visited:
 * `$ref`s that fan out (each property pointing at an object whose properties point at another…)
 * make a small schema describe millions of fields. Past either, the dictionary is marked
 * `truncatedAt` the field where reading stopped.
 */
export const MAX_SCHEMA_FIELDS = 10_000;
const WORK_LIMIT = 100_000;

/** Work counted while one schema is read. */
interface Budget {
  visits: number;
  fields: number;
  truncatedAt?: string;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function own(value: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(value, key) ? value[key] : undefined;
}

function pointer(doc: unknown, fragment: string): unknown {
  if (fragment === '' || fragment === '/') return doc;
  let node: unknown = doc;
  for (const raw of fragment.replace(/^\//, '').split('/')) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (!isObject(node) && !Array.isArray(node)) return undefined;
    node = Object.prototype.hasOwnProperty.call(node, key) ? (node as Record<string, unknown>)[key] : undefined;
  }
  return node;
}

interface Located {
  schema: Record<string, unknown>;
  doc: Record<string, unknown>;
}

function documentFor(base: string, extra: readonly JsonSchema[]): Record<string, unknown> | undefined {
  for (const doc of extra) if (own(doc, '$id') === base) return doc;
  for (const name of schemaNames) {
    if (base === schemaId(name) || base === `${name}.schema.json` || base.endsWith(`/${name}.schema.json`)) return getSchema(name);
  }
  return undefined;
}

function resolveRef(ref: string, doc: Record<string, unknown>, extra: readonly JsonSchema[]): Located | undefined {
  const hash = ref.indexOf('#');
  const base = hash < 0 ? ref : ref.slice(0, hash);
  const fragment = hash < 0 ? '' : ref.slice(hash + 1);
  const target = base === '' ? doc : documentFor(base, extra);
  if (!target) return undefined;
  const schema = pointer(target, fragment);
  return isObject(schema) ? { schema, doc: target } : undefined;
}

/** The schema itself plus every schema it pulls in at the same place through `$ref` and `allOf`. */
function flatten(
  located: Located,
  extra: readonly JsonSchema[],
  budget: Budget,
  depth = 0,
  out: Located[] = [],
  seen = new Set<object>(),
): Located[] {
  if (depth > MAX_DEPTH || seen.has(located.schema) || ++budget.visits > WORK_LIMIT) return out;
  seen.add(located.schema);
  out.push(located);
  const ref = own(located.schema, '$ref');
  if (typeof ref === 'string') {
    const target = resolveRef(ref, located.doc, extra);
    if (target) flatten(target, extra, budget, depth + 1, out, seen);
  }
  const allOf = own(located.schema, 'allOf');
  if (Array.isArray(allOf)) {
    for (const part of allOf) if (isObject(part)) flatten({ schema: part, doc: located.doc }, extra, budget, depth + 1, out, seen);
  }
  return out;
}

function fieldType(parts: Located[]): FieldType | undefined {
  for (const { schema } of parts) {
    const declared = own(schema, 'type');
    const types = Array.isArray(declared) ? declared : [declared];
    for (const type of types) {
      if (type === 'string') return own(schema, 'format') === 'date-time' ? 'date-time' : 'string';
      if (type === 'number' || type === 'integer') return 'number';
      if (type === 'boolean') return 'boolean';
      if (type === 'object') return 'object';
      if (type === 'array') return 'list';
    }
  }
  return undefined;
}

function fieldInfo(parts: Located[]): FieldInfo {
  const info: FieldInfo = {};
  const type = fieldType(parts);
  if (type) info.type = type;
  // Later parts are the base schemas; the first (the project's own words) wins.
  for (const { schema } of [...parts].reverse()) {
    const maxLength = own(schema, 'maxLength');
    if (typeof maxLength === 'number' && Number.isInteger(maxLength) && maxLength >= 0) info.maxLength = maxLength;
    const description = own(schema, 'description');
    if (typeof description === 'string') info.description = description;
  }
  return info;
}

function walkObject(
  path: string,
  parts: Located[],
  extra: readonly JsonSchema[],
  dictionary: DataDictionary,
  depth: number,
  budget: Budget,
): void {
  if (depth > MAX_DEPTH || budget.truncatedAt !== undefined) return;
  const children = new Map<string, Located[]>();
  let closed = false;
  for (const { schema, doc } of parts) {
    if (own(schema, 'additionalProperties') === false || own(schema, 'unevaluatedProperties') === false) closed = true;
    const properties = own(schema, 'properties');
    if (!isObject(properties)) continue;
    for (const key of Object.keys(properties)) {
      const child = properties[key];
      if (key === '$schema' || !isObject(child)) continue;
      const list = children.get(key) ?? [];
      for (const part of flatten({ schema: child, doc }, extra, budget)) list.push(part);
      children.set(key, list);
    }
  }
  if (path && closed) (dictionary.closedObjects ??= []).push(path);
  for (const [key, childParts] of children) {
    if (budget.truncatedAt !== undefined) return;
    const childPath = path ? `${path}.${key}` : key;
    if (budget.visits > WORK_LIMIT || (path && ++budget.fields > MAX_SCHEMA_FIELDS)) {
      budget.truncatedAt = childPath;
      return;
    }
    if (path) dictionary.fields[childPath] = fieldInfo(childParts);
    if (fieldType(childParts) === 'object') walkObject(childPath, childParts, extra, dictionary, depth + 1, budget);
  }
}

/**
 * Builds the data dictionary described by a render-data JSON Schema: one entry per property below
 * the top-level objects (`Contact.FirstName`, `Variables.CustomProp_Date`,
 * `Interaction.AttachedData.Language`) with its type (`format: date-time` → `date-time`),
 * `maxLength` and description; objects with `additionalProperties: false` are listed in
 * `closedObjects`. `$ref` (to the shipped schemas or `options.schemas`) and `allOf` are followed,
 * and where a project schema and the schema it extends both describe a field, the project's
 * `maxLength` and description win. Unresolvable references are skipped; never throws. A schema
 * describing more than {@link MAX_SCHEMA_FIELDS} fields (or taking more work to read, as `$ref`s
 * fanning out do) is read up to there and the dictionary says where: `truncatedAt`.
 */
export function buildDataDictionary(schema: unknown, options: DataDictionaryOptions = {}): DataDictionary {
  const dictionary: DataDictionary = { fields: {} };
  if (!isObject(schema)) return dictionary;
  // Own property only (the language's ownOptions, inlined: the model never loads the language runtime).
  const extra = (options !== null && typeof options === 'object' && Object.hasOwn(options, 'schemas') ? options.schemas : undefined) ?? [];
  const budget: Budget = { visits: 0, fields: 0 };
  walkObject('', flatten({ schema, doc: schema }, extra, budget), extra, dictionary, 0, budget);
  if (budget.truncatedAt !== undefined) dictionary.truncatedAt = budget.truncatedAt;
  return dictionary;
}
