import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { UsageError } from './errors.js';
import { globBase, globMatcher, hasGlobSyntax, isNegated } from './glob.js';
import { IgnoreRules } from './ignore-rules.js';

/**
 * File discovery for `fieldcode lint`.
 *
 * - A plain file argument is always linted (`.txt` as field-code text, anything else as JSON).
 * - A directory is walked recursively for `.json` and `.txt` files.
 * - A glob (`examples/**\/*.json`) walks its static base directory and keeps the files it matches.
 * - A negated glob (`!examples/drafts/**`) removes the files it matches from what the others found.
 *
 * While walking, `node_modules`, dot-directories and `data/` directories (sample render data, not
 * standard responses) are skipped, as are dotfiles, `fieldcode.config.json`, `fieldcode-baseline.json`, `*.schema.json`,
 * `*.data.json`, `package.json`, `package-lock.json` and `tsconfig*.json`. Symbolic links to
 * directories are not followed (no cycles). The config's `ignore` patterns and the repository's
 * `.gitignore` files apply to every file (see {@link IgnoreRules}); an ignored directory is not entered.
 */
export interface DiscoverOptions {
  cwd: string;
  /** `ignore` globs from the config. */
  ignore: readonly string[];
  /** Directory the `ignore` globs are relative to (the config file's directory, else `cwd`). */
  ignoreBase: string;
  /** Honour `.gitignore` files (default true). */
  gitignore?: boolean;
}

const skippedDirectories = new Set(['node_modules', 'data']);
const skippedFiles = new Set(['fieldcode.config.json', 'fieldcode-baseline.json', 'package.json', 'package-lock.json']);

/** True when a file met while walking is a candidate standard response. */
export function isCandidateFile(name: string): boolean {
  if (name.startsWith('.')) return false;
  if (!name.endsWith('.json') && !name.endsWith('.txt')) return false;
  if (skippedFiles.has(name)) return false;
  if (name.endsWith('.schema.json') || name.endsWith('.data.json')) return false;
  if (/^tsconfig(\..*)?\.json$/.test(name)) return false;
  return true;
}

/** True when a directory met while walking should be entered. */
export function isWalkedDirectory(name: string): boolean {
  return !name.startsWith('.') && !skippedDirectories.has(name);
}

/** Resolves the lint arguments to a sorted, de-duplicated list of absolute file paths. */
export function discoverFiles(inputs: readonly string[], options: DiscoverOptions): string[] {
  const rules = new IgnoreRules({
    patterns: options.ignore,
    base: options.ignoreBase,
    gitignore: options.gitignore ?? true,
    cwd: options.cwd,
  });
  const found = new Set<string>();
  const positives = inputs.filter((input) => !isNegated(input));
  const negatives = inputs
    .filter(isNegated)
    .map((input) => ({ input, matches: globMatcher(toPosix(input).replace(/^!\.\//, '!'), 'lint') }));

  for (const input of positives.length === 0 ? ['.'] : positives) {
    const before = found.size;
    if (hasGlobSyntax(input)) {
      for (const file of globFiles(input, options.cwd, rules)) found.add(file);
      if (found.size === before) throw new UsageError(`no files match '${input}'`);
      continue;
    }
    const path = resolve(options.cwd, input);
    const stats = statOrUndefined(path);
    if (stats === undefined) throw new UsageError(`no such file or directory: ${input}`);
    if (stats.isDirectory()) {
      for (const file of walk(path, rules)) found.add(file);
      if (found.size === before) throw new UsageError(`no standard-response files (.json, .txt) found in ${input}`);
      continue;
    }
    const ignoredBy = rules.ignoredBy(path, false);
    if (ignoredBy === 'config') throw new UsageError(`${input} is ignored by the config's 'ignore' patterns`);
    if (ignoredBy === 'gitignore') throw new UsageError(`${input} is ignored by .gitignore (--no-gitignore lints it)`);
    found.add(path);
  }
  if (negatives.length > 0) {
    for (const file of found) {
      const shown = toPosix(relative(options.cwd, file));
      if (negatives.some(({ matches }) => matches(shown))) found.delete(file);
    }
    if (found.size === 0) throw new UsageError(`no files left after excluding ${negatives.map(({ input }) => `'${input}'`).join(', ')}`);
  }
  return [...found].sort(comparePaths);
}

function globFiles(pattern: string, cwd: string, rules: IgnoreRules): string[] {
  const posixPattern = toPosix(pattern).replace(/^\.\//, '');
  const absolute = isAbsolute(pattern);
  const base = resolve(cwd, globBase(posixPattern));
  const matches = globMatcher(posixPattern, 'lint');
  if (statOrUndefined(base)?.isDirectory() !== true) return [];
  return walk(base, rules).filter((file) => matches(absolute ? toPosix(file) : toPosix(relative(cwd, file))));
}

/** Every candidate file below `root` (iterative, so deep trees cannot overflow the stack). */
export function walk(root: string, rules?: IgnoreRules): string[] {
  const files: string[] = [];
  const pending = [root];
  while (pending.length > 0) {
    const directory = pending.pop()!;
    let entries: Dirent[];
    try {
      entries = readdirSync(directory, { withFileTypes: true });
    } catch (error) {
      throw new UsageError(`cannot read directory ${directory}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
    }
    for (const entry of entries) {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) {
        if (isWalkedDirectory(entry.name) && rules?.ignoredBy(path, true) === undefined) pending.push(path);
      } else if (
        isCandidateFile(entry.name) &&
        (entry.isFile() || (entry.isSymbolicLink() && statOrUndefined(path)?.isFile() === true)) &&
        rules?.ignoredBy(path, false) === undefined
      ) {
        files.push(path);
      }
    }
  }
  return files;
}

/**
 * The linted tree of `inputs`, as real paths: each folder named, the folder of each file named,
 * the static base of each glob; the working directory without inputs. `--fix` writes only inside it.
 */
export function lintedTree(inputs: readonly string[], cwd: string): string[] {
  const roots = new Set<string>();
  for (const input of inputs.length === 0 ? ['.'] : inputs) {
    if (isNegated(input)) continue;
    const path = hasGlobSyntax(input) ? resolve(cwd, globBase(toPosix(input).replace(/^\.\//, ''))) : resolve(cwd, input);
    const folder = hasGlobSyntax(input) || statOrUndefined(path)?.isDirectory() === true ? path : dirname(path);
    try {
      roots.add(realpathSync(folder));
    } catch {
      // a folder that does not exist holds nothing to fix
    }
  }
  return [...roots].sort(comparePaths);
}

function statOrUndefined(path: string): ReturnType<typeof statSync> | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** Paths with `/` separators (globs and reports use them on every platform). */
export function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
