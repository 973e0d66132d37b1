/**
 * One reading of a project's lint settings for every consumer: `fieldcode lint`, the studio and
 * the language server all call {@link loadLintProject} and then {@link lintOptions} per file, so a
 * file gets the same plugins, presets (`extends`), rules and per-folder `overrides` everywhere.
 */
import { ownOptions } from '@fieldcode/language';
import type { BuiltinPresetName, LintPlugin, RuleMeta } from '@fieldcode/content';
import { cliRuleMetas } from './cli-rules.js';
import { checkRuleIds, configuredJob, loadConfig, loadDataDictionary, type LoadedConfig } from './config.js';
import { listProfileNames, type ContentApi } from './content.js';
import { UsageError } from './errors.js';
import type { LintJob } from './lint-file.js';
import { loadPlugins, pluginPreset, pluginPresetNames, pluginRuleMetas } from './plugins.js';
import { loadTemplates } from './templates-input.js';

export { lintOptions } from './lint-file.js';

/** The parts of the lint core a project reading needs. */
export type ProjectApi = Pick<
  ContentApi,
  'ruleMetas' | 'getProfile' | 'profileNames' | 'builtinPresetNames' | 'builtinPreset' | 'isBuiltinPreset'
>;

/** What the command line adds to the config (`fieldcode lint` flags); the studio and the server pass none. */
export interface ProjectFlags {
  /** `--config FILE`, relative to the working directory. */
  config?: string;
  /** `--profile NAME`: wins over the config's profile and its `overrides`. */
  profile?: string;
  /** `--templates FILE`, relative to the working directory. */
  templates?: string;
  /** Prefix of usage errors (`lint: `). */
  command?: string;
  /** Called with the config's non-fatal findings as soon as it is read (before anything it names is loaded). */
  onConfigWarnings?: (warnings: readonly string[]) => void;
}

/** A project's config read once: the lint job every file starts from, and every rule it knows. */
export interface LintProject {
  loaded: LoadedConfig;
  /** Plugins, presets resolved to severities, rules, overrides, profile, data dictionary, templates (`fix` false). */
  job: LintJob;
  plugins: readonly LintPlugin[];
  /** The built-in rules, the CLI's own and the plugins' (rule-id checks, SARIF, `--print-config`). */
  ruleMetas: readonly RuleMeta[];
}

/**
 * Loads the config of `cwd` (or `flags.config`) and everything it names: plugins, presets, the
 * data dictionary and the templates export, checked as `fieldcode lint` checks them (unknown rule
 * ids, presets and profiles are positioned {@link UsageError}s). Per file, {@link lintOptions}
 * (`job`, shown path, absolute path) gives the settings with the matching `overrides` applied.
 */
export async function loadLintProject(api: ProjectApi, cwd: string, given: ProjectFlags = {}): Promise<LintProject> {
  // Own properties only: an inherited `profile` or `config` (a polluted Object.prototype) is no flag.
  const flags = ownOptions(given);
  const loaded = await loadConfig(cwd, flags.config);
  flags.onConfigWarnings?.(loaded.warnings);
  const plugins = await loadPlugins(loaded, cwd, [...api.ruleMetas, ...cliRuleMetas]);
  const ruleMetas = [...api.ruleMetas, ...cliRuleMetas, ...pluginRuleMetas(plugins)];
  checkRuleIds(loaded, ruleMetas, cwd, [...api.builtinPresetNames, ...pluginPresetNames(plugins)]);

  const profile = flags.profile ?? loaded.config.profile;
  for (const name of [profile, ...(loaded.config.overrides ?? []).map((override) => override.profile)]) {
    if (name !== undefined && api.getProfile(name) === undefined) {
      throw new UsageError(`${flags.command ?? ''}unknown profile '${name}' (known: ${listProfileNames(api)})`);
    }
  }
  const dataDictionary = await loadDataDictionary(loaded, cwd);
  const templates = await loadTemplates(cwd, flags.templates, loaded);

  const presetSeverities = (name: string) =>
    api.isBuiltinPreset(name) ? api.builtinPreset(name as BuiltinPresetName, ruleMetas) : pluginPreset(plugins, name);
  const job: LintJob = { fix: false, ...configuredJob(loaded, presetSeverities) };
  if (flags.profile !== undefined) job.profileFromFlag = true;
  if (profile !== undefined) job.profile = profile;
  if (dataDictionary !== undefined) job.dataDictionary = dataDictionary;
  if (templates !== undefined) job.templates = templates;
  if (plugins.length > 0) job.plugins = plugins;
  return { loaded, job, plugins, ruleMetas };
}
