/**
 * Lint plugins named in the config's `plugins` (docs/rules.md#plugins-in-the-config): a path
 * (`./acme-plugin.mjs`, resolved against the config file's folder) or a package name (looked up
 * from that folder like `require.resolve`), imported once per run. A plugin runs with the CLI's
 * rights, as ESLint plugins do: name only plugins you trust.
 */
import { createRequire } from 'node:module';
import { isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ownValue } from '@fieldcode/language';
import type { LintPlugin, RuleMeta, RuleSeverity } from '@fieldcode/content';
import { configFileName, displayPath, type LoadedConfig } from './config.js';
import { messageOf, UsageError } from './errors.js';

const SEVERITIES: ReadonlySet<unknown> = new Set(['error', 'warning', 'info', 'off']);

/** A path rather than a package name: it starts with `./` or `../`, or is absolute. */
function isPath(entry: string): boolean {
  return entry.startsWith('./') || entry.startsWith('../') || isAbsolute(entry);
}

/**
 * Imports the plugins of the config and checks their shape and that their rule ids are new (their
 * presets are checked with the config's `extends`). Every failure is a {@link UsageError}.
 */
export async function loadPlugins(loaded: LoadedConfig, cwd: string, builtIn: readonly RuleMeta[]): Promise<LintPlugin[]> {
  const entries = loaded.config.plugins ?? [];
  const shownConfig = loaded.path === undefined ? configFileName : displayPath(cwd, loaded.path);
  const invalid = (message: string) => new UsageError(`invalid config ${shownConfig}: ${message}`);
  const plugins: LintPlugin[] = [];
  const ids = new Set(builtIn.map((meta) => meta.id));
  for (const entry of entries) {
    let file: string;
    try {
      file = isPath(entry) ? resolve(loaded.directory, entry) : createRequire(join(loaded.directory, configFileName)).resolve(entry);
    } catch {
      throw invalid(
        `cannot find the plugin package '${entry}' from ${displayPath(cwd, loaded.directory)} (a file path starts with ./ or ../)`,
      );
    }
    let module: unknown;
    try {
      module = await import(pathToFileURL(file).href);
    } catch (error) {
      throw invalid(`the plugin '${entry}' failed to load: ${messageOf(error)}`);
    }
    const plugin = pluginOf(module);
    if (typeof plugin === 'string') throw invalid(`'${entry}' is not a lint plugin: ${plugin}`);
    for (const rule of plugin.rules ?? []) {
      if (ids.has(rule.meta.id)) throw invalid(`the plugin '${entry}' defines the rule '${rule.meta.id}', which already exists`);
      ids.add(rule.meta.id);
    }
    plugins.push(plugin);
  }
  return plugins;
}

/** The names of the plugins' presets, as `extends` writes them (`<plugin>/<preset>`). */
export function pluginPresetNames(plugins: readonly LintPlugin[]): string[] {
  return plugins.flatMap((plugin) => Object.keys(plugin.presets ?? {}).map((preset) => `${plugin.name}/${preset}`));
}

/** The severities of the plugin preset `<plugin>/<preset>` (empty when there is none: names are checked first). */
export function pluginPreset(plugins: readonly LintPlugin[], name: string): Readonly<Record<string, RuleSeverity>> {
  const slash = name.indexOf('/');
  const plugin = plugins.find((p) => p.name === name.slice(0, slash));
  return (plugin === undefined ? undefined : ownValue(plugin.presets, name.slice(slash + 1))) ?? {};
}

/** The rule metadata of the plugins, for rule-id checks and the formatters (SARIF lists rules). */
export function pluginRuleMetas(plugins: readonly LintPlugin[]): RuleMeta[] {
  return plugins.flatMap((plugin) => (plugin.rules ?? []).map((rule) => rule.meta));
}

/** The module's default export as a plugin, or why it is none. */
function pluginOf(module: unknown): LintPlugin | string {
  const plugin = ownValue(module as Record<string, unknown>, 'default');
  if (typeof plugin !== 'object' || plugin === null) return 'its default export must be { name, rules?, presets? }';
  const { name, rules, presets } = plugin as Partial<LintPlugin>;
  if (typeof name !== 'string' || name === '' || name.includes('/')) return 'its name must be a non-empty string without "/"';
  if (rules !== undefined && !Array.isArray(rules)) return 'its rules must be an array';
  for (const rule of rules ?? []) {
    const { meta, check } = (rule ?? {}) as { meta?: Partial<RuleMeta>; check?: unknown };
    if (typeof meta?.id !== 'string' || typeof check !== 'function') return 'each rule needs meta.id and a check(context) function';
    if (!SEVERITIES.has(meta.defaultSeverity)) return `the rule '${meta.id}' needs meta.defaultSeverity (error, warning, info or off)`;
  }
  if (presets !== undefined && (typeof presets !== 'object' || presets === null)) return 'its presets must be an object';
  return plugin as LintPlugin;
}
