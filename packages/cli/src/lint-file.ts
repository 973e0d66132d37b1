import { ownOptions, ownValue, type Diagnostic, type DataDictionary } from '@fieldcode/language';
import type { ApprovedTemplate, ConfigOverride, LintOptions, LintPlugin, LintResult, RuleSeverity } from '@fieldcode/content';
import { relative, sep } from 'node:path';
import { globMatcher } from './glob.js';
import type { LintCache } from './lint-cache.js';
import { binaryFileDiagnostic, fileTooLargeDiagnostic } from './cli-rules.js';
import type { ContentApi } from './content.js';
import { messageOf } from './errors.js';
import { decode, maxFileBytes, readTextFile, type ReadOutcome } from './read-text.js';
import { plural, type FileReport } from './report.js';
import { realpath } from 'node:fs/promises';
import { isInside } from './http/guard.js';
import { WriteRefusedError, writeFileAtomic } from './write-atomic.js';

/** What every file of one run is linted with (plain data but for the plugins' rule objects). */
export interface LintJob {
  profile?: string;
  /** The profile came from `--profile`: it wins over the config's `overrides` too. */
  profileFromFlag?: boolean;
  /** The config's `extends`, in order. */
  presets?: readonly string[];
  /** The severities of every preset the config names (resolved once, so the job stays plain data). */
  presetSeverities?: Readonly<Record<string, Readonly<Record<string, RuleSeverity>>>>;
  rules?: Record<string, RuleSeverity>;
  /** The config's `overrides`, matched against paths relative to `configDirectory`. */
  overrides?: readonly ConfigOverride[];
  configDirectory?: string;
  dataDictionary?: DataDictionary;
  /** Meta's template listing (`--templates`, config `templates`). */
  templates?: readonly ApprovedTemplate[];
  /** Plugins named in the config (loaded by plugins.ts); their presets are named in `presets`. */
  plugins?: readonly LintPlugin[];
  fix: boolean;
  /** `--fix-dry-run`: fix in memory and report the fixed text, never write (needs `fix` false). */
  fixDryRun?: boolean;
  /** Real paths of the folders `--fix` may write in (the linted tree); absent: anywhere. */
  writeRoots?: readonly string[];
  /** `--no-inline-config`: the files' `x-fieldcode-disable` suppressions are ignored. */
  allowInlineConfig?: false;
}

/** One file to lint: absolute path and the path shown in reports. */
export interface LintTarget {
  path: string;
  shown: string;
}

/** The outcome for one file: its report and, after `--fix`, the line telling what changed. */
export interface LintedFile {
  report: FileReport;
  note?: string;
}

export type LintApi = Pick<ContentApi, 'lint' | 'applyFixes' | 'fileKind'>;

/** `--fix` re-runs until nothing more applies, at most this many times (as ESLint does). */
const maxFixPasses = 10;

/** Reads, lints and (with `fix`) fixes one file. */
export async function lintFile(api: LintApi, given: LintJob, target: LintTarget, cache?: LintCache): Promise<LintedFile> {
  const job = ownOptions(given);
  const outcome = readTextFile(target.path, target.shown);
  if (cache === undefined || outcome.kind !== 'text') return lintOutcome(api, job, target, outcome);
  // A cached report stands only when nothing would be fixed (a fix run must see and apply the fixes).
  const cached = cache.get(target.path, outcome.text);
  if (cached !== undefined && (!(job.fix || job.fixDryRun === true) || !cached.some((d) => Object.hasOwn(d, 'fix')))) {
    return { report: { path: target.path, displayPath: target.shown, text: outcome.text, diagnostics: cached.map((d) => ({ ...d })) } };
  }
  const linted = await lintOutcome(api, job, target, outcome);
  if (linted.report.text !== undefined && linted.report.output === undefined)
    cache.set(target.path, linted.report.text, linted.report.diagnostics);
  return linted;
}

/**
 * Lints text that did not come from a file (`--stdin`): the bytes are checked like a file's
 * (size, NUL bytes, UTF-8); `--fix` never applies (nothing to write back), `fixDryRun` does.
 */
export async function lintBytes(api: LintApi, given: LintJob, target: LintTarget, bytes: Uint8Array): Promise<LintedFile> {
  const job = { ...ownOptions(given), fix: false };
  const outcome: ReadOutcome = bytes.length > maxFileBytes ? { kind: 'too-large', bytes: bytes.length } : decode(bytes);
  return lintOutcome(api, job, target, outcome);
}

