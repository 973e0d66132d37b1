/** A mistake in a format pattern, positioned in the pattern text (UTF-16 offset and length). */
export interface PatternProblem {
  readonly problem: string;
  readonly offset: number;
  readonly length: number;
}

export function patternProblem(problem: string, offset: number, length = 1): PatternProblem {
  return { problem, offset, length: Math.max(1, length) };
}

export function isPatternProblem(value: unknown): value is PatternProblem {
  return typeof value === 'object' && value !== null && 'problem' in value;
}

/** Longest run of one letter a pattern may use (Java allows any; a longer run is a mistake, not a width). */
export const MAX_LETTER_RUN = 32;

/** Most digits a number pattern may ask for (Java's limit for a double: 309 integer, 340 fraction). */
export const MAX_INTEGER_DIGITS = 309;
export const MAX_FRACTION_DIGITS = 340;

/** Longest pattern kept in a parse cache (longer ones are parsed each time: no memory grows with them). */
export const MAX_CACHED_PATTERN = 1000;
