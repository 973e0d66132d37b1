import type { DataDictionary } from '@fieldcode/language';
import { buildDataDictionary } from '../model/index.js';

/**
 * The data dictionary of a render-data-like JSON Schema (SPEC §3): `Contact`/`Agent`/
 * `Interaction`/`Variables` properties with their `type`, `format: date-time` and `maxLength`;
 * objects with `additionalProperties: false` become `closedObjects`. This is what
 * `fieldcode.config.json`'s `dataSchema` feeds to `lint({ dataDictionary })`; the schema walk
 * itself is the model's `buildDataDictionary` (which also follows `$ref` and `allOf`).
 */
export function dataDictionaryFromSchema(schema: object): DataDictionary {
  return buildDataDictionary(schema);
}
