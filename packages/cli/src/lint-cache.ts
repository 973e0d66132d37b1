import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import type { Diagnostic } from '@fieldcode/language';
import type { LintJob } from './lint-file.js';
import { writeFileAtomic } from './write-atomic.js';

/** The findings of one file as last linted, keyed by the SHA-256 of its text. */
interface CachedFile {
  hash: string;
  diagnostics: Diagnostic[];
}

interface CacheFile {
  version: 1;
  /** SHA-256 of the tool version and every setting that changes findings. */
  settings: string;
  files: Record<string, CachedFile>;
}

/**
 * `fieldcode lint --cache`: the findings of each file, reused while the file's text, the settings
 * (tool version, config, profile, data dictionary, templates) are the same. A cache file that does
 * not parse, or was written for other settings, is ignored and rewritten; a broken cache can only
 * cost time, never change a report. See docs/cli.md, "Cache".
 */
export class LintCache {
  private readonly entries: Record<string, CachedFile>;
  private readonly next: Record<string, CachedFile> = Object.create(null) as Record<string, CachedFile>;
  /** Files whose findings came from the cache in this run. */
  hits = 0;

  private constructor(
    readonly path: string,
    private readonly settings: string,
    entries: Record<string, CachedFile>,
  ) {
    this.entries = entries;
  }

  /** Opens the cache at `path` for a run with `job` under tool `version`. */
  static open(path: string, job: LintJob, version: string): LintCache {
    const settings = hash(JSON.stringify({ version, job: { ...job, writeRoots: undefined, fix: undefined, fixDryRun: undefined } }));
    let entries: Record<string, CachedFile> = Object.create(null) as Record<string, CachedFile>;
    try {
      if (existsSync(path)) {
        const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<CacheFile> | null;
        if (parsed?.version === 1 && parsed.settings === settings && typeof parsed.files === 'object' && parsed.files !== null) {
          entries = Object.assign(Object.create(null) as Record<string, CachedFile>, parsed.files);
        }
      }
    } catch {
      // an unreadable cache is rebuilt
    }
    return new LintCache(path, settings, entries);
  }

  /** The cached findings of `file` when its text is unchanged. */
  get(file: string, text: string): Diagnostic[] | undefined {
    const entry = this.entries[file];
    if (entry === undefined || !Array.isArray(entry.diagnostics) || entry.hash !== hash(text)) return undefined;
    this.hits++;
    this.next[file] = entry;
    return entry.diagnostics;
  }

  /** Records the findings of `file` for `text`. */
  set(file: string, text: string, diagnostics: readonly Diagnostic[]): void {
    this.next[file] = { hash: hash(text), diagnostics: [...diagnostics] };
  }

  /** Writes the entries of this run (files not linted in this run are kept) atomically. */
  async save(): Promise<void> {
    const files = { ...this.entries, ...this.next };
    const text = `${JSON.stringify({ version: 1, settings: this.settings, files } satisfies CacheFile)}\n`;
    if (existsSync(this.path)) await writeFileAtomic(this.path, text);
    else await writeFile(this.path, text, { flag: 'wx' });
  }
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
