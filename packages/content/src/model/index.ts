// Barrel of src/model: the shipped JSON Schemas, validation, file forms and item order.
export { schemas, schemaNames, schemaBaseUri, isSchemaName, schemaId, getSchema } from './schemas.js';
export type { JsonSchema } from './schemas.js';
export { validateSchema } from './validate.js';
export { isStructuredBody, toEnvelope } from './envelope.js';
export { buildDataDictionary, MAX_SCHEMA_FIELDS } from './data-dictionary.js';
export type { DataDictionaryOptions } from './data-dictionary.js';
