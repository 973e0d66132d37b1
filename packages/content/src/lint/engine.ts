/**
 * The lint core (SPEC §4.4): platform-free, runs in Node (CLI) and in a browser worker (editor).
 * `lint(text)` returns diagnostics positioned in the file text, sorted by offset.
 */
import { builtinPreset, builtinPresetNames, isBuiltinPreset } from './presets.js';
import { ownOptions, ownValue } from '@fieldcode/language';
import type { AnalyzeResult, Diagnostic, Severity, Suggestion } from '@fieldcode/language';
import { resolveProfile } from '../profiles/index.js';
import type { FileScope, LimitProfile, LintOptions, LintResult, RuleSeverity } from '../types.js';
import { jsonFileModel, textFileModel, type LintFile, type TemplateText } from './file.js';
import { analyzeTemplate, measure, parseTemplate, type ParseResult } from './language.js';
import { TextLines } from './json/lines.js';
import { parseJsonTree, stringProperty } from './json/tree.js';
import { fillMessage, STANDARD_RESPONSE_FILES, type Problem, type Rule, type RuleContext } from './rule.js';
import { rules } from './rules/index.js';
import { getNodeValue } from 'jsonc-parser';
import { compileParsedJson, compileParsedVariant, compileStandardResponse } from '../message/compile.js';
import { applySuppressions, readSuppressions, type Suppression } from './suppressions.js';

/** Diagnostic code of a rule that crashed (the lint itself never throws). */
export const INTERNAL_ERROR = 'internal-error';

/** File kind from the options: explicit `kind`, else `.txt` = plain field-code text, else JSON. */
export function fileKind(options: LintOptions): 'json' | 'text' {
  if (options.kind) return options.kind;
  return options.filePath && /\.txt$/i.test(options.filePath) ? 'text' : 'json';
}

/** Lints one standard-response file given as text: the built-in rules, then the plugins' rules. Never throws. */
export function lint(text: string, given: LintOptions = {}): LintResult {
  return lintWithRules(rules, text, given);
}

/** What a rule reported besides the diagnostic (the RuleTester asserts it). */
export type ReportTrace = (
  diagnostic: Diagnostic,
  problem: Pick<Problem, 'messageId' | 'data'> & { suggestions?: Array<Pick<Problem, 'messageId' | 'data'>> },
) => void;

/**
 * Lints with the given built-in rules plus the plugins' rules of the options. `lint()` passes every
 * built-in rule; the RuleTester passes one rule and a `trace` to see message ids.
 */
