/** WhatsApp template round-trip with Meta: the template a response stands for, export, approved listing, comparison. */
export {
  responseTemplates,
  templateOfResponse,
  templateNameOf,
  withExamples,
  type ResponseTemplate,
  type TemplateText as TemplateVariableText,
  type TemplateHeader,
  type AuthenticationPreset,
  type TemplateButton,
  type VariableExample,
  type TemplateCategory,
  type ParameterFormat,
  type HeaderFormat,
} from './model.js';
export {
  exportTemplates,
  exportTemplate,
  type ExportedTemplate,
  type ExportProblem,
  exportProblemDiagnostics,
  type MetaTemplateCreate,
  type MetaComponent,
} from './export.js';
export {
  readTemplateExport,
  findTemplate,
  templatesNamed,
  type ApprovedTemplate,
  type ApprovedButton,
  type TemplateExport,
  type TemplateStatus,
} from './approved.js';
export { compareTemplate, textDifference, excerpt, type Drift, type DriftKind } from './compare.js';
export { templateDiff } from './diff.js';
