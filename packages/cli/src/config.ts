import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import { ownOptions, type DataDictionary, type Diagnostic } from '@fieldcode/language';
import type { FieldcodeConfig, RuleMeta, RuleSeverity } from '@fieldcode/content';
import { content } from './content.js';
import { toPosix } from './discover.js';
import { UsageError } from './errors.js';
import { readTextFile } from './read-text.js';
import { formatDiagnosticLine, positionAt } from './text-position.js';
import type { LintJob } from './lint-file.js';

/** Name of the configuration file looked up from the working directory upward. */
export const configFileName = 'fieldcode.config.json';

/** A loaded, validated configuration. */
export interface LoadedConfig {
  /** Absolute path of the config file; absent when none was found. */
  path?: string;
  /** Directory that relative paths in the config (`dataSchema`, `ignore`) are resolved against. */
  directory: string;
  config: FieldcodeConfig;
  /** Config text (used to position later findings such as unknown rule ids). */
  text?: string;
  /** Non-fatal config findings, already formatted as `file:line:col severity message [code]`. */
  warnings: string[];
}

/** The nearest `fieldcode.config.json` in `start` or one of its ancestors (up to the file-system root). */
export function findConfigFile(start: string): string | undefined {
  let directory = resolve(start);
  for (;;) {
    const candidate = join(directory, configFileName);
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    const parent = dirname(directory);
    if (parent === directory) return undefined;
    directory = parent;
  }
}

/**
 * Loads `--config FILE` or the discovered config and validates it against the `fieldcode-config`
 * schema. Any error becomes a {@link UsageError} whose details are positioned diagnostics.
 */
export async function loadConfig(cwd: string, explicit: string | undefined): Promise<LoadedConfig> {
  const path = explicit !== undefined ? resolve(cwd, explicit) : findConfigFile(cwd);
  // The config is read by its own properties only (an inherited `profile` or `dataSchema` must not count).
  if (path === undefined) return { directory: cwd, config: ownOptions<FieldcodeConfig>({}), warnings: [] };
  const shown = displayPath(cwd, path);
  const read = readTextFile(path, shown);
  if (read.kind !== 'text') throw new UsageError(`invalid config ${shown}: not a UTF-8 text file of at most 5 MB`);

  const { validateJsonText } = await content('validateJsonText');
  const { value, diagnostics } = validateJsonText(read.text, 'fieldcode-config');
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  if (errors.length > 0) {
    throw new UsageError(
      `invalid config ${shown} (${errors.length} ${errors.length === 1 ? 'error' : 'errors'})`,
      diagnostics.map((diagnostic) => formatDiagnosticLine(shown, diagnostic)),
    );
  }
  return {
    path,
    directory: dirname(path),
    config: ownOptions((value ?? {}) as FieldcodeConfig),
    text: read.text,
    warnings: diagnostics.map((diagnostic) => formatDiagnosticLine(shown, diagnostic)),
  };
}

/**
 * Rejects rule ids in the config's `rules` (top level and `overrides`) that no rule has, and
 * `extends` entries that name no preset, each positioned at its place in the config.
 */
export function checkRuleIds(loaded: LoadedConfig, metas: readonly RuleMeta[], cwd: string, presetNames: readonly string[] = []): void {
  if (loaded.path === undefined || loaded.text === undefined) return;
  const known = new Set(metas.map((meta) => meta.id));
  const presets = new Set(presetNames);
  const problems: { path: (string | number)[]; key: boolean; code: string; message: string }[] = [];
  const scopes: { path: (string | number)[]; rules?: Record<string, unknown>; extends?: string | string[] }[] = [
    { path: [], ...pick(loaded.config) },
    ...(loaded.config.overrides ?? []).map((override, index) => ({ path: ['overrides', index], ...pick(override) })),
  ];
  for (const scope of scopes) {
    for (const id of Object.keys(scope.rules ?? {})) {
      if (!known.has(id))
        problems.push({ path: [...scope.path, 'rules', id], key: true, code: 'unknown-rule', message: `Unknown rule '${id}'.` });
    }
    const named = scope.extends === undefined ? [] : [scope.extends].flat();
    named.forEach((name, index) => {
      if (presets.has(name)) return;
      const path = Array.isArray(scope.extends) ? [...scope.path, 'extends', index] : [...scope.path, 'extends'];
      problems.push({ path, key: false, code: 'unknown-preset', message: `Unknown preset '${name}' (known: ${[...presets].join(', ')}).` });
    });
  }
  if (problems.length === 0) return;
  const shown = displayPath(cwd, loaded.path);
  const tree = parseTree(loaded.text);
  const lines = problems.map((problem) => {
    const valueNode = tree === undefined ? undefined : findNodeAtLocation(tree, problem.path);
    const node = problem.key ? valueNode?.parent?.children?.[0] : valueNode;
    const start = positionAt(loaded.text!, node?.offset ?? 0);
    const end = positionAt(loaded.text!, (node?.offset ?? 0) + (node?.length ?? 0));
    const diagnostic: Diagnostic = { code: problem.code, severity: 'error', message: problem.message, range: { start, end } };
    return formatDiagnosticLine(shown, diagnostic);
  });
  const unknownRules = problems.filter((problem) => problem.code === 'unknown-rule').length;
  const unknownPresets = problems.length - unknownRules;
  const summary =
    unknownPresets === 0
      ? plural(unknownRules)
      : unknownRules === 0
        ? `${unknownPresets} unknown ${unknownPresets === 1 ? 'preset' : 'presets'}`
        : `${problems.length} unknown rules or presets`;
  throw new UsageError(`invalid config ${shown} (${summary})`, lines);
}

