/** Known properties of the field-code objects, from the language's object catalog. */
import { objectCatalogValue } from './language.js';

/** Used only when the language package provides no catalog (SPEC §3 / fieldcodes reference). */
const FALLBACK: Record<string, string[]> = {
  Contact: ['Id', 'Title', 'FirstName', 'LastName', 'FullName', 'PrimaryEmailAddress', 'PrimaryPhoneNumber', 'EmailAddresses'],
  Agent: ['FirstName', 'LastName', 'FullName', 'Signature'],
  Interaction: ['Id', 'DateCreated', 'Subject', 'ToAddress', 'FromAddress', 'AttachedData', 'TimeZone'],
};

let cached: Map<string, string[]> | undefined;

/** Property names per object (`Contact` → [`FirstName`, …]). */
export function catalogProperties(): Map<string, string[]> {
  if (cached) return cached;
  const result = new Map<string, string[]>();
  const raw = objectCatalogValue();
  for (const [objectName, entry] of entries(raw)) {
    const props = propertyNames(entry);
    if (props.length > 0) result.set(objectName, props);
  }
  for (const [name, props] of Object.entries(FALLBACK)) if (!result.has(name)) result.set(name, props);
  cached = result;
  return result;
}

function entries(value: unknown): Array<[string, unknown]> {
  if (value instanceof Map) return [...value.entries()].map(([k, v]) => [String(k), v]);
  if (Array.isArray(value)) return value.map((v) => [String((v as { name?: unknown })?.name ?? ''), v]);
  if (typeof value === 'object' && value !== null) return Object.entries(value);
  return [];
}

function propertyNames(entry: unknown): string[] {
  if (typeof entry !== 'object' || entry === null) return [];
  const e = entry as Record<string, unknown>;
  const container = e.properties ?? e.fields ?? (entry instanceof Map ? entry : undefined);
  return entries(container)
    .map(([k, v]) => (typeof (v as { name?: unknown })?.name === 'string' ? String((v as { name: string }).name) : k))
    .filter((n) => n !== '');
}
