/**
 * The field-code language service: completion, hover and signature help on plain text and
 * offsets, shared by the editor (adapted to monaco) and the language server (adapted to LSP).
 */
export {
  completeAt,
  functionSnippet,
  hoverAt,
  signatureAt,
  type CompletionEntry,
  type CompletionKind,
  type HoverTarget,
  type SignatureAt,
} from './assist.js';
export {
  buildCatalog,
  builtinCatalogObjects,
  findFunction,
  findObject,
  signatureParameters,
  OBJECT_DESCRIPTIONS,
  type CatalogFunction,
  type CatalogObject,
  type CatalogProperty,
  type CatalogSources,
  type FieldCatalog,
} from './catalog.js';
export { renderedValueMarkdown } from './rendered-value.js';
export { fieldCodeAt, findFieldCodes, scanFieldCode, unescapeJsonFragment, type FieldCodeSpan } from './field-codes.js';
