import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import { ownOptions, type DataDictionary, type Diagnostic } from '@fieldcode/language';
import type { FieldcodeConfig, RuleMeta } from '@fieldcode/content';
import { content } from './content.js';
import { toPosix } from './discover.js';
import { UsageError } from './errors.js';
import { readTextFile } from './read-text.js';
import { formatDiagnosticLine, positionAt } from './text-position.js';

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

/** Rejects rule ids in the config's `rules` that no rule has, positioned at the key. */
export function checkRuleIds(loaded: LoadedConfig, metas: readonly RuleMeta[], cwd: string): void {
  const configured = Object.keys(loaded.config.rules ?? {});
  if (configured.length === 0 || loaded.path === undefined || loaded.text === undefined) return;
  const known = new Set(metas.map((meta) => meta.id));
  const unknown = configured.filter((id) => !known.has(id));
  if (unknown.length === 0) return;
  const shown = displayPath(cwd, loaded.path);
  const tree = parseTree(loaded.text);
  const lines = unknown.map((id) => {
    const keyNode = tree === undefined ? undefined : findNodeAtLocation(tree, ['rules', id])?.parent?.children?.[0];
    const start = positionAt(loaded.text!, keyNode?.offset ?? 0);
    const end = positionAt(loaded.text!, (keyNode?.offset ?? 0) + (keyNode?.length ?? 0));
    const diagnostic: Diagnostic = { code: 'unknown-rule', severity: 'error', message: `Unknown rule '${id}'.`, range: { start, end } };
    return formatDiagnosticLine(shown, diagnostic);
  });
  throw new UsageError(`invalid config ${shown} (${plural(unknown.length)})`, lines);
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

/** A path relative to `cwd` when inside it, else absolute; always with `/` separators. */
export function displayPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return toPosix(rel === '' ? '.' : rel.startsWith('..') ? path : rel);
}
