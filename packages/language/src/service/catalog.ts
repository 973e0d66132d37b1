/**
 * What the editor can propose inside a field code: objects with their properties, custom
 * variables and functions. Built from the language's function registry and object catalog, the
 * project's data dictionary and the sample data; names are unique case-insensitively.
 */
import type { DataDictionary, FunctionDefinition } from '../types.js';
import { objectCatalog } from '../catalog.js';

export interface CatalogProperty {
  name: string;
  type: string;
  description: string;
}

export interface CatalogObject {
  name: string;
  description: string;
  properties: CatalogProperty[];
}

export interface CatalogFunction {
  name: string;
  signature: string;
  description: string;
  extension: boolean;
  examples: ReadonlyArray<readonly [string, string]>;
  /** Parameter names taken from the signature (`Left(String, Number)` → `String`, `Number`). */
  parameters: string[];
}

export interface FieldCatalog {
  objects: CatalogObject[];
  variables: CatalogProperty[];
  functions: CatalogFunction[];
}

export interface CatalogSources {
  functions?: ReadonlyMap<string, Pick<FunctionDefinition, 'name' | 'signature' | 'description' | 'extension' | 'examples'>>;
  objects?: ReadonlyArray<CatalogObject>;
  dataDictionary?: DataDictionary;
  sampleData?: unknown;
}

/** The three field-code objects, documented by the Genesys reference. */
export const OBJECT_DESCRIPTIONS: Readonly<Record<string, string>> = Object.freeze({
  Contact: 'The customer: contact attributes such as `FirstName`, `LastName`, `EmailAddress` and custom ones.',
  Agent: 'The agent handling the interaction (`FirstName`, `LastName`, `FullName`, `Signature`).',
  Interaction: "The current interaction (`Id`, `DateCreated`, `TimeZone`, `AttachedData('Key')`).",
});

/** Parameter names of a signature such as `Left(String, Number)` or `Text(Value[, Pattern])`. */
export function signatureParameters(signature: string): string[] {
  const open = signature.indexOf('(');
  const close = signature.lastIndexOf(')');
  if (open === -1 || close <= open + 1) return [];
  return signature
    .slice(open + 1, close)
    .split(',')
    .map((p) => p.replace(/[[\]]/gu, '').trim())
    .filter((p) => p.length > 0);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typeOfSample(value: unknown): string {
  if (typeof value === 'string') return /^\d{4}-\d{2}-\d{2}T/u.test(value) ? 'date-time' : 'string';
  if (typeof value === 'number' || typeof value === 'boolean') return typeof value;
  return isPlainObject(value) ? 'object' : Array.isArray(value) ? 'list' : 'string';
}

/** Merges the sources; earlier sources win for descriptions, later ones only add names. */
export function buildCatalog(sources: CatalogSources): FieldCatalog {
  const objects = new Map<string, CatalogObject>();
  const ensureObject = (name: string): CatalogObject => {
    const key = name.toLowerCase();
    let obj = objects.get(key);
    if (!obj) {
      obj = { name, description: OBJECT_DESCRIPTIONS[name] ?? '', properties: [] };
      objects.set(key, obj);
    }
    return obj;
  };
  const addProperty = (list: CatalogProperty[], prop: CatalogProperty): void => {
    const existing = list.find((p) => p.name.toLowerCase() === prop.name.toLowerCase());
    if (!existing) list.push({ ...prop });
    else {
      if (!existing.description && prop.description) existing.description = prop.description;
      if (!existing.type && prop.type) existing.type = prop.type;
    }
  };
  for (const name of ['Contact', 'Agent', 'Interaction']) ensureObject(name);
  for (const obj of sources.objects ?? []) {
    const target = ensureObject(obj.name);
    if (obj.description) target.description = obj.description;
    for (const prop of obj.properties) addProperty(target.properties, prop);
  }
  const variables: CatalogProperty[] = [];
  for (const [path, info] of Object.entries(sources.dataDictionary?.fields ?? {})) {
    const parts = path.split('.');
    if (parts.length !== 2) continue;
    const [head, name] = parts as [string, string];
    const prop = { name, type: info.type ?? '', description: info.description ?? '' };
    if (head === 'Variables') addProperty(variables, prop);
    else addProperty(ensureObject(head).properties, prop);
  }
  const data = sources.sampleData;
  if (isPlainObject(data)) {
    for (const [head, value] of Object.entries(data)) {
      if (!isPlainObject(value)) continue;
      const target = head === 'Variables' ? variables : objects.has(head.toLowerCase()) ? ensureObject(head).properties : null;
      if (!target) continue;
      for (const [name, v] of Object.entries(value)) addProperty(target, { name, type: typeOfSample(v), description: '' });
    }
  }
  const functions: CatalogFunction[] = [];
  for (const fn of sources.functions?.values() ?? []) {
    functions.push({
      name: fn.name,
      signature: fn.signature,
      description: fn.description,
      extension: fn.extension,
      examples: fn.examples ?? [],
      parameters: signatureParameters(fn.signature),
    });
  }
  functions.sort((a, b) => a.name.localeCompare(b.name));
  return { objects: [...objects.values()], variables, functions };
}

/** The language's object catalog (Contact, Agent, Interaction and their documented properties) as catalog objects. */
export function builtinCatalogObjects(): CatalogObject[] {
  return [...objectCatalog.values()].map((object) => ({
    name: object.name,
    description: object.description,
    properties: [...object.properties.values()].map((p) => ({ name: p.name, type: p.type, description: p.description })),
  }));
}

export function findObject(catalog: FieldCatalog, name: string): CatalogObject | undefined {
  const key = name.toLowerCase();
  return catalog.objects.find((o) => o.name.toLowerCase() === key);
}

export function findFunction(catalog: FieldCatalog, name: string): CatalogFunction | undefined {
  const key = name.toLowerCase();
  return catalog.functions.find((f) => f.name.toLowerCase() === key);
}
