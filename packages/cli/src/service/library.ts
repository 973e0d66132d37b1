/**
 * The folder a render service serves: every standard response in it, parsed, linted and compiled
 * once, indexed by envelope `id` and by relative path. A refresh re-reads only files whose size or
 * modification time changed and swaps in a new snapshot in one assignment, so a request sees either
 * the old library or the new one. A file that no longer loads (bad JSON, not a standard response)
 * is reported and its previous version keeps serving; the other files are untouched.
 */
import { statSync, watch, type FSWatcher } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { DataDictionary, Diagnostic } from '@fieldcode/language';
import type { ApprovedTemplate, LintOptions, RuleSeverity } from '@fieldcode/content';
import { compileResponse, type CompiledResponse } from '../compiled-response.js';
import { configFileName, loadConfig, loadDataDictionary } from '../config.js';
import { content, type ContentApi } from '../content.js';
import { discoverFiles, toPosix } from '../discover.js';
import { UsageError, messageOf } from '../errors.js';
import { readTextFile } from '../read-text.js';
import { loadTemplates } from '../templates-input.js';

/** Settings from the folder's `fieldcode.config.json`. */
export interface LibrarySettings {
  profile?: string;
  rules?: Record<string, RuleSeverity>;
  dataDictionary?: DataDictionary;
  ignore: readonly string[];
  /** The templates Meta lists, from the config's `templates` (a path or glob), for `POST /v1/templates/check`. */
  templates?: readonly ApprovedTemplate[];
}

/** One loaded standard response. */
export interface LibraryEntry {
  /** Path relative to the served folder, with `/`. */
  path: string;
  /** The envelope's `id`, when it has one. */
  id?: string;
  name?: string;
  text: string;
  /** Parsed JSON, or the text of a `.txt` response. */
  response: unknown;
  compiled: CompiledResponse;
  lint: { errorCount: number; warningCount: number; diagnostics: Diagnostic[] };
  /** Size and modification time when loaded (what a refresh compares). */
  stamp: string;
}

/** A file that failed to load; `previous` tells whether an older version is still served. */
export interface LoadProblem {
  path: string;
  message: string;
  previous: boolean;
  /** Size and modification time of the broken version (a refresh retries only when it changes). */
  stamp: string;
}

/** What requests read: replaced as a whole on every change. */
export interface LibrarySnapshot {
  readonly settings: LibrarySettings;
  readonly byPath: ReadonlyMap<string, LibraryEntry>;
  readonly byId: ReadonlyMap<string, LibraryEntry>;
  readonly problems: ReadonlyMap<string, LoadProblem>;
  /**
   * Envelope ids that more than one file declares → their paths in sorted order. The first path
   * answers for the id (the others stay reachable by path); listed, logged and counted so it is
   * never silent.
   */
  readonly duplicateIds: ReadonlyMap<string, readonly string[]>;
}

/** Outcome of one refresh, for logs and metrics. */
export interface RefreshResult {
  loaded: string[];
  removed: string[];
  failed: LoadProblem[];
  /** Set when the configuration changed and could not be loaded (the previous one stays). */
  configProblem?: string;
  /** Ids shared by several files that were not (or not so) before this refresh, with their paths. */
  duplicateIds: Array<{ id: string; paths: readonly string[] }>;
}

type LibraryApi = Pick<ContentApi, 'lint' | 'parseJsonText' | 'compileStandardResponse'>;

/** Lint codes that mean the file is not a usable standard response at all. */
const brokenCodes = new Set(['json-syntax', 'schema', 'binary-file', 'file-too-large']);

export class Library {
  private current: LibrarySnapshot = {
    settings: { ignore: [] },
    byPath: new Map(),
    byId: new Map(),
    problems: new Map(),
    duplicateIds: new Map(),
  };
  private configStamp = '';
  private refreshing: Promise<RefreshResult> | undefined;
  private again = false;

