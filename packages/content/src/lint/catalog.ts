/** Known properties of the field-code objects, from the language's object catalog. */
import { objectCatalogValue } from './language.js';

export interface CatalogObject {
  properties: string[];
  /** Every property is known: any other name is certainly unknown. */
  closed: boolean;
}

let cached: Map<string, CatalogObject> | undefined;

/** Objects by canonical name (`Contact` → its property names). */
export function catalogObjects(): Map<string, CatalogObject> {
  if (cached) return cached;
  const result = new Map<string, CatalogObject>();
  const raw = objectCatalogValue();
  for (const entry of values(raw)) {
    if (typeof entry !== 'object' || entry === null) continue;
    const info = entry as { name?: unknown; closed?: unknown; properties?: unknown };
    if (typeof info.name !== 'string') continue;
    const properties = values(info.properties)
      .map((p) => (typeof p === 'object' && p !== null ? (p as { name?: unknown }).name : undefined))
      .filter((n): n is string => typeof n === 'string');
    result.set(info.name, { properties, closed: info.closed === true });
  }
  cached = result;
  return result;
}

function values(value: unknown): unknown[] {
  if (value instanceof Map) return [...value.values()];
  if (Array.isArray(value)) return value;
  if (typeof value === 'object' && value !== null) return Object.values(value);
  return [];
}
