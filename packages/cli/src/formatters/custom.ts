import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UsageError, messageOf } from '../errors.js';
import type { LintReport } from '../report.js';
import { eslintResults, type JsonFileResult } from './json.js';
import { absoluteDocsUri } from './sarif.js';
import { formatNames } from './index.js';

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

/**
 * True when a `--format` value names a file rather than a built-in format or a package: it holds
 * `/` (a scoped package `@scope/name` excepted) or a backslash, or ends in `.js`, `.mjs` or `.cjs`.
 */
export function isFormatterPath(value: string): boolean {
  if (value.startsWith('@')) return false;
  return value.includes('/') || value.includes('\\') || /\.(?:m|c)?js$/.test(value);
}

/** An npm package name, optionally scoped, or a bare scope (`@acme`); lower case, as npm requires. */
const PACKAGE_NAME = /^(?:@[a-z0-9~-][a-z0-9._~-]*(?:\/[a-z0-9~-][a-z0-9._~-]*)?|[a-z0-9~-][a-z0-9._~-]*)$/;

/** True when a `--format` value can name a formatter package (checked after the built-in names). */
export function isFormatterPackageName(value: string): boolean {
  return value.length <= 214 && PACKAGE_NAME.test(value);
}

const PREFIXES = ['fieldcode-formatter', 'eslint-formatter'] as const;

/**
 * The packages a formatter name may mean, in the order they are tried, as ESLint names formatter
 * packages: `pretty` → `fieldcode-formatter-pretty`, `eslint-formatter-pretty`, `pretty`;
 * `@acme/ci` → `@acme/fieldcode-formatter-ci`, `@acme/eslint-formatter-ci`, `@acme/ci`;
 * `@acme` → `@acme/fieldcode-formatter`, `@acme/eslint-formatter`. A name that already carries a
 * prefix is tried as it is.
 */
export function formatterPackageCandidates(name: string): string[] {
  const slash = name.indexOf('/');
  if (name.startsWith('@') && slash < 0) return PREFIXES.map((prefix) => `${name}/${prefix}`);
  const scope = name.startsWith('@') ? name.slice(0, slash + 1) : '';
  const bare = name.slice(scope.length);
  if (PREFIXES.some((prefix) => bare.startsWith(`${prefix}-`))) return [name];
  return [...PREFIXES.map((prefix) => `${scope}${prefix}-${bare}`), name];
}

/**
 * Resolves a formatter package from each folder in turn (the working directory, then the config
 * file's folder), as `require.resolve` does from there: the first candidate found wins.
 */
function resolveFormatterPackage(name: string, folders: readonly string[]): { file: string; shown: string } {
  const candidates = formatterPackageCandidates(name);
  for (const folder of folders) {
    const require = createRequire(join(folder, 'noop.js'));
    for (const candidate of candidates) {
      try {
        return { file: require.resolve(candidate), shown: candidate };
      } catch (error) {
        if ((error as { code?: unknown }).code === 'MODULE_NOT_FOUND') continue;
        throw new UsageError(`lint: cannot load formatter ${candidate}: ${messageOf(error)}`);
      }
    }
  }
  const listed = `${candidates.slice(0, -1).join(', ')} or ${candidates.at(-1)!}`;
  throw new UsageError(
    `lint: invalid --format '${name}': not a built-in format (${formatNames.join(', ')}), and none of the formatter ` +
      `packages ${listed} can be found from the working directory or the config's folder`,
  );
}

/**
 * Loads a custom formatter: the module at a path (`./f.mjs`, relative to `cwd`) or a package
 * ({@link formatterPackageCandidates}, resolved from `cwd`, then `configFolder`). Its default
 * export (or, for CommonJS, `module.exports`) must be a function. Fails with a usage error that
 * names the file or package.
 */
export async function loadCustomFormatter(
  spec: string,
  cwd: string,
  configFolder: string = cwd,
): Promise<(report: LintReport) => Promise<string>> {
  let file: string;
  let path: string;
  if (isFormatterPath(spec)) {
    file = resolve(cwd, spec);
    path = spec;
    if (!existsSync(file)) throw new UsageError(`lint: no formatter file ${path}`);
  } else {
    ({ file, shown: path } = resolveFormatterPackage(spec, [...new Set([cwd, configFolder])]));
  }
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