function pick(scope: { rules?: Record<string, unknown>; extends?: string | string[] }): {
  rules?: Record<string, unknown>;
  extends?: string | string[];
} {
  const picked: { rules?: Record<string, unknown>; extends?: string | string[] } = {};
  if (scope.rules !== undefined) picked.rules = scope.rules;
  if (scope.extends !== undefined) picked.extends = scope.extends;
  return picked;
}

function plural(count: number): string {
  return `${count} unknown ${count === 1 ? 'rule' : 'rules'}`;
}

/**
 * The data dictionary from the config's `dataSchema` (a render-data JSON Schema, relative to the
 * config file), or undefined when none is configured.
 */
export async function loadDataDictionary(loaded: LoadedConfig, cwd: string): Promise<DataDictionary | undefined> {
  const schemaPath = loaded.config.dataSchema;
  if (schemaPath === undefined) return undefined;
  const path = resolve(loaded.directory, schemaPath);
  const shown = displayPath(cwd, path);
  const read = readTextFile(path, shown);
  if (read.kind !== 'text') throw new UsageError(`invalid dataSchema ${shown}: not a UTF-8 text file of at most 5 MB`);
  // The schema may be any file: its syntax error is positioned and worded without quoting it.
  const { buildDataDictionary, parseJsonText, MAX_SCHEMA_FIELDS } = await content(
    'buildDataDictionary',
    'parseJsonText',
    'MAX_SCHEMA_FIELDS',
  );
  const { value, diagnostics } = parseJsonText(read.text, { quoteText: false });
  if (diagnostics.length > 0) {
    throw new UsageError(
      `invalid dataSchema ${shown}: not JSON`,
      diagnostics.map((diagnostic) => formatDiagnosticLine(shown, diagnostic)),
    );
  }
  const dictionary = buildDataDictionary(value);
  if (dictionary.truncatedAt !== undefined) {
    throw new UsageError(
      `invalid dataSchema ${shown}: it describes more than ${MAX_SCHEMA_FIELDS} fields ($ref or allOf fanning out); reading stopped at ${dictionary.truncatedAt}`,
    );
  }
  return dictionary;
}

/**
 * The lint settings a config gives every file (`--profile` aside): presets from `extends`, rule
 * severities, and the `overrides` with the directory their globs are relative to. One reading of
 * the config for `fieldcode lint`, the studio and the language server.
 */
export function configuredJob(
  loaded: LoadedConfig,
  presetSeverities: (name: string) => Readonly<Record<string, RuleSeverity>>,
): Pick<LintJob, 'presets' | 'presetSeverities' | 'rules' | 'overrides' | 'configDirectory'> {
  const job: Pick<LintJob, 'presets' | 'presetSeverities' | 'rules' | 'overrides' | 'configDirectory'> = {};
  if (loaded.config.extends !== undefined) job.presets = [loaded.config.extends].flat();
  const named = [...(job.presets ?? []), ...(loaded.config.overrides ?? []).flatMap((override) => [override.extends ?? []].flat())];
  if (named.length > 0) job.presetSeverities = Object.fromEntries(named.map((name) => [name, presetSeverities(name)]));
  if (loaded.config.rules !== undefined) job.rules = loaded.config.rules;
  if (loaded.config.overrides !== undefined && loaded.config.overrides.length > 0) {
    job.overrides = loaded.config.overrides;
    job.configDirectory = loaded.directory;
  }
  return job;
}

/** A path relative to `cwd` when inside it, else absolute; always with `/` separators. */
export function displayPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return toPosix(rel === '' ? '.' : rel.startsWith('..') ? path : rel);
}
