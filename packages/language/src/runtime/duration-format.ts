/**
 * Durations: a number of seconds printed with `d H m s S` letters (`H:mm:ss`, `m 'min' ss 's'`).
 * As in Java's `DurationFormatUtils`, the largest unit of the pattern takes the whole rest (90 061
 * seconds are `25:01:01` with `H:mm:ss`: hours do not wrap at 24 unless `d` is present), smaller
 * units are truncated like a clock (89.6 s with `m:ss` is `1:29`), `S` is milliseconds and the
 * count of a letter is its minimum width. A negative duration starts with a minus sign.
 */
import { localDigits, type LocaleInfo } from './locales.js';
import { cachedPatternParser, patternProblem, readLetterRuns, type LetterRun, type PatternProblem } from './pattern-problem.js';

const UNITS: Readonly<Record<string, number>> = { d: 86_400_000, H: 3_600_000, m: 60_000, s: 1000, S: 1 };
const ORDER = 'dHmsS';

export type DurationPattern = ReadonlyArray<string | LetterRun>;

/** Largest duration printed exactly: 2^53 milliseconds (about 285 000 years). */
export const MAX_DURATION_SECONDS = Number.MAX_SAFE_INTEGER / 1000;

/** Parses a duration pattern, or says what is wrong and where. */
export const parseDurationPattern = cachedPatternParser<DurationPattern>((pattern) => parse(pattern));

function parse(pattern: string): DurationPattern | PatternProblem {
  return readLetterRuns(pattern, ORDER, (c, at) => {
    const hint = c === 'h' ? ' (hours are H)' : c === 'M' ? ' (minutes are m)' : '';
    return patternProblem(`Unknown duration letter "${c}"${hint}: durations use d, H, m, s and S; quote literal text ('${c}').`, at);
  });
}

/** Formats `seconds` (finite, |seconds| ≤ {@link MAX_DURATION_SECONDS}) with a parsed duration pattern. */
export function formatDuration(seconds: number, pattern: DurationPattern, locale: LocaleInfo): string {
  let rest = Math.round(Math.abs(seconds) * 1000);
  // Each unit present takes what the larger units left; the first present unit takes all of it.
  const values = new Map<string, number>();
  for (const letter of ORDER) {
    if (!pattern.some((t) => typeof t !== 'string' && t.letter === letter)) continue;
    const size = UNITS[letter] as number;
    const value = Math.floor(rest / size);
    values.set(letter, value);
    rest -= value * size;
  }
  let out = seconds < 0 && Math.round(Math.abs(seconds) * 1000) > 0 ? locale.minusSign : '';
  for (const token of pattern) {
    if (typeof token === 'string') out += token;
    else {
      const digits = String(values.get(token.letter) ?? 0).padStart(token.count, '0');
      out += localDigits(digits, locale);
    }
  }
  return out;
}
