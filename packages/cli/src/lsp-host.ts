/**
 * The project host of the language server: the config, data dictionary and templates exactly as
 * `fieldcode lint` loads them, the files it would lint, and its fix loop.
 */
import { basename, dirname, relative, resolve } from 'node:path';
import type { ProjectHost, ProjectSettings } from '@fieldcode/language-server';
import { ProjectError } from '@fieldcode/language-server';
import type { BuiltinPresetName, LintOptions } from '@fieldcode/content';
import { cliRuleMetas } from './cli-rules.js';
import { checkRuleIds, configFileName, configuredJob, findConfigFile, loadConfig, loadDataDictionary } from './config.js';
import { content, listProfileNames, type ContentApi } from './content.js';
import { isCandidateFile, isWalkedDirectory, toPosix } from './discover.js';
import { UsageError } from './errors.js';
import { absoluteDocsUri } from './formatters/sarif.js';
import { IgnoreRules } from './ignore-rules.js';
import { fixText, settingsFor } from './lint-file.js';
import { loadTemplates } from './templates-input.js';

type HostApi = Pick<
  ContentApi,
  'lint' | 'applyFixes' | 'fileKind' | 'ruleMetas' | 'getProfile' | 'profileNames' | 'builtinPreset' | 'builtinPresetNames'
>;

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
  );
  const docs = new Map([...api.ruleMetas, ...cliRuleMetas].map((meta) => [meta.id, absoluteDocsUri(meta.docs, meta.id)]));
  return {
    findConfig: (filePath) => findConfigFile(dirname(filePath)),
    loadProject: (configPath, directory) => loadProject(api, configPath, directory),
    fixAll: (text, options, shown) => {
      const fixed = fixText(api, text, options, shown);
      return { text: fixed.text, result: fixed.result };
    },
    docsUrl: (code) => docs.get(code),
  };
}

async function loadProject(api: HostApi, configPath: string | undefined, directory: string): Promise<ProjectSettings> {
  const shownConfig = configPath ?? resolve(directory, configFileName);
  try {
    const loaded = await loadConfig(directory, configPath);
    const metas = [...api.ruleMetas, ...cliRuleMetas];
    checkRuleIds(loaded, metas, directory, api.builtinPresetNames);
    const profile = loaded.config.profile;
    if (profile !== undefined && api.getProfile(profile) === undefined) {
      throw new UsageError(`unknown profile '${profile}' in ${configFileName} (known: ${listProfileNames(api)})`);
    }
    const dataDictionary = await loadDataDictionary(loaded, directory);
    const templates = await loadTemplates(directory, undefined, loaded);
    const lintOptions: Omit<LintOptions, 'filePath' | 'kind'> = {};
    if (profile !== undefined) lintOptions.profile = profile;
    // The config's presets and rules, flattened as `fieldcode lint` layers them (overrides apply per
    // file in the CLI; the server applies the top level).
    const job = configuredJob(loaded, (name) => api.builtinPreset(name as BuiltinPresetName, metas));
    const rules = settingsFor({ ...job, fix: false }, undefined).rules;
    if (rules !== undefined && Object.keys(rules).length > 0) lintOptions.rules = rules;
    if (dataDictionary !== undefined) lintOptions.dataDictionary = dataDictionary;
    if (templates !== undefined) lintOptions.templates = templates;
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
      lintOptions,
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
    return settings;
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
