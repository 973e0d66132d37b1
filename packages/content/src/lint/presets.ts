import type { RuleMeta, RuleSeverity } from '../types.js';

/** Names of the built-in presets, as written in `extends` and `LintOptions.presets`. */
export const builtinPresetNames = ['fieldcode:recommended', 'fieldcode:strict', 'fieldcode:genesys'] as const;
export type BuiltinPresetName = (typeof builtinPresetNames)[number];

/**
 * The severities of a built-in preset, derived from the rules' metadata (plugin rules included),
 * so a new rule joins every preset without a list to update:
 * - `fieldcode:recommended`: every rule at its `defaultSeverity` (what runs without a config);
 * - `fieldcode:strict`: every rule on, one step up — warnings and infos become errors and
 *   warnings, rules off by default become warnings;
 * - `fieldcode:genesys`: only the rules whose `genesysRejects` is set, as errors, every other rule
 *   off — a file passes exactly when Genesys itself would take it.
 */
export function builtinPreset(name: BuiltinPresetName, metas: readonly RuleMeta[]): Record<string, RuleSeverity> {
  const severities: Record<string, RuleSeverity> = Object.create(null) as Record<string, RuleSeverity>;
  for (const meta of metas) severities[meta.id] = severityIn(name, meta);
  return severities;
}

function severityIn(name: BuiltinPresetName, meta: RuleMeta): RuleSeverity {
  switch (name) {
    case 'fieldcode:recommended':
      return meta.defaultSeverity;
    case 'fieldcode:strict':
      return stricter[meta.defaultSeverity];
    case 'fieldcode:genesys':
      return meta.genesysRejects === true ? 'error' : 'off';
  }
}

const stricter: Record<RuleSeverity, RuleSeverity> = { error: 'error', warning: 'error', info: 'warning', off: 'warning' };

/** True for the name of a built-in preset. */
export function isBuiltinPreset(name: string): name is BuiltinPresetName {
  return (builtinPresetNames as readonly string[]).includes(name);
}