  private constructor(
    readonly root: string,
    private readonly api: LibraryApi,
    private readonly excluded: ReadonlySet<string>,
  ) {}

  /**
   * Loads the folder; an invalid configuration is a usage error (the service does not start).
   * `exclude` lists absolute paths never served (the token file, should it sit in the folder).
   */
  static async open(root: string, exclude: readonly string[] = []): Promise<Library> {
    const api = await content('lint', 'parseJsonText', 'compileStandardResponse');
    const library = new Library(root, api, new Set(exclude));
    const result = await library.refresh();
    if (result.configProblem !== undefined) throw new UsageError(result.configProblem);
    return library;
  }

  get snapshot(): LibrarySnapshot {
    return this.current;
  }

  /**
   * Re-reads what changed. Concurrent calls share one run (and a call during a run schedules one
   * more, so no change is missed).
   */
  refresh(): Promise<RefreshResult> {
    if (this.refreshing !== undefined) {
      this.again = true;
      return this.refreshing;
    }
    const run = async (): Promise<RefreshResult> => {
      let result: RefreshResult;
      do {
        this.again = false;
        result = await this.refreshOnce();
      } while (this.again);
      return result;
    };
    this.refreshing = run().finally(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }

  private async refreshOnce(): Promise<RefreshResult> {
    const result: RefreshResult = { loaded: [], removed: [], failed: [], duplicateIds: [] };
    let settings = this.current.settings;
    let configChanged = false;
    const configStamp = stampOf(join(this.root, configFileName));
    if (configStamp !== this.configStamp) {
      try {
        settings = await this.loadSettings();
        this.configStamp = configStamp;
        configChanged = true;
      } catch (error) {
        const details = error instanceof UsageError ? [error.message, ...error.details].join('\n') : messageOf(error);
        result.configProblem = details;
        if (this.configStamp === '' && this.current.byPath.size === 0 && configStamp !== '') return result;
      }
    }
    const files = discoverFiles([this.root], { cwd: this.root, ignore: settings.ignore, ignoreBase: this.root });
    const byPath = new Map<string, LibraryEntry>();
    const problems = new Map<string, LoadProblem>();
    for (const file of files) {
      if (this.excluded.has(file)) continue;
      const path = toPosix(relative(this.root, file));
      const stamp = stampOf(file);
      const previous = this.current.byPath.get(path);
      if (!configChanged && previous !== undefined && previous.stamp === stamp) {
        byPath.set(path, previous);
        const problem = this.current.problems.get(path);
        if (problem !== undefined) problems.set(path, problem);
        continue;
      }
      const oldProblem = this.current.problems.get(path);
      if (!configChanged && oldProblem !== undefined && oldProblem.stamp === stamp) {
        problems.set(path, oldProblem);
        if (previous !== undefined) byPath.set(path, previous);
        continue;
      }
      const loaded = this.loadFile(file, path, stamp, settings);
      if ('message' in loaded) {
        const problem: LoadProblem = { path, message: loaded.message, previous: previous !== undefined, stamp };
        problems.set(path, problem);
        result.failed.push(problem);
        if (previous !== undefined) byPath.set(path, previous);
      } else {
        byPath.set(path, loaded);
        result.loaded.push(path);
      }
    }
    for (const path of this.current.byPath.keys()) if (!byPath.has(path)) result.removed.push(path);
    // Ids: the first path (in sorted order) answers when several files share one; the sharing is reported.
    const byId = new Map<string, LibraryEntry>();
    const idPaths = new Map<string, string[]>();
    for (const entry of [...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : 1))) {
      if (entry.id === undefined) continue;
      if (!byId.has(entry.id)) byId.set(entry.id, entry);
      const paths = idPaths.get(entry.id);
      if (paths === undefined) idPaths.set(entry.id, [entry.path]);
      else paths.push(entry.path);
    }
    const duplicateIds = new Map([...idPaths].filter(([, paths]) => paths.length > 1));
    for (const [id, paths] of duplicateIds) {
      if (this.current.duplicateIds.get(id)?.join('\u0000') !== paths.join('\u0000')) result.duplicateIds.push({ id, paths });
    }
    this.current = { settings, byPath, byId, problems, duplicateIds };
    return result;
  }

