import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { UsageError } from './errors.js';
import { checkGlobLimits, checkMatchedPath } from './glob.js';
import { readTextFile } from './read-text.js';

/**
 * Which files `fieldcode lint` leaves out, with `.gitignore` semantics (the `ignore` package, as
 * ESLint uses): the config's `ignore` patterns (relative to the config file) and, unless turned
 * off, the `.gitignore` files of the repository — the one in each directory from the repository
 * root (the nearest ancestor holding `.git`) down to the file. `!pattern` re-includes, a deeper
 * `.gitignore` overrides a shallower one, and a file below an ignored directory stays ignored.
 * Every pattern is held to the glob work limits of `glob.ts`.
 */
export interface IgnoreRulesOptions {
  /** The config's `ignore` patterns. */
  patterns: readonly string[];
  /** Directory the config patterns are relative to. */
  base: string;
  /** Read `.gitignore` files (default true; `--no-gitignore` turns it off). */
  gitignore: boolean;
  /** Where the search for the repository root starts (the working directory). */
  cwd: string;
}

/** Why a path is ignored, for messages about files named on the command line. */
export type IgnoredBy = 'config' | 'gitignore';

export class IgnoreRules {
  private readonly config: Ignore | undefined;
  private readonly base: string;
  private readonly gitRoot: string | undefined;
  /** `.gitignore` of each directory read so far (undefined: none there). */
  private readonly gitignores = new Map<string, Ignore | undefined>();

  constructor(options: IgnoreRulesOptions) {
    this.base = options.base;
    const patterns = options.patterns.map((pattern) => checkGlobLimits(pattern, "config 'ignore'"));
    this.config = patterns.length === 0 ? undefined : ignore().add(patterns);
    this.gitRoot = options.gitignore ? (findGitRoot(options.cwd) ?? findGitRoot(options.base)) : undefined;
  }

  /** Why `path` (absolute; `directory` when it is one) is ignored, or undefined when it is not. */
  ignoredBy(path: string, directory: boolean): IgnoredBy | undefined {
    if (this.config !== undefined) {
      const rel = relativeInside(this.base, path);
      if (rel !== undefined && this.config.ignores(checkMatchedPath(directory ? `${rel}/` : rel))) return 'config';
    }
    if (this.gitRoot !== undefined && this.gitignored(path, directory)) return 'gitignore';
    return undefined;
  }

  /** The verdict of the `.gitignore` files from the root down: the deepest one that decides wins. */
  private gitignored(path: string, directory: boolean): boolean {
    const root = this.gitRoot!;
    if (relativeInside(root, path) === undefined) return false;
    const directories: string[] = [];
    for (let dir = dirname(path); ; dir = dirname(dir)) {
      directories.push(dir);
      if (dir === root || dirname(dir) === dir) break;
    }
    let ignored = false;
    for (const dir of directories.reverse()) {
      const rules = this.gitignoreOf(dir);
      if (rules === undefined) continue;
      const rel = relativeInside(dir, path)!;
      const verdict = rules.test(checkMatchedPath(directory ? `${rel}/` : rel));
      if (verdict.ignored) ignored = true;
      else if (verdict.unignored) ignored = false;
    }
    return ignored;
  }

  private gitignoreOf(dir: string): Ignore | undefined {
    if (this.gitignores.has(dir)) return this.gitignores.get(dir);
    const file = join(dir, '.gitignore');
    let rules: Ignore | undefined;
    if (existsSync(file) && statSync(file).isFile()) {
      const shown = relative(this.gitRoot!, file) || '.gitignore';
      // The CLI's one file reader: size-limited, refuses what is not a regular UTF-8 text file.
      const read = readTextFile(file, shown);
      if (read.kind !== 'text') throw new UsageError(`cannot read ${shown}: not a UTF-8 text file of at most 5 MB`);
      const lines = read.text.split(/\r?\n/);
      const patterns = lines.map((line, index) => (line.startsWith('#') ? line : checkGlobLimits(line, `${shown}:${index + 1}`)));
      rules = ignore().add(patterns);
    }
    this.gitignores.set(dir, rules);
    return rules;
  }
}

/** `path` relative to `dir` with `/` separators when inside it (or equal: ''), else undefined. */
function relativeInside(dir: string, path: string): string | undefined {
  const rel = relative(dir, path);
  if (rel === '' || rel.startsWith('..') || rel.startsWith(sep) || /^[A-Za-z]:/.test(rel)) return undefined;
  return sep === '/' ? rel : rel.split(sep).join('/');
}

/** The nearest ancestor of `start` (or `start`) that holds a `.git` directory or file. */
function findGitRoot(start: string): string | undefined {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}
