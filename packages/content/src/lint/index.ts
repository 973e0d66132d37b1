/** Lint core (SPEC §4.4): platform-free; the CLI and the editor worker run the same rules. */
export { lint, lintWithRules, getRule, ruleMetas, summarize, fileKind, INTERNAL_ERROR, type ReportTrace } from './engine.js';
export { RuleTester, RuleTesterError, type ValidCase, type InvalidCase, type ExpectedReport } from './rule-tester.js';
export { rules } from './rules/index.js';
export { applyFixes, type ApplyFixesResult } from './apply-fixes.js';
export { parseJsonText, positionInJsonText, validateJsonText, type JsonReadOptions } from './validate-json.js';
export { ruleMeta, STANDARD_RESPONSE_FILES } from './rule.js';
export { builtinPreset, builtinPresetNames, isBuiltinPreset, type BuiltinPresetName } from './presets.js';
export type { Rule, RuleContext, Problem, TextEdit } from './rule.js';
export type { LintFile, TemplateText, ContentItem, StructuredModel } from './file.js';
export { formatDiagnostic } from './testing.js';
export { dataDictionaryFromSchema } from './data-dictionary.js';