  private async loadSettings(): Promise<LibrarySettings> {
    const loaded = await loadConfig(this.root, undefined);
    // Only the folder's own config counts: one found above the folder would make replicas differ.
    if (loaded.path !== undefined && loaded.path !== join(this.root, configFileName)) return { ignore: [] };
    const settings: LibrarySettings = { ignore: loaded.config.ignore ?? [] };
    if (loaded.config.profile !== undefined) settings.profile = loaded.config.profile;
    if (loaded.config.rules !== undefined) settings.rules = loaded.config.rules;
    const dictionary = await loadDataDictionary(loaded, this.root);
    if (dictionary !== undefined) settings.dataDictionary = dictionary;
    // Read once per configuration load, as the data dictionary; an invalid export is a configuration problem.
    const templates = await loadTemplates(this.root, undefined, loaded);
    if (templates !== undefined) settings.templates = templates;
    return settings;
  }

  /** Reads, lints and compiles one file, or says why it cannot be served. */
  private loadFile(file: string, path: string, stamp: string, settings: LibrarySettings): LibraryEntry | { message: string } {
    const read = readTextFile(file, path);
    if (read.kind === 'too-large') return { message: `${path} is too large (${read.bytes} bytes)` };
    if (read.kind === 'binary') return { message: `${path} is not a UTF-8 text file` };
    const text = read.text;
    const options: LintOptions = { filePath: path };
    if (settings.profile !== undefined) options.profile = settings.profile;
    if (settings.rules !== undefined) options.rules = settings.rules;
    if (settings.dataDictionary !== undefined) options.dataDictionary = settings.dataDictionary;
    const lint = this.api.lint(text, options);
    const broken = lint.diagnostics.find((d) => d.severity === 'error' && brokenCodes.has(d.code));
    if (broken !== undefined) {
      const { line, column } = broken.range.start;
      return { message: `${path}:${line}:${column}: ${broken.message} [${broken.code}]` };
    }
    const json = !basename(file).toLowerCase().endsWith('.txt');
    const response = json ? this.api.parseJsonText(text).value : text;
    const entry: LibraryEntry = {
      path,
      text,
      response,
      stamp,
      compiled: compileResponse(this.api, response, {
        ...(settings.profile === undefined ? {} : { profile: settings.profile }),
        ...(settings.dataDictionary === undefined ? {} : { dataDictionary: settings.dataDictionary }),
      }),
      lint: { errorCount: lint.errorCount, warningCount: lint.warningCount, diagnostics: lint.diagnostics },
    };
    if (isRecord(response)) {
      if (typeof response['id'] === 'string') entry.id = response['id'];
      if (typeof response['name'] === 'string') entry.name = response['name'];
    }
    return entry;
  }

  /**
   * Watches the folder and refreshes after changes settle (`delayMs` without events). Returns a
   * function that stops watching.
   */
  watch(onRefresh: (result: RefreshResult) => void, delayMs = 100): () => void {
    let timer: NodeJS.Timeout | undefined;
    let watcher: FSWatcher | undefined;
    const schedule = (): void => {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        void this.refresh().then(onRefresh, () => undefined);
      }, delayMs);
    };
    try {
      watcher = watch(this.root, { recursive: true }, schedule);
      watcher.on('error', () => undefined);
    } catch {
      watcher = undefined;
    }
    return () => {
      if (timer !== undefined) clearTimeout(timer);
      watcher?.close();
    };
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Size and modification time of a file ('' when it does not exist). */
function stampOf(path: string): string {
  try {
    const stats = statSync(path);
    return `${stats.size}:${stats.mtimeMs}`;
  } catch {
    return '';
  }
}
