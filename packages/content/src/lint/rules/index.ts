/** Every lint rule, in catalog order (docs/rules.md follows the same order). */
import type { Rule } from '../rule.js';
import { attachmentType } from './attachment-type.js';
import { mediaLink } from './media-link.js';
import { bodyLength } from './body-length.js';
import { buttonCount } from './button-count.js';
import { buttonLabelLength } from './button-label-length.js';
import { carouselCards } from './carousel-cards.js';
import { duplicateIndex } from './duplicate-index.js';
import { fieldCodeInEnum } from './field-code-in-enum.js';
import { fieldCodeSyntax } from './field-code-syntax.js';
import { footerLength } from './footer-length.js';
import { formatPattern } from './format-pattern.js';
import { genesysCompat } from './genesys-compat.js';
import { headerFormat } from './header-format.js';
import { headerLength } from './header-length.js';
import { interactiveAsNotification } from './interactive-as-notification.js';
import { jsonSyntax } from './json-syntax.js';
import { listRowCount } from './list-row-count.js';
import { listTextLength } from './list-text-length.js';
import { missingValue } from './missing-value.js';
import { nonCanonicalDelimiter } from './non-canonical-delimiter.js';
import { parameterWhitespace } from './parameter-whitespace.js';
import { placeholderParameterMismatch } from './placeholder-parameter-mismatch.js';
import { placeholderSyntax } from './placeholder-syntax.js';
import { replyButtonUnique } from './reply-button-unique.js';
import { schema } from './schema.js';
import { unknownField } from './unknown-field.js';
import { unknownFunction } from './unknown-function.js';
import { unknownProfile } from './unknown-profile.js';
import { templateVariableEdge } from './template-variable-edge.js';
import { templateAdjacentVariables } from './template-adjacent-variables.js';
import { templateVariableAlone } from './template-variable-alone.js';
import { templateTrailingPunctuation } from './template-trailing-punctuation.js';
import { templateVariableDensity } from './template-variable-density.js';
import { templateLineBreaks } from './template-line-breaks.js';
import { templateUrlShortener } from './template-url-shortener.js';
import { templateAuthentication } from './template-authentication.js';
import { templateExamples } from './template-examples.js';
import { templateVariantLanguage } from './template-variant-language.js';
import { templateApproved } from './template-approved.js';
import { templateDrift } from './template-drift.js';
import { unusedSuppression } from './unused-suppression.js';
import { unknownSuppressionRule } from './unknown-suppression-rule.js';

export const rules: readonly Rule[] = Object.freeze([
  jsonSyntax,
  schema,
  unknownProfile,
  fieldCodeSyntax,
  unknownFunction,
  unknownField,
  formatPattern,
  nonCanonicalDelimiter,
  fieldCodeInEnum,
  genesysCompat,
  headerLength,
  headerFormat,
  bodyLength,
  footerLength,
  buttonCount,
  buttonLabelLength,
  replyButtonUnique,
  listRowCount,
  listTextLength,
  carouselCards,
  placeholderSyntax,
  placeholderParameterMismatch,
  templateVariableEdge,
  templateAdjacentVariables,
  templateVariableAlone,
  templateTrailingPunctuation,
  templateVariableDensity,
  templateLineBreaks,
  templateUrlShortener,
  templateAuthentication,
  templateExamples,
  templateVariantLanguage,
  templateApproved,
  templateDrift,
  parameterWhitespace,
  attachmentType,
  mediaLink,
  interactiveAsNotification,
  duplicateIndex,
  missingValue,
  unusedSuppression,
  unknownSuppressionRule,
]);
