import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import { content } from './content.js';
import { UsageError } from './errors.js';
import { fingerprintFindings } from './fingerprint.js';
import { readTextFile } from './read-text.js';
import type { FileReport } from './report.js';
import { formatDiagnosticLine } from './text-position.js';
import { writeFileAtomic } from './write-atomic.js';

/**
 * A baseline records the findings a library has today so that `fieldcode lint --baseline FILE`
 * reports only new ones: a team adopts fieldcode on a large library without fixing everything
 * first. Entries are matched by the location-independent fingerprint of `fingerprint.ts`, computed
 * with the file's path relative to the baseline file (so any working directory gives the same
 * fingerprints). See docs/cli.md, "Baseline".
 */
export interface Baseline {
  /** Format version of the file. */
  version: 1;
  /** Entries sorted by file, rule and fingerprint. */
  entries: BaselineEntry[];
}

export interface BaselineEntry {
  /** Path of the file, relative to the baseline file, with `/` separators. */
  file: string;
  rule: string;
  fingerprint: string;
  /** The message when recorded, for people reading the file (not used for matching). */
  message: string;
}

/** What applying a baseline did. */
export interface BaselineOutcome {
  /** Findings the baseline matched (dropped from the report). */
  matched: number;
  /** Entries of linted files that matched nothing: their problems were fixed. */
  fixed: BaselineEntry[];
  /** The baseline without the fixed entries (what `--baseline-prune` writes). */
  pruned: Baseline;
}

/** The entries for `files` (every finding of every severity). */
export function baselineOf(files: readonly FileReport[], baselinePath: string): Baseline {
  const entries: BaselineEntry[] = [];
  for (const file of files) {
    const shown = pathFromBaseline(baselinePath, file.path);
    const fingerprints = fingerprintFindings(file, shown);
    file.diagnostics.forEach((diagnostic, index) => {
      entries.push({ file: shown, rule: diagnostic.code, fingerprint: fingerprints[index]!, message: diagnostic.message });
    });
  }
  return { version: 1, entries: entries.sort(compareEntries) };
}

/**
 * Drops from `files` (in place) the findings the baseline records, and tells which entries of the
 * linted files no longer match (entries of files not linted in this run are kept as they are).
 */
export function applyBaseline(files: FileReport[], baseline: Baseline, baselinePath: string): BaselineOutcome {
  const known = new Set(baseline.entries.map((entry) => entry.fingerprint));
  const used = new Set<string>();
  const linted = new Set<string>();
  let matched = 0;
  for (const file of files) {
    const shown = pathFromBaseline(baselinePath, file.path);
    linted.add(shown);
    const fingerprints = fingerprintFindings(file, shown);
    const kept = file.diagnostics.filter((_, index) => {
      const fingerprint = fingerprints[index]!;
      if (!known.has(fingerprint)) return true;
      used.add(fingerprint);
      matched++;
      return false;
    });
    file.diagnostics = kept;
  }
  const fixed = baseline.entries.filter((entry) => linted.has(entry.file) && !used.has(entry.fingerprint));
  const fixedSet = new Set(fixed);
  return { matched, fixed, pruned: { version: 1, entries: baseline.entries.filter((entry) => !fixedSet.has(entry)) } };
}

/** Reads and checks a baseline file; a missing or malformed file is a usage error naming it (syntax errors positioned). */
export async function readBaseline(path: string, shown: string): Promise<Baseline> {
  if (!existsSync(path)) throw new UsageError(`no baseline file ${shown} (write one with --baseline-write ${shown})`);
  const read = readTextFile(path, shown);
  if (read.kind !== 'text') throw new UsageError(`invalid baseline ${shown}: not a UTF-8 text file of at most 5 MB`);
  const { parseJsonText } = await content('parseJsonText');
  const { value, diagnostics } = parseJsonText(read.text, { quoteText: false });
  if (diagnostics.length > 0) {
    throw new UsageError(
      `invalid baseline ${shown}: not JSON`,
      diagnostics.map((diagnostic) => formatDiagnosticLine(shown, diagnostic)),
    );
  }
  const entries = (value as { entries?: unknown } | null)?.entries;
  if ((value as { version?: unknown } | null)?.version !== 1 || !Array.isArray(entries) || !entries.every(isEntry)) {
    throw new UsageError(`invalid baseline ${shown}: expected { "version": 1, "entries": [{ "file", "rule", "fingerprint", "message" }] }`);
  }
  return { version: 1, entries };
}

/** Writes a baseline atomically (a new file is created; an existing one is replaced whole). */
export async function writeBaseline(path: string, baseline: Baseline): Promise<void> {
  const text = `${JSON.stringify(baseline, null, 2)}\n`;
  if (existsSync(path)) await writeFileAtomic(path, text);
  else await writeFile(path, text, { flag: 'wx' });
}

function isEntry(entry: unknown): entry is BaselineEntry {
  if (typeof entry !== 'object' || entry === null) return false;
  const { file, rule, fingerprint, message } = entry as Record<string, unknown>;
  return typeof file === 'string' && typeof rule === 'string' && typeof fingerprint === 'string' && typeof message === 'string';
}

function pathFromBaseline(baselinePath: string, file: string): string {
  const rel = relative(dirname(resolve(baselinePath)), file);
  return sep === '/' ? rel : rel.split(sep).join('/');
}

function compareEntries(a: BaselineEntry, b: BaselineEntry): number {
  return a.file.localeCompare(b.file, 'en') || a.rule.localeCompare(b.rule, 'en') || (a.fingerprint < b.fingerprint ? -1 : 1);
}
