import { resolve } from 'node:path';
import type { RuleMeta, RuleSeverity } from '@fieldcode/content';
import { displayPath, type LoadedConfig } from './config.js';
import { settingsFor, type LintJob } from './lint-file.js';

/** What `fieldcode lint --print-config FILE` prints: the settings FILE is linted with. */
export interface EffectiveConfig {
  /** The file asked about, relative to the working directory. */
  file: string;
  /** The config file that applies (relative), or null when none was found. */
  configFile: string | null;
  /** The profile from `--profile`, the config or its overrides; null: the file's own `profile`, else `whatsapp`. */
  profile: string | null;
  /** The presets applied, in order. */
  extends: string[];
  /** Every known rule with the severity it runs at (the config's `rules` over the defaults). */
  rules: Record<string, RuleSeverity>;
  dataSchema: string | null;
  templates: string | null;
  ignore: string[];
  /** Whether the file's `x-fieldcode-disable` suppressions apply (false under `--no-inline-config`). */
  inlineConfig: boolean;
}

/**
 * The effective configuration for `file`, as ESLint's `--print-config` gives it: the rule defaults,
 * then the presets of `extends` (the config's, then those of the matching `overrides`), then the
 * `rules` (likewise), rule ids sorted, paths relative to the working directory.
 */
export function effectiveConfig(
  loaded: LoadedConfig,
  job: LintJob,
  rules: readonly RuleMeta[],
  cwd: string,
  file: string,
): EffectiveConfig {
  const path = resolve(cwd, file);
  const settings = settingsFor(job, path);
  const severities: Record<string, RuleSeverity> = {};
  for (const rule of [...rules].sort((a, b) => (a.id < b.id ? -1 : 1))) severities[rule.id] = rule.defaultSeverity;
  for (const [id, severity] of Object.entries(settings.rules ?? {})) if (Object.hasOwn(severities, id)) severities[id] = severity;
  const fromConfig = (value: string | undefined): string | null =>
    value === undefined ? null : displayPath(cwd, resolve(loaded.directory, value));
  return {
    file: displayPath(cwd, path),
    configFile: loaded.path === undefined ? null : displayPath(cwd, loaded.path),
    profile: settings.profile ?? null,
    extends: [...(job.presets ?? []), ...matchingPresets(job, path)],
    rules: severities,
    dataSchema: fromConfig(loaded.config.dataSchema),
    templates: loaded.config.templates ?? null,
    ignore: [...(loaded.config.ignore ?? [])],
    inlineConfig: job.allowInlineConfig !== false,
  };
}

/** The presets of the overrides that apply to `path`, in order. */
function matchingPresets(job: LintJob, path: string): string[] {
  const all = settingsFor({ ...job, presetSeverities: undefined, presets: [] }, path).presets ?? [];
  return [...all];
}
