import { resolve } from 'node:path';
import type { RuleMeta, RuleSeverity } from '@fieldcode/content';
import { displayPath, type LoadedConfig } from './config.js';

/** What `fieldcode lint --print-config FILE` prints: the settings FILE is linted with. */
export interface EffectiveConfig {
  /** The file asked about, relative to the working directory. */
  file: string;
  /** The config file that applies (relative), or null when none was found. */
  configFile: string | null;
  /** The profile from `--profile` or the config; null: the file's own `profile`, else `whatsapp`. */
  profile: string | null;
  /** Every known rule with the severity it runs at (the config's `rules` over the defaults). */
  rules: Record<string, RuleSeverity>;
  dataSchema: string | null;
  templates: string | null;
  ignore: string[];
}

/**
 * The effective configuration for `file`, as ESLint's `--print-config` gives it: defaults merged
 * with the config, rule ids sorted, paths relative to the working directory.
 */
export function effectiveConfig(
  loaded: LoadedConfig,
  rules: readonly RuleMeta[],
  profile: string | undefined,
  cwd: string,
  file: string,
): EffectiveConfig {
  const severities: Record<string, RuleSeverity> = {};
  for (const rule of [...rules].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    severities[rule.id] = Object.hasOwn(loaded.config.rules ?? {}, rule.id) ? loaded.config.rules![rule.id]! : rule.defaultSeverity;
  }
  const fromConfig = (path: string | undefined): string | null =>
    path === undefined ? null : displayPath(cwd, resolve(loaded.directory, path));
  return {
    file: displayPath(cwd, resolve(cwd, file)),
    configFile: loaded.path === undefined ? null : displayPath(cwd, loaded.path),
    profile: profile ?? null,
    rules: severities,
    dataSchema: fromConfig(loaded.config.dataSchema),
    templates: loaded.config.templates ?? null,
    ignore: [...(loaded.config.ignore ?? [])],
  };
}