export function lintWithRules(builtIn: readonly Rule[], text: string, given: LintOptions = {}, trace?: ReportTrace): LintResult {
  const options = ownOptions(given);
  const source = typeof text === 'string' ? text : String(text);
  const lines = new TextLines(source);
  const diagnostics: Diagnostic[] = [];
  try {
    const { ruleList, severities, ruleIds } = resolvePlugins(builtIn, options);
    runRules(source, options, ruleList, severities, ruleIds, lines, diagnostics, trace);
  } catch (error) {
    diagnostics.push(internalError('lint', error, lines));
  }
  diagnostics.sort(
    (a, b) =>
      a.range.start.offset - b.range.start.offset ||
      a.range.end.offset - b.range.end.offset ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
  return summarize(diagnostics);
}

/** Counts of a diagnostic list. */
export function summarize(diagnostics: Diagnostic[]): LintResult {
  let errorCount = 0;
  let warningCount = 0;
  let infoCount = 0;
  let fixableCount = 0;
  for (const d of diagnostics) {
    if (d.severity === 'error') errorCount++;
    else if (d.severity === 'warning') warningCount++;
    else infoCount++;
    if (d.fix) fixableCount++;
  }
  return { diagnostics, errorCount, warningCount, infoCount, fixableCount };
}

/**
 * The rules to run (built-in first, then each plugin's, ids unique) and the configured severities:
 * the presets named in `options.presets` in order, then `options.rules`.
 */
function resolvePlugins(
  builtIn: readonly Rule[],
  options: LintOptions,
): { ruleList: readonly Rule[]; severities: Record<string, RuleSeverity>; ruleIds: ReadonlySet<string> } {
  const plugins = options.plugins ?? [];
  const ruleList = [...builtIn];
  const ids = new Set(rules.map((rule) => rule.meta.id));
  for (const plugin of plugins) {
    for (const rule of plugin.rules ?? []) {
      if (ids.has(rule.meta.id)) throw new Error(`plugin '${plugin.name}' defines rule '${rule.meta.id}', which already exists`);
      ids.add(rule.meta.id);
      ruleList.push(rule);
    }
  }
  const severities: Record<string, RuleSeverity> = Object.create(null) as Record<string, RuleSeverity>;
  for (const name of options.presets ?? []) {
    if (isBuiltinPreset(name)) {
      Object.assign(
        severities,
        builtinPreset(
          name,
          ruleList.map((rule) => rule.meta),
        ),
      );
      continue;
    }
    const slash = name.indexOf('/');
    const plugin = plugins.find((p) => p.name === name.slice(0, slash));
    const preset = plugin && slash > 0 ? ownValue(plugin.presets, name.slice(slash + 1)) : undefined;
    if (preset === undefined) {
      throw new Error(`unknown preset '${name}' (a preset is ${builtinPresetNames.join(', ')} or named <plugin>/<preset>)`);
    }
    for (const [id, severity] of Object.entries(preset)) severities[id] = severity;
  }
  for (const [id, severity] of Object.entries(options.rules ?? {})) severities[id] = severity;
  return { ruleList, severities, ruleIds: ids };
}

/** The scope of a file for `meta.appliesTo`. */
function scopeOf(file: LintFile, syntaxOnly: boolean): FileScope {
  if (file.kind === 'text') return 'plain-text';
  if (syntaxOnly) return 'invalid-json';
  return file.envelope ? 'envelope' : 'structured-body';
}

/** `{{name}}` of a message template replaced by `data.name`; a missing value is the rule's bug. */
function wordMessage(rule: Rule, problem: Pick<Problem, 'messageId' | 'data' | 'message'>): string {
  if (problem.messageId === undefined) {
    if (problem.message === undefined) throw new Error(`rule '${rule.meta.id}' reported neither a messageId nor a message`);
    return problem.message;
  }
  const template = ownValue(rule.meta.messages, problem.messageId);
  if (template === undefined)
    throw new Error(`rule '${rule.meta.id}' reported messageId '${problem.messageId}', which its meta.messages does not define`);
  return fillMessage(template, problem.data, (name) => {
    throw new Error(`rule '${rule.meta.id}' reported messageId '${problem.messageId}' without data '${name}'`);
  });
}

function runRules(
  text: string,
  options: LintOptions,
  ruleList: readonly Rule[],
  severities: Record<string, RuleSeverity>,
  ruleIds: ReadonlySet<string>,
  lines: TextLines,
  out: Diagnostic[],
  trace: ReportTrace | undefined,
): void {
  const kind = fileKind(options);
  let file: LintFile;
  let syntaxOnly = false;
  let parsedValue: unknown;
  const compileOptions = options.dataDictionary ? { dataDictionary: options.dataDictionary } : {};
  if (kind === 'text') {
    file = textFileModel(text);
    file.response =
      compileStandardResponse(text, { kind: 'text', ...(options.dataDictionary ? { dataDictionary: options.dataDictionary } : {}) })
        .response ?? undefined;
  } else {
    const parsed = parseJsonTree(text);
    if (parsed.errors.length > 0 || !parsed.root) {
      file = {
        kind: 'json',
        text,
        attachments: [],
        templates: [],
        enumStrings: [],
        templateOf: () => undefined,
        templateAt: () => undefined,
        syntaxErrors: parsed.errors,
      };
      syntaxOnly = true;
    } else {
      const value: unknown = getNodeValue(parsed.root);
      parsedValue = value;
      file = jsonFileModel(text, parsed.root, value);
      file.response = compileParsedJson(text, parsed.root, value, compileOptions).response ?? undefined;
    }
  }

  const requested = fileProfileName(file) ?? options.profile;
  const profile: LimitProfile = resolveProfile(requested) ?? resolveProfile(options.profile) ?? resolveProfile(undefined)!;
  const parseCache = new Map<TemplateText, ParseResult>();
  const analyzeCache = new Map<TemplateText, AnalyzeResult>();
  const analyzeOptions = { dataDictionary: options.dataDictionary, lengthUnit: profile.lengthUnit };

  // The rules about suppressions run last, on what the suppressions left (see suppressions.ts).
  const checkRules = ruleList.filter((rule) => rule.meta.readsSuppressions !== true);
  const suppressionRules = ruleList.filter((rule) => rule.meta.readsSuppressions === true);
  let suppressions: readonly Suppression[] = [];

  const runAll = (view: LintFile, variant: boolean, sink: Diagnostic[], list: readonly Rule[]): void => {
    // A variant view re-runs the rules whose meta.appliesTo names 'language-variant'.
    const scope = variant ? 'language-variant' : scopeOf(file, syntaxOnly);
    for (const rule of list) {
      const id = rule.meta.id;
      if (!(rule.meta.appliesTo ?? STANDARD_RESPONSE_FILES).includes(scope)) continue;
      const override: RuleSeverity | undefined = severities[id];
      const configured: RuleSeverity = override ?? rule.meta.defaultSeverity;
      if (configured === 'off') continue;
      const collected: Diagnostic[] = [];
      const context: RuleContext = {
        file: view,
        profile,
        options,
        dataDictionary: options.dataDictionary,
        report: (reported) => {
          // Own properties only: a polluted Object.prototype (a `fix`, a `messageId`) adds nothing.
          const problem = ownOptions(reported);
          // A fix from a rule that does not declare it: the rule's bug, reported as an internal error.
          if (problem.fix && !rule.meta.fixable) throw new Error(`rule '${id}' reported a fix but its meta.fixable is false`);
          // Suggestions are worded like reports: by a message id of meta.messages and data.
          const suggestions = problem.suggestions?.map((suggestion) => {
            const own = ownOptions(suggestion);
            return { ...own, message: wordMessage(rule, own) };
          });
          const diagnostic = toDiagnostic(
            id,
            suggestions === undefined ? problem : { ...problem, suggestions },
            wordMessage(rule, problem),
            override === undefined ? undefined : (override as Severity),
            configured as Severity,
            lines,
            text.length,
          );
          collected.push(diagnostic);
          trace?.(diagnostic, {
            messageId: problem.messageId,
            data: problem.data,
            suggestions: suggestions?.map(({ messageId, data }) => ({ messageId, data })),
          });
        },
        parse: (template) => {
          let result = parseCache.get(template);
          if (!result) parseCache.set(template, (result = parseTemplate(template.value)));
          return result;
        },
        analyze: (template) => {
          let result = analyzeCache.get(template);
          if (!result) {
            // Text without field codes is its own rendering: no need to run the analyzer.
            if (!template.value.includes('<$') && !template.value.includes('$>')) {
              const length = measure(template.value, profile.lengthUnit);
              result = { fieldCodes: [], functions: [], length: { min: length, max: length }, patternProblems: [], diagnostics: [] };
            } else {
              result = analyzeTemplate(template.value, analyzeOptions);
            }
            analyzeCache.set(template, result);
          }
          return result;
        },
        measure: (value) => measure(value, profile.lengthUnit),
        positionAt: (offset) => lines.positionAt(offset),
        limit: (limitId) => profile.limits[limitId],
        suppressions: rule.meta.readsSuppressions === true ? suppressions : [],
        ruleIds,
      };
      try {
        rule.check(context);
        sink.push(...collected);
      } catch (error) {
        sink.push(internalError(id, error, lines));
      }
    }
  };
  runAll(file, false, out, checkRules);
  // Each language variant is linted as if it were the structured body; rules that look at every
  // template report the same finding again, so duplicates are dropped.
  if (!syntaxOnly && file.variants) {
    const seen = new Set(out.map(diagnosticKey));
    for (const variant of file.variants) {
      if (!variant.structured) continue;
      const found: Diagnostic[] = [];
      const view: LintFile = { ...file, structured: variant.structured, variant };
      view.response = compileParsedVariant(text, file.root!, parsedValue, variant.language, compileOptions).response ?? undefined;
      runAll(view, true, found, checkRules);
      for (const d of found) {
        const key = diagnosticKey(d);
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(d);
      }
    }
  }
  if (!syntaxOnly && options.allowInlineConfig !== false) suppressions = readSuppressions(file.root);
  if (suppressions.length > 0) {
    const kept = applySuppressions(out, suppressions, (code) => code !== INTERNAL_ERROR && ruleIds.has(code));
    out.length = 0;
    out.push(...kept);
  }
  runAll(file, false, out, suppressionRules);
}

function diagnosticKey(d: Diagnostic): string {
  return `${d.code}\u0000${d.range.start.offset}\u0000${d.range.end.offset}\u0000${d.message}`;
}

function fileProfileName(file: LintFile): string | undefined {
  return file.envelope ? stringProperty(file.envelope, 'profile') : undefined;
}

function toDiagnostic(
  code: string,
  problem: Problem,
  message: string,
  override: Severity | undefined,
  fallback: Severity,
  lines: TextLines,
  length: number,
): Diagnostic {
  const clamp = (n: number) => Math.max(0, Math.min(length, n));
  let start = 0;
  let end = 0;
  if (problem.template) {
    const t = problem.template;
    start = t.toFileOffset(problem.start ?? 0);
    end = t.toFileOffset(problem.end ?? t.value.length);
  } else if (problem.node) {
    start = problem.node.offset;
    end = problem.node.offset + problem.node.length;
  } else if (problem.range) {
    start = problem.range.start;
    end = problem.range.end;
  }
  start = clamp(start);
  end = Math.max(start, clamp(end));
  const diagnostic: Diagnostic = {
    code,
    severity: override ?? problem.severity ?? fallback,
    message,
    range: lines.rangeAt(start, end),
  };
  const path = problem.path ?? (problem.template?.node ? problem.template.pointer : undefined);
  if (path !== undefined) diagnostic.path = path;
  if (problem.fix) {
    const s = clamp(problem.fix.start);
    diagnostic.fix = { range: lines.rangeAt(s, Math.max(s, clamp(problem.fix.end))), text: problem.fix.text };
  }
  if (problem.suggestions && problem.suggestions.length > 0) {
    diagnostic.suggestions = problem.suggestions.map((s) => {
      const fs = clamp(s.fix.start);
      const suggestion: Suggestion = {
        message: s.message ?? '',
        fix: { range: lines.rangeAt(fs, Math.max(fs, clamp(s.fix.end))), text: s.fix.text },
      };
      if (s.messageId !== undefined) suggestion.messageId = s.messageId;
      return suggestion;
    });
  }
  return diagnostic;
}

function internalError(ruleId: string, error: unknown, lines: TextLines): Diagnostic {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    code: INTERNAL_ERROR,
    severity: 'error',
    message: `Rule '${ruleId}' failed on this file (${reason}); please report it.`,
    range: lines.rangeAt(0, 0),
  };
}

/** Rule modules by id. */
const ruleById = new Map<string, Rule>(rules.map((r) => [r.meta.id, r] as const));

/** The rule module with this id, or undefined. */
export function getRule(id: string): Rule | undefined {
  return ruleById.get(id);
}

/** Metadata of every rule, in catalog order. */
export const ruleMetas = Object.freeze(rules.map((r) => r.meta));
