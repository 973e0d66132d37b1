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

/**
 * A parser whose results are cached by pattern text (patterns are few and reused); patterns longer
 * than {@link MAX_CACHED_PATTERN} are parsed each time, and the cache is emptied past 200 entries.
 */
export function cachedPatternParser<T>(parse: (pattern: string) => T | PatternProblem): (pattern: string) => T | PatternProblem {
  const cache = new Map<string, T | PatternProblem>();
  return (pattern) => {
    const cached = cache.get(pattern);
    if (cached !== undefined) return cached;
    const result = parse(pattern);
    if (pattern.length <= MAX_CACHED_PATTERN) {
      if (cache.size > 200) cache.clear();
      cache.set(pattern, result);
    }
    return result;
  };
}

/**
 * Reads the quoted literal that starts at `start` (a `'`): `''` is one quote, `'text'` is `text`
 * with `''` inside it a quote. Returns the literal and the offset after it, or the problem of an
 * unterminated quote (positioned at the opening quote).
 */
export function readQuoted(pattern: string, start: number): { text: string; next: number } | PatternProblem {
  if (pattern[start + 1] === "'") return { text: "'", next: start + 2 };
  let text = '';
  let j = start + 1;
  for (;;) {
    if (j >= pattern.length) return patternProblem("Unterminated quote: close the literal text with '.", start);
    if (pattern[j] === "'") {
      if (pattern[j + 1] !== "'") break;
      text += "'";
      j += 2;
    } else text += pattern[j++];
  }
  return { text, next: j + 1 };
}

/** A letter run of a pattern: `yyyy` is `{ letter: 'y', count: 4 }`. */
export interface LetterRun {
  readonly letter: string;
  readonly count: number;
}

/**
 * Reads a `SimpleDateFormat`-style pattern as literal text and runs of one letter: quoted text
 * and non-letters are literal, every ASCII letter must be one of `letters` (else `unknown` words
 * the problem), a run is at most {@link MAX_LETTER_RUN} long, and `checkRun` may refuse a run.
 * The date and duration pattern parsers read patterns through this one loop.
 */
export function readLetterRuns(
  pattern: string,
  letters: string,
  unknown: (letter: string, at: number) => PatternProblem,
  checkRun?: (run: LetterRun, at: number) => PatternProblem | undefined,
): Array<string | LetterRun> | PatternProblem {
  const list: Array<string | LetterRun> = [];
  let text = '';
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i] as string;
    if (c === "'") {
      const quoted = readQuoted(pattern, i);
      if (isPatternProblem(quoted)) return quoted;
      text += quoted.text;
      i = quoted.next;
      continue;
    }
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
      text += c;
      i++;
      continue;
    }
    if (!letters.includes(c)) return unknown(c, i);
    let j = i + 1;
    while (pattern[j] === c) j++;
    const run = { letter: c, count: j - i };
    if (run.count > MAX_LETTER_RUN) return patternProblem(`At most ${MAX_LETTER_RUN} "${c}" in a row.`, i, run.count);
    const problem = checkRun?.(run, i);
    if (problem) return problem;
    if (text !== '') list.push(text);
    text = '';
    list.push(run);
    i = j;
  }
  if (text !== '') list.push(text);
  return list;
}
