/** The function registry: a `Map` keyed by lower-case name (never a plain object, SPEC §2.3). */
import type { FunctionDefinition } from '../types.js';
import { conversionFunctions } from './conversion.js';
import { dateFunctions } from './date.js';
import { extensionFunctions } from './extensions.js';
import { mathFunctions } from './math.js';
import { miscFunctions } from './misc.js';
import { stringFunctions } from './string.js';

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

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] as number;
      row[j] = Math.min(current + 1, (row[j - 1] as number) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length] as number;
}

/** The closest known function name (edit distance ≤ 2), for "did you mean" fixes. */
export function suggestFunction(name: string, extra?: ReadonlyMap<string, FunctionDefinition>): string | undefined {
  const lower = name.toLowerCase();
  if (lower.length > 40) return undefined;
  let best: string | undefined;
  let bestDistance = 3;
  const candidates = [...builtinFunctions.values(), ...(extra instanceof Map ? extra.values() : [])];
  for (const definition of candidates) {
    const d = distance(lower, definition.name.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = definition.name;
    }
  }
  return best;
}
