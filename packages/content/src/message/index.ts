// Barrel of src/message: the compiled message model of a standard response (docs/architecture.md).
export { compileStandardResponse, type CompileStandardResponseOptions, type CompileStandardResponseResult } from './compile.js';
export { CompiledResponse, type RenderResponseOptions, type RenderedModel } from './response.js';
export { CompiledText, type TextSegment, type SourceSpan } from './text.js';
export {
  findPlaceholders,
  scanPlaceholders,
  isParameterName,
  normalizeTemplateText,
  type Placeholder,
  type PlaceholderKinds,
  type NormalizedText,
} from './placeholders.js';
export { itemIndex, indexValue, sortItemsByIndex } from './index-rule.js';
export { ENUM_KEYS, isTemplateKey } from './template-keys.js';
export {
  splitNotification,
  notificationPartsOf,
  MEDIA_TYPES,
  HEADER_MEDIA_TYPES,
  TEMPLATE_BUTTON_TYPES,
  type NotificationSplit,
} from './parts.js';
export { fieldLimit, profileLimit, type FieldLimit, type LimitedField } from './limits.js';
export { buttonCountFindings, carouselCountFindings, countFindings, listCountFindings, type CountFinding } from './counts.js';
export {
  limitChecks,
  limitedTexts,
  type LimitedText,
  type LimitCheck,
  type ModelMedia,
  type ModelLocation,
  type ModelParameter,
  type ModelPart,
  type PartKind,
  type ResponseModel,
} from './model.js';
