import type { Limits } from '../types.js';

/** Defaults of every limit; the single source for docs and code. */
export const defaultLimits: Readonly<Limits> = Object.freeze({
  maxTemplateLength: 100_000,
  maxDepth: 64,
  maxOutputLength: 1_000_000,
  maxSteps: 100_000,
});

/** Applies defaults to a partial limit set, ignoring anything that is not a positive number. */
export function resolveLimits(partial: Partial<Limits> | undefined): Limits {
  if (partial === undefined) return defaultLimits;
  const pick = (key: keyof Limits): number => {
    const value = Object.hasOwn(partial, key) ? partial[key] : undefined;
    return typeof value === 'number' && value > 0 ? value : defaultLimits[key];
  };
  return {
    maxTemplateLength: pick('maxTemplateLength'),
    maxDepth: pick('maxDepth'),
    maxOutputLength: pick('maxOutputLength'),
    maxSteps: pick('maxSteps'),
  };
}

/**
 * Characters of text one evaluation step pays for (a power of two: `length >> TEXT_STEP_SHIFT`).
 * Work on data is charged by its size in these units, so the step limit bounds the time of a
 * render by the size of what it touches, not only by the number of nodes it evaluates.
 */
export const TEXT_STEP_SHIFT = 6;

/** Thrown inside a render when a limit is hit; caught by the render loop, never escapes. */
export class LimitSignal {
  constructor(readonly code: 'step-limit' | 'output-too-large') {}
}

export const STEP_LIMIT = new LimitSignal('step-limit');
export const OUTPUT_LIMIT = new LimitSignal('output-too-large');
