/**
 * The studio's library: the folder's standard responses as `fieldcode lint` finds them (same
 * discovery, same `fieldcode.config.json` lookup and validation, same lint job), each with its
 * lint counts. Lint results are cached by file size, mtime and config, so listing a large
 * library twice lints only what changed.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Diagnostic } from '@fieldcode/language';
import type { StudioConfig, StudioLibrary, StudioLibraryEntry } from '@fieldcode/content';
import { displayPath } from '../config.js';
import { content, type ContentApi } from '../content.js';
import { discoverFiles, toPosix } from '../discover.js';
import { UsageError } from '../errors.js';
import { lintFile, type LintJob } from '../lint-file.js';
import { loadLintProject } from '../lint-project.js';
import { pluginRuleMetas } from '../plugins.js';
import { countDiagnostics } from '../report.js';

type Api = Pick<
  ContentApi,
  | 'lint'
  | 'applyFixes'
  | 'fileKind'
  | 'ruleMetas'
  | 'getProfile'
  | 'parseJsonText'
  | 'validateJsonText'
  | 'buildDataDictionary'
  | 'toEnvelope'
  | 'builtinPresetNames'
  | 'builtinPreset'
  | 'isBuiltinPreset'
  | 'profileNames'
>;

/** Config and lint job of the folder, re-read on every call so edits to the config apply at once. */
export async function loadStudioJob(
  root: string,
): Promise<{ config: StudioConfig; job: LintJob; ignore: readonly string[]; ignoreBase: string }> {
  const api = await contentApi();
  try {
    // The one project reading of `fieldcode lint`: plugins, presets, overrides, data dictionary, templates.
    const { loaded, job, plugins } = await loadLintProject(api, root);
    const config: StudioConfig = { warnings: loaded.warnings };
    if (loaded.path !== undefined) config.path = toPosix(relative(root, loaded.path));
    if (job.profile !== undefined) config.profile = job.profile;
    if (loaded.config.rules !== undefined) config.rules = loaded.config.rules;
    if (job.dataDictionary !== undefined) config.dataDictionary = job.dataDictionary;
    const pluginRules = pluginRuleMetas(plugins).map((meta) => meta.id);
    if (pluginRules.length > 0) config.pluginRules = pluginRules;
    return { config, job, ignore: loaded.config.ignore ?? [], ignoreBase: loaded.directory };
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    // An invalid config is shown in the studio (to be fixed there), not a reason to refuse to start.
    return { config: { errors: [error.message, ...error.details], warnings: [] }, job: { fix: false }, ignore: [], ignoreBase: root };
  }
}

let api: Promise<Api> | undefined;
function contentApi(): Promise<Api> {
  api ??= content(
    'lint',
    'applyFixes',
    'fileKind',
    'ruleMetas',
    'getProfile',
    'parseJsonText',
    'validateJsonText',
    'buildDataDictionary',
    'toEnvelope',
    'builtinPresetNames',
    'builtinPreset',
    'isBuiltinPreset',
    'profileNames',
  );
  return api;
}

interface Cached {
  key: string;
  entry: StudioLibraryEntry;
}

/** Lints a library folder; one instance per studio server (it keeps the cache). */
export class LibraryIndex {
  private readonly cache = new Map<string, Cached>();

  constructor(private readonly root: string) {}

  async list(): Promise<Omit<StudioLibrary, 'root'>> {
    const { config, job, ignore, ignoreBase } = await loadStudioJob(this.root);
    const lintApi = await contentApi();
    const files = discoverFiles([this.root], { cwd: this.root, ignore, ignoreBase });
    const configKey = JSON.stringify(job);
    const entries: StudioLibraryEntry[] = [];
    const seen = new Set<string>();
    for (const absolute of files) {
      const path = toPosix(relative(this.root, absolute));
      if (path.split('/').some((segment) => segment.startsWith('.'))) continue;
      if (!isInsideReal(this.root, absolute)) continue; // a link out of the folder is not the library's
      seen.add(path);
      let info;
      try {
        info = statSync(absolute);
      } catch {
        continue; // removed while listing
      }
      const key = `${info.size}:${info.mtimeMs}:${configKey}`;
      const cached = this.cache.get(path);
      if (cached?.key === key) {
        entries.push(cached.entry);
        continue;
      }
      const entry = await this.lintEntry(lintApi, job, absolute, path, info.size, info.mtimeMs);
      this.cache.set(path, { key, entry });
      entries.push(entry);
    }
    for (const path of this.cache.keys()) if (!seen.has(path)) this.cache.delete(path);
    return { config, files: entries.sort((a, b) => a.path.localeCompare(b.path)), dataFiles: this.dataFiles(entries) };
  }

  /** `data/*.data.json` of every folder that holds responses (the convention of examples/). */
  private dataFiles(entries: readonly StudioLibraryEntry[]): string[] {
    const folders = new Set(entries.map((entry) => (entry.path.includes('/') ? entry.path.slice(0, entry.path.lastIndexOf('/') + 1) : '')));
    const found: string[] = [];
    for (const folder of folders) {
      let names: string[];
      try {
        names = readdirSync(join(this.root, folder, 'data'));
      } catch {
        continue;
      }
      for (const name of names.sort()) if (name.endsWith('.data.json') && !name.startsWith('.')) found.push(`${folder}data/${name}`);
    }
    return found;
  }

  private async lintEntry(
    lintApi: Api,
    job: LintJob,
    absolute: string,
    path: string,
    size: number,
    mtimeMs: number,
  ): Promise<StudioLibraryEntry> {
    let diagnostics: Diagnostic[];
    let text: string | undefined;
    try {
      const linted = await lintFile(lintApi, job, { path: absolute, shown: displayPath(this.root, absolute) });
      diagnostics = linted.report.diagnostics;
      text = linted.report.text;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      diagnostics = [
        {
          code: 'read-error',
          severity: 'error' as const,
          message,
          range: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } },
        },
      ];
    }
    const counts = countDiagnostics(diagnostics);
    const entry: StudioLibraryEntry = {
      path,
      size,
      mtimeMs,
      errors: counts.errorCount,
      warnings: counts.warningCount,
      infos: counts.infoCount,
      ids: [],
    };
    if (text !== undefined) Object.assign(entry, describe(lintApi, path, text));
    return entry;
  }
}

/** Content type, name and ids of a response, for the library's search and filters. */
function describe(lintApi: Api, path: string, text: string): Pick<StudioLibraryEntry, 'contentType' | 'name' | 'ids'> {
  if (path.endsWith('.txt')) return { contentType: 'text', ids: [] };
  const { value } = lintApi.parseJsonText(text);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ids: [] };
  const envelope = lintApi.toEnvelope(value);
  const result: Pick<StudioLibraryEntry, 'contentType' | 'name' | 'ids'> = { ids: [] };
  if (typeof envelope.name === 'string') result.name = envelope.name;
  const structured = envelope.structured as { contentType?: unknown; content?: unknown } | undefined;
  if (typeof structured?.contentType === 'string') result.contentType = structured.contentType;
  else if (envelope.plainText !== undefined) result.contentType = 'text';
  if (Array.isArray(structured?.content)) {
    for (const item of structured.content as unknown[]) {
      const id = (item as { id?: unknown } | null)?.id;
      if (typeof id === 'string' || typeof id === 'number') result.ids.push(String(id));
    }
  }
  return result;
}

/** True when the real path of `absolute` is below `root` (already a real path). */
function isInsideReal(root: string, absolute: string): boolean {
  try {
    const real = realpathSync(absolute);
    return real.startsWith(root + sep);
  } catch {
    return false;
  }
}
