/**
 * The lint core (SPEC §4.4): platform-free, runs in Node (CLI) and in a browser worker (editor).
 * `lint(text)` returns diagnostics positioned in the file text, sorted by offset.
 */
import { ownOptions, ownValue } from '@fieldcode/language';
import type { AnalyzeResult, Diagnostic, Severity } from '@fieldcode/language';
import { resolveProfile } from '../profiles/index.js';
import type { LimitProfile, LintOptions, LintResult, RuleSeverity } from '../types.js';
import { jsonFileModel, textFileModel, type LintFile, type TemplateText } from './file.js';
import { analyzeTemplate, measure, parseTemplate, type ParseResult } from './language.js';
import { TextLines } from './json/lines.js';
import { parseJsonTree, stringProperty } from './json/tree.js';
import type { Problem, Rule, RuleContext } from './rule.js';
import { rules } from './rules/index.js';
import { getNodeValue } from 'jsonc-parser';
import { compileParsedJson, compileParsedVariant, compileStandardResponse } from '../message/compile.js';

/** Diagnostic code of a rule that crashed (the lint itself never throws). */
export const INTERNAL_ERROR = 'internal-error';

/** File kind from the options: explicit `kind`, else `.txt` = plain field-code text, else JSON. */
export function fileKind(options: LintOptions): 'json' | 'text' {
  if (options.kind) return options.kind;
  return options.filePath && /\.txt$/i.test(options.filePath) ? 'text' : 'json';
}

/** Lints one standard-response file given as text. Never throws. */
export function lint(text: string, given: LintOptions = {}): LintResult {
  const options = ownOptions(given);
  const source = typeof text === 'string' ? text : String(text);
  const lines = new TextLines(source);
  const diagnostics: Diagnostic[] = [];
  try {
    runRules(source, options, lines, diagnostics);
  } catch (error) {
    diagnostics.push(internalError('lint', error, lines));
  }
  diagnostics.sort(
    (a, b) => a.range.start.offset - b.range.start.offset || a.range.end.offset - b.range.end.offset || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
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

function runRules(text: string, options: LintOptions, lines: TextLines, out: Diagnostic[]): void {
  const kind = fileKind(options);
  let file: LintFile;
  let syntaxOnly = false;
  let parsedValue: unknown;
  const compileOptions = options.dataDictionary ? { dataDictionary: options.dataDictionary } : {};
  if (kind === 'text') {
    file = textFileModel(text);
    file.response = compileStandardResponse(text, { kind: 'text', ...(options.dataDictionary ? { dataDictionary: options.dataDictionary } : {}) }).response ?? undefined;
  } else {
    const parsed = parseJsonTree(text);
    if (parsed.errors.length > 0 || !parsed.root) {
      file = { kind: 'json', text, attachments: [], templates: [], enumStrings: [], templateOf: () => undefined, templateAt: () => undefined, syntaxErrors: parsed.errors };
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

  const runAll = (view: LintFile, variant: boolean, sink: Diagnostic[]): void => {
    for (const rule of rules) {
      const id = rule.meta.id;
      if (syntaxOnly && id !== 'json-syntax') continue;
      // A variant view re-runs the rules that read the structured body; file-wide rules ran once.
      if (variant && FILE_WIDE_RULES.has(id)) continue;
      if (kind === 'text' && (id === 'json-syntax' || id === 'schema')) continue;
      const override: RuleSeverity | undefined = ownValue(options.rules, id);
      const configured: RuleSeverity = override ?? rule.meta.defaultSeverity;
      if (configured === 'off') continue;
      const collected: Diagnostic[] = [];
      const context: RuleContext = {
        file: view,
        profile,
        options,
        dataDictionary: options.dataDictionary,
        report: (problem) => collected.push(toDiagnostic(id, problem, override === undefined ? undefined : (override as Severity), configured as Severity, lines, text.length)),
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
              result = { fieldCodes: [], functions: [], length: { min: length, max: length }, diagnostics: [] };
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
      };
      try {
        rule.check(context);
        sink.push(...collected);
      } catch (error) {
        sink.push(internalError(id, error, lines));
      }
    }
  };
  runAll(file, false, out);
  // Each language variant is linted as if it were the structured body; rules that look at every
  // template report the same finding again, so duplicates are dropped.
  if (!syntaxOnly && file.variants) {
    const seen = new Set(out.map(diagnosticKey));
    for (const variant of file.variants) {
      if (!variant.structured) continue;
      const found: Diagnostic[] = [];
      const view: LintFile = { ...file, structured: variant.structured, variant };
      view.response = compileParsedVariant(text, file.root!, parsedValue, variant.language, compileOptions).response ?? undefined;
      runAll(view, true, found);
      for (const d of found) {
        const key = diagnosticKey(d);
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(d);
      }
    }
  }
}

/** Rules that check the whole file rather than its structured body: run once, not per variant. */
const FILE_WIDE_RULES: ReadonlySet<string> = new Set(['json-syntax', 'schema', 'unknown-profile']);

function diagnosticKey(d: Diagnostic): string {
  return `${d.code}\u0000${d.range.start.offset}\u0000${d.range.end.offset}\u0000${d.message}`;
}

function fileProfileName(file: LintFile): string | undefined {
  return file.envelope ? stringProperty(file.envelope, 'profile') : undefined;
}

function toDiagnostic(
  code: string,
  problem: Problem,
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
    message: problem.message,
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
      return { message: s.message, fix: { range: lines.rangeAt(fs, Math.max(fs, clamp(s.fix.end))), text: s.fix.text } };
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
const ruleById = new Map<string, Rule>(rules.map((r) => [r.meta.id, r]));

/** The rule module with this id, or undefined. */
export function getRule(id: string): Rule | undefined {
  return ruleById.get(id);
}

/** Metadata of every rule, in catalog order. */
export const ruleMetas = Object.freeze(rules.map((r) => r.meta));