async function lintOutcome(api: LintApi, job: LintJob, target: LintTarget, outcome: ReadOutcome): Promise<LintedFile> {
  const { path, shown } = target;
  if (outcome.kind === 'too-large') {
    return { report: { path, displayPath: shown, diagnostics: withSeverity([fileTooLargeDiagnostic(outcome.bytes, maxFileBytes)], job) } };
  }
  if (outcome.kind === 'binary') {
    return { report: { path, displayPath: shown, diagnostics: withSeverity([binaryFileDiagnostic(outcome.text, outcome.reason)], job) } };
  }
  const options = lintOptions(job, shown, path);
  const result = lintOrThrow(api, outcome.text, options, shown);
  if (job.fixDryRun === true) {
    const dry = fixText(api, outcome.text, options, shown, result);
    const report: FileReport = { path, displayPath: shown, text: dry.text, diagnostics: dry.result.diagnostics };
    if (dry.text !== outcome.text) report.output = dry.text;
    return dry.refused === undefined ? { report } : { report, note: `fieldcode: not fixing ${shown}: the fixed text would not parse` };
  }
  if (!job.fix) return { report: { path, displayPath: shown, text: outcome.text, diagnostics: result.diagnostics } };
  const fixed = await fixFile(api, { path, shown, text: outcome.text, result, options }, job.writeRoots);
  const linted: LintedFile = { report: { path, displayPath: shown, text: fixed.text, diagnostics: fixed.result.diagnostics } };
  if (fixed.note !== undefined) linted.note = fixed.note;
  return linted;
}

/**
 * The lint options of one file of a job (`shown` decides JSON or field-code text by its
 * extension): the job's settings with the config's `overrides` that match `path` (absolute) applied.
 */
export function lintOptions(job: LintJob, shown: string, path?: string): LintOptions {
  const options: LintOptions = { filePath: shown };
  const settings = settingsFor(job, path);
  if (settings.profile !== undefined) options.profile = settings.profile;
  if (settings.presets !== undefined && settings.presets.length > 0) options.presets = settings.presets;
  if (settings.rules !== undefined) options.rules = settings.rules;
  if (job.dataDictionary !== undefined) options.dataDictionary = job.dataDictionary;
  if (job.templates !== undefined) options.templates = job.templates;
  if (job.plugins !== undefined && job.plugins.length > 0) options.plugins = job.plugins;
  if (job.allowInlineConfig === false) options.allowInlineConfig = false;
  return options;
}

/**
 * The profile, presets and rules for the file at `path`, layered as ESLint layers configs: the
 * config's presets, its `rules`, then for each matching override in order its presets and its
 * `rules` — a later layer wins. With `presetSeverities` the layers are flattened into `rules` (the
 * engine then needs no presets); without, presets are handed to the engine before all rules.
 */
export function settingsFor(job: LintJob, path: string | undefined): Pick<LintJob, 'profile' | 'presets' | 'rules'> {
  const posix = path === undefined ? undefined : pathInConfig(job, path);
  const matching = posix === undefined ? [] : (job.overrides ?? []).filter((override) => overrideMatches(override, posix));
  let { profile } = job;
  for (const override of matching) if (override.profile !== undefined && job.profileFromFlag !== true) profile = override.profile;
  const layers: { presets: readonly string[]; rules: Record<string, RuleSeverity> | undefined }[] = [
    { presets: job.presets ?? [], rules: job.rules },
    ...matching.map((override) => ({ presets: override.extends === undefined ? [] : [override.extends].flat(), rules: override.rules })),
  ];
  const settings: Pick<LintJob, 'profile' | 'presets' | 'rules'> = {};
  if (profile !== undefined) settings.profile = profile;
  const resolved = job.presetSeverities;
  if (resolved === undefined) {
    settings.presets = layers.flatMap((layer) => layer.presets);
    settings.rules = Object.assign({}, ...layers.map((layer) => layer.rules ?? {})) as Record<string, RuleSeverity>;
    return settings;
  }
  const rules: Record<string, RuleSeverity> = {};
  for (const layer of layers) {
    for (const name of layer.presets) Object.assign(rules, resolved[name]);
    Object.assign(rules, layer.rules);
  }
  settings.rules = rules;
  return settings;
}

/** `path` relative to the config directory with `/` separators, or undefined outside it or without overrides. */
function pathInConfig(job: LintJob, path: string): string | undefined {
  if (job.overrides === undefined || job.overrides.length === 0 || job.configDirectory === undefined) return undefined;
  const rel = relative(job.configDirectory, path);
  if (rel.startsWith('..')) return undefined;
  return sep === '/' ? rel : rel.split(sep).join('/');
}

const overrideMatchers = new WeakMap<ConfigOverride, (path: string) => boolean>();

