import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UsageError, messageOf } from '../errors.js';
import type { LintReport } from '../report.js';
import { eslintResults, type JsonFileResult } from './json.js';
import { absoluteDocsUri } from './sarif.js';

/** What a custom formatter receives besides the results: ESLint's formatter context. */
export interface CustomFormatterContext {
  cwd: string;
  /** ESLint's `rulesMeta`: every rule's docs and fix kind, by rule id. */
  rulesMeta: Record<string, { type: 'problem' | 'suggestion'; docs: { description: string; url: string }; fixable?: 'code' }>;
  /** Always false: `--max-warnings` is decided after formatting. */
  maxWarningsExceeded?: false;
}

/** A custom formatter: ESLint's contract, so most ESLint formatters work as they are. */
export type CustomFormatter = (results: JsonFileResult[], context: CustomFormatterContext) => string | Promise<string>;

/** True when a `--format` value names a file rather than a built-in format. */
export function isFormatterPath(value: string): boolean {
  return value.includes('/') || value.includes('\\') || /\.(?:m|c)?js$/.test(value);
}

/**
 * Loads the formatter module at `path` (relative to `cwd`): its default export (or, for CommonJS,
 * `module.exports`) must be a function. Fails with a usage error that names the file.
 */
export async function loadCustomFormatter(path: string, cwd: string): Promise<(report: LintReport) => Promise<string>> {
  const file = resolve(cwd, path);
  if (!existsSync(file)) throw new UsageError(`lint: no formatter file ${path}`);
  let module: { default?: unknown };
  try {
    module = (await import(pathToFileURL(file).href)) as { default?: unknown };
  } catch (error) {
    throw new UsageError(`lint: cannot load formatter ${path}: ${messageOf(error)}`);
  }
  const format = module.default;
  if (typeof format !== 'function') throw new UsageError(`lint: formatter ${path} has no default export function`);
  return async (report) => {
    let output: unknown;
    try {
      output = await (format as CustomFormatter)(eslintResults(report), contextOf(report));
    } catch (error) {
      throw new UsageError(`lint: formatter ${path} failed: ${messageOf(error)}`);
    }
    if (typeof output !== 'string') throw new UsageError(`lint: formatter ${path} returned ${typeof output}, not a string`);
    return output;
  };
}

function contextOf(report: LintReport): CustomFormatterContext {
  const rulesMeta: CustomFormatterContext['rulesMeta'] = {};
  for (const rule of report.rules) {
    rulesMeta[rule.id] = {
      type: rule.defaultSeverity === 'error' ? 'problem' : 'suggestion',
      docs: { description: rule.description, url: absoluteDocsUri(rule.docs, rule.id) },
      ...(rule.fixable ? { fixable: 'code' as const } : {}),
    };
  }
  return { cwd: report.cwd, rulesMeta, maxWarningsExceeded: false };
}
