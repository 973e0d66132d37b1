/** The function registry: a `Map` keyed by lower-case name (never a plain object, SPEC §2.3). */
import type { FunctionDefinition } from '../types.js';
import { conversionFunctions } from './conversion.js';
import { dateFunctions } from './date.js';
import { extensionFunctions } from './extensions.js';
import { mathFunctions } from './math.js';
import { miscFunctions } from './misc.js';
import { stringFunctions } from './string.js';
import { closestName } from '../suggest.js';

/** Every built-in function (Genesys reference and extensions), keyed by lower-case name. */
export const builtinFunctions: ReadonlyMap<string, FunctionDefinition> = new Map(
  [...stringFunctions, ...mathFunctions, ...dateFunctions, ...miscFunctions, ...conversionFunctions, ...extensionFunctions].map(
    (definition) => [definition.name.toLowerCase(), Object.freeze(definition)] as const,
  ),
);

function findInExtra(name: string, extra: ReadonlyMap<string, FunctionDefinition>): FunctionDefinition | undefined {
  const exact = extra.get(name);
  if (exact !== undefined) return exact;
  const lower = name.toLowerCase();
  for (const [key, definition] of extra) if (key.toLowerCase() === lower) return definition;
  return undefined;
}

/**
 * Finds a function by name, ignoring case. Host functions in `extra` come first (so a host can
 * replace a built-in); only `Map` registries are consulted, so nothing is inherited.
 */
export function lookupFunction(name: string, extra?: ReadonlyMap<string, FunctionDefinition>): FunctionDefinition | undefined {
  if (extra instanceof Map) {
    const found = findInExtra(name, extra);
    if (found !== undefined) return found;
  }
  return builtinFunctions.get(name.toLowerCase());
}

/** The closest known function name (edit distance ≤ 2), for "did you mean" fixes. */
export function suggestFunction(name: string, extra?: ReadonlyMap<string, FunctionDefinition>): string | undefined {
  const candidates = [...builtinFunctions.values(), ...(extra instanceof Map ? extra.values() : [])].map((definition) => definition.name);
  return closestName(name, candidates);
}
