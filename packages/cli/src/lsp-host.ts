/**
 * The project host of the language server: the config, data dictionary and templates exactly as
 * `fieldcode lint` loads them, the files it would lint, and its fix loop.
 */
import { basename, dirname, relative, resolve } from 'node:path';
import type { ProjectHost, ProjectSettings } from '@fieldcode/language-server';
import { ProjectError } from '@fieldcode/language-server';
import type { RuleMeta } from '@fieldcode/content';
import { cliRuleMetas } from './cli-rules.js';
import { configFileName, findConfigFile } from './config.js';
import { content, type ContentApi } from './content.js';
import { isCandidateFile, isWalkedDirectory, toPosix } from './discover.js';
import { UsageError } from './errors.js';
import { absoluteDocsUri } from './formatters/sarif.js';
import { IgnoreRules } from './ignore-rules.js';
import { fixText } from './lint-file.js';
import { lintOptions, loadLintProject, type ProjectApi, type ProjectFlags } from './lint-project.js';

type HostApi = Pick<ContentApi, 'lint' | 'applyFixes' | 'fileKind'> & ProjectApi;

/** Builds the host once the lint core is loaded. */
export async function createProjectHost(): Promise<ProjectHost> {
  const api: HostApi = await content(
    'lint',
    'applyFixes',
    'fileKind',
    'ruleMetas',
    'getProfile',
    'profileNames',
    'builtinPreset',
    'builtinPresetNames',
    'isBuiltinPreset',
  );
  // Rule documentation links; the plugins' rules are added as projects load them.
  const docs = new Map([...api.ruleMetas, ...cliRuleMetas].map((meta) => [meta.id, absoluteDocsUri(meta.docs, meta.id)]));
  return {
    findConfig: (filePath) => findConfigFile(dirname(filePath)),
    loadProject: async (configPath, directory) => {
      const { settings, ruleMetas } = await loadProject(api, configPath, directory);
      for (const meta of ruleMetas) if (!docs.has(meta.id)) docs.set(meta.id, absoluteDocsUri(meta.docs, meta.id));
      return settings;
    },
    fixAll: (text, options, shown) => {
      const fixed = fixText(api, text, options, shown);
      return { text: fixed.text, result: fixed.result };
    },
    docsUrl: (code) => docs.get(code),
  };
}

async function loadProject(
  api: HostApi,
  configPath: string | undefined,
  directory: string,
): Promise<{ settings: ProjectSettings; ruleMetas: readonly RuleMeta[] }> {
  const shownConfig = configPath ?? resolve(directory, configFileName);
  try {
    // The one project reading of `fieldcode lint` (plugins, presets, overrides, data dictionary, templates).
    const flags: ProjectFlags = {};
    if (configPath !== undefined) flags.config = configPath;
    const { loaded, job, ruleMetas } = await loadLintProject(api, directory, flags);
    const ignore = new IgnoreRules({
      patterns: loaded.config.ignore ?? [],
      base: loaded.directory,
      gitignore: true,
      cwd: loaded.directory,
    });
    const watchedFiles: string[] = [];
    if (loaded.config.dataSchema !== undefined) watchedFiles.push(resolve(loaded.directory, loaded.config.dataSchema));
    const settings: ProjectSettings = {
      directory: loaded.directory,
      // Per file, as `fieldcode lint` gives it: the overrides matching the path apply.
      lintOptionsFor: (filePath) => {
        const { filePath: _shown, ...options } = lintOptions(job, '', filePath);
        return options;
      },
      includes: (filePath) => {
        try {
          return includes(loaded.directory, ignore, filePath);
        } catch {
          return false; // a path beyond the glob work limits is not linted by `fieldcode lint` either
        }
      },
      watchedFiles,
    };
    if (loaded.path !== undefined) settings.configPath = loaded.path;
    return { settings, ruleMetas };
  } catch (error) {
    if (error instanceof UsageError) throw new ProjectError(error.message, shownConfig, error.details);
    throw error;
  }
}

/**
 * True when `fieldcode lint` run in the project folder would lint the file: a candidate name, no
 * skipped folder on the way, not ignored by the config's `ignore` or a `.gitignore`.
 */
function includes(directory: string, ignore: IgnoreRules, filePath: string): boolean {
  const rel = toPosix(relative(directory, filePath));
  if (rel.startsWith('../') || rel === '..') return false;
  if (!isCandidateFile(basename(filePath))) return false;
  const folders = rel.split('/').slice(0, -1);
  if (!folders.every(isWalkedDirectory)) return false;
  for (let depth = 1; depth <= folders.length; depth++) {
    if (ignore.ignoredBy(resolve(directory, ...folders.slice(0, depth)), true) !== undefined) return false;
  }
  return ignore.ignoredBy(filePath, false) === undefined;
}
