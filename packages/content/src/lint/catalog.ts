/** Known properties of the field-code objects, from the language's object catalog. */
import { objectCatalog } from '@fieldcode/language';

export interface CatalogObject {
  properties: string[];
  /** Every property is known: any other name is certainly unknown. */
  closed: boolean;
}

let cached: Map<string, CatalogObject> | undefined;

/** Objects by canonical name (`Contact` → its property names). */
export function catalogObjects(): Map<string, CatalogObject> {
  cached ??= new Map(
    [...objectCatalog.values()].map((info) => [
      info.name,
      { properties: [...info.properties.values()].map((p) => p.name), closed: info.closed },
    ]),
  );
  return cached;
}