function overrideMatches(override: ConfigOverride, path: string): boolean {
  let matches = overrideMatchers.get(override);
  if (matches === undefined) {
    const where = "config 'overrides'";
    const files = override.files.map((glob) => globMatcher(glob, where, { basename: true }));
    const excluded = (override.excludedFiles ?? []).map((glob) => globMatcher(glob, where, { basename: true }));
    matches = (candidate) => files.some((m) => m(candidate)) && !excluded.some((m) => m(candidate));
    overrideMatchers.set(override, matches);
  }
  return matches(path);
}

/** Applies the config's severity (or `off`) to the CLI's own findings. */
function withSeverity(diagnostics: Diagnostic[], job: LintJob): Diagnostic[] {
  return diagnostics.flatMap((diagnostic) => {
    const configured = ownValue(job.rules, diagnostic.code) ?? diagnostic.severity;
    return configured === 'off' ? [] : [{ ...diagnostic, severity: configured }];
  });
}

/** A crashing lint is a tool failure (exit 2) named after the file, not a silently missing finding. */
function lintOrThrow(api: LintApi, text: string, options: LintOptions, shown: string): LintResult {
  try {
    return api.lint(text, options);
  } catch (error) {
    throw new Error(`linting ${shown} failed: ${messageOf(error)}`, { cause: error });
  }
}

interface FixTarget {
  path: string;
  shown: string;
  text: string;
  result: LintResult;
  options: LintOptions;
}

/** What {@link fixText} produced: the fixed text, its lint result, how many fixes applied, and why it stopped early. */
export interface FixedText {
  text: string;
  result: LintResult;
  fixed: number;
  /** Set when a pass was discarded because its output would not parse. */
  refused?: 'would-not-parse';
}

/**
 * Applies safe fixes until none remain (at most {@link maxFixPasses} passes), in memory: the one
 * fix core of `--fix` and the studio's "Fix all". A text that does not parse is never touched, and
 * a pass whose output would not parse (or would add field-code syntax errors) is discarded.
 */
export function fixText(
  api: LintApi,
  text: string,
  options: LintOptions,
  shown: string,
  result: LintResult = lintOrThrow(api, text, options, shown),
): FixedText {
  if (count(result, 'json-syntax') > 0) return { text, result, fixed: 0 };
  let fixed = 0;
  for (let pass = 0; pass < maxFixPasses && result.diagnostics.some((diagnostic) => Object.hasOwn(diagnostic, 'fix')); pass++) {
    const applied = api.applyFixes(text, result.diagnostics, { kind: api.fileKind(options) });
    if (applied.applied === 0 || applied.text === text) break;
    const next = lintOrThrow(api, applied.text, options, shown);
    if (count(next, 'json-syntax') > 0 || count(next, 'field-code-syntax') > count(result, 'field-code-syntax')) {
      return { text, result, fixed, refused: 'would-not-parse' };
    }
    text = applied.text;
    result = next;
    fixed += applied.applied;
  }
  return { text, result, fixed };
}

/** {@link fixText}, then writes the file atomically when anything changed. */
async function fixFile(
  api: LintApi,
  target: FixTarget,
  writeRoots: readonly string[] | undefined,
): Promise<{ text: string; result: LintResult; note?: string }> {
  const { text, result, fixed, refused: unparsable } = fixText(api, target.text, target.options, target.shown, target.result);
  let note: string | undefined = unparsable ? `fieldcode: not fixing ${target.shown}: the fixed text would not parse` : undefined;
  if (fixed > 0) {
    const refused = await writeFixed(target.path, text, writeRoots);
    // Not written: the report shows the file as it is.
    if (refused !== undefined)
      return { text: target.text, result: target.result, note: `fieldcode: not fixing ${target.shown}: ${refused}` };
    note = `fixed ${plural(fixed, 'problem')} in ${target.shown}`;
  }
  return note === undefined ? { text, result } : { text, result, note };
}

/**
 * Writes the fixed text unless the file resolves outside the linted tree or cannot be replaced
 * without losing its hard links or owner; returns why it was not written.
 */
async function writeFixed(path: string, text: string, writeRoots: readonly string[] | undefined): Promise<string | undefined> {
  if (writeRoots !== undefined) {
    const real = await realpath(path).catch(() => path);
    if (!writeRoots.some((root) => isInside(root, real))) return `it resolves to ${real}, outside the linted tree`;
  }
  try {
    await writeFileAtomic(path, text);
    return undefined;
  } catch (error) {
    if (error instanceof WriteRefusedError) return error.message;
    throw error;
  }
}

function count(result: LintResult, code: string): number {
  return result.diagnostics.filter((diagnostic) => diagnostic.code === code).length;
}
