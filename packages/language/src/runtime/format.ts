/**
 * The `:` operator and `Text(Arg, Format)`: format a value with a pattern chosen by its type —
 * numbers with number patterns (number-pattern.ts) or duration patterns (duration-format.ts),
 * Date/Time values with date patterns (date-format.ts), Booleans with `TrueText;FalseText`.
 * A pattern with a mistake prints the value with its default format and reports
 * `invalid-format-pattern` at the mistake.
 */
import type { Expression, Span } from '../ast.js';
import { FieldDate, type Value } from '../types.js';
import { formatDate, parseDatePattern } from './date-format.js';
import { parseDateString } from './date-parse.js';
import { formatDuration, MAX_DURATION_SECONDS, parseDurationPattern } from './duration-format.js';
import { formatNumber, parseNumberPattern } from './number-pattern.js';
import { parseWholeNumber } from './numbers.js';
import { isPatternProblem, patternProblem, type PatternProblem } from './pattern-problem.js';
import type { RenderState } from './state.js';

/** Where a pattern is written, for positioning problems. */
export interface PatternSite extends Span {
  /** True when the pattern is a string literal without escapes: pattern offsets map to source offsets. */
  readonly literal: boolean;
}

/** The site of a pattern expression (a literal without escapes maps offsets one to one). */
export function patternSiteOf(node: Expression): PatternSite {
  const literal = node.kind === 'String' && node.end - node.start - 2 === node.value.length;
  return { start: node.start, end: node.end, literal };
}

/** What a pattern's unquoted characters make it. */
type PatternKind = 'number' | 'duration' | 'date';

const DATE_LETTERS = 'GyYMLwWDdFEuaHkKhmsSzZX';
const DURATION_LETTERS = 'dHmsS';

/**
 * One linear scan outside quotes: a `0` or `#` makes a number pattern; letters that are duration
 * letters only (`d H m s S`) a duration pattern for numbers; any other letter a date pattern.
 */
function classify(pattern: string): { kind: PatternKind; letterAt: number } {
  let placeholder = false;
  let duration = false;
  let letterAt = -1;
  let quoted = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === "'") quoted = !quoted;
    else if (quoted) continue;
    else if (c === '0' || c === '#') placeholder = true;
    else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      if (DURATION_LETTERS.includes(c)) duration = true;
      else if (letterAt < 0) letterAt = i;
    }
  }
  if (placeholder) return { kind: 'number', letterAt };
  if (letterAt >= 0) return { kind: 'date', letterAt };
  return { kind: duration ? 'duration' : 'number', letterAt };
}

/** Where a problem is in the source: on its characters in a literal without escapes, else the whole pattern expression. */
export function patternProblemSpan(site: PatternSite, problem: PatternProblem): Span {
  return site.literal ? { start: site.start + 1 + problem.offset, end: site.start + 1 + problem.offset + problem.length } : site;
}

/** The `invalid-format-pattern` message (render and analysis word it alike). */
export function patternProblemMessage(problem: PatternProblem): string {
  return `Format pattern, character ${problem.offset + 1}: ${problem.problem} The value is printed with its default format.`;
}

function reportProblem(state: RenderState, site: PatternSite, problem: PatternProblem): void {
  state.report('invalid-format-pattern', 'warning', patternProblemMessage(problem), patternProblemSpan(site, problem));
}

/** A date letter (or an unknown letter) in a pattern given to a number. */
function dateLetterProblem(pattern: string, letterAt: number): PatternProblem {
  const letter = pattern[letterAt] as string;
  const why = DATE_LETTERS.includes(letter) ? `"${letter}" is a date letter` : `"${letter}" is not a pattern letter`;
  return patternProblem(
    `${why}: a number takes a number pattern (0, #) or a duration pattern (d, H, m, s, S); quote literal text ('${letter}').`,
    letterAt,
  );
}

/** A number with a number or duration pattern; a date pattern is a mistake for a number. */
function formatNumberValue(
  value: number,
  pattern: string,
  kind: PatternKind,
  letterAt: number,
  state: RenderState,
): string | PatternProblem {
  if (kind === 'date') return dateLetterProblem(pattern, letterAt);
  const locale = state.localeInfo;
  if (kind === 'duration') {
    const parsed = parseDurationPattern(pattern);
    if ('problem' in parsed) return parsed;
    if (Math.abs(value) > MAX_DURATION_SECONDS) return patternProblem('The duration is too large to print exactly.', 0, pattern.length);
    return formatDuration(value, parsed, locale);
  }
  const parsed = parseNumberPattern(pattern);
  return 'problem' in parsed ? parsed : formatNumber(value, parsed, locale);
}

function formatDateValue(epochMs: number, pattern: string, state: RenderState): string | PatternProblem {
  const parsed = parseDatePattern(pattern);
  return 'problem' in parsed ? parsed : formatDate(epochMs, parsed, state.zone, state.localeInfo);
}

/**
 * Booleans: `TrueText;FalseText`, split at the first `;` (the texts are printed as written).
 */
function formatBoolean(value: boolean, pattern: string): string | PatternProblem {
  const semicolon = pattern.indexOf(';');
  if (semicolon < 0) return booleanProblem(pattern);
  return value ? pattern.slice(0, semicolon) : pattern.slice(semicolon + 1);
}

function booleanProblem(pattern: string): PatternProblem {
  return patternProblem('A Boolean pattern is TrueText;FalseText (for example "Yes;No").', 0, pattern.length);
}

/**
 * Strings: a string that is a number (`"129.99"`, `"3600"`) is formatted as that number with a
 * number or duration pattern; a string that is a date (ISO 8601 or the locale's forms) with a
 * date pattern; any other string is printed unchanged (data such as `N/A` passes through).
 */
function formatString(value: string, pattern: string, kind: PatternKind, letterAt: number, state: RenderState): string | PatternProblem {
  const n = kind === 'date' ? null : parseWholeNumber(value);
  if (n !== null) return formatNumberValue(n, pattern, kind, letterAt, state);
  if (kind === 'number') {
    // The value is not a number, but a broken pattern is still the author's mistake.
    const parsed = parseNumberPattern(pattern);
    return 'problem' in parsed ? parsed : value;
  }
  const ms = parseDateString(value, state.localeInfo, state.zone, state.now);
  return ms === null ? value : formatDateValue(ms, pattern, state);
}

/**
 * Formats `value` with `pattern` (see docs/language.md, "Format patterns"). A missing value stays
 * missing; objects and lists print their default text.
 */
export function formatWithPattern(value: Value, pattern: string, state: RenderState, site: PatternSite): Value {
  if (value === null) return null;
  let result: string | PatternProblem;
  if (typeof value === 'boolean') result = formatBoolean(value, pattern);
  else if (value instanceof FieldDate) result = formatDateValue(value.epochMs, pattern, state);
  else if (typeof value === 'number' || typeof value === 'string') {
    const { kind, letterAt } = classify(pattern);
    result =
      typeof value === 'number'
        ? formatNumberValue(value, pattern, kind, letterAt, state)
        : formatString(value, pattern, kind, letterAt, state);
  } else return state.text(value);
  if (typeof result === 'string') return result;
  reportProblem(state, site, result);
  return state.text(value);
}

/** What is known before a render of the value a pattern formats ('unknown': data, or any type). */
export type StaticValueType = 'number' | 'date' | 'boolean' | 'unknown';

/** A pattern mistake found without rendering, with the kind of pattern it was read as. */
export interface StaticPatternProblem {
  readonly kind: 'number' | 'duration' | 'date' | 'boolean';
  readonly problem: PatternProblem;
}

/**
 * The mistake a render reports for `pattern` with the values it is written for, found without a
 * value (the same parsers and wording as the render), or undefined. A known type decides the
 * pattern kind as the render does; for an unknown type the pattern's letters decide (`0`/`#` a
 * number pattern, only `d H m s S` a duration, other letters a date pattern), and a pattern with
 * `;` is not checked, since it may be a Boolean's `TrueText;FalseText`. (A string that is neither
 * a number nor a date prints unchanged whatever its pattern; the mistake still stands for the
 * numbers and dates the pattern is written for.)
 */
export function staticPatternProblem(pattern: string, type: StaticValueType): StaticPatternProblem | undefined {
  const found = (kind: StaticPatternProblem['kind'], parsed: object): StaticPatternProblem | undefined =>
    isPatternProblem(parsed) ? { kind, problem: parsed } : undefined;
  if (type === 'boolean') return pattern.includes(';') ? undefined : { kind: 'boolean', problem: booleanProblem(pattern) };
  if (type === 'date') return found('date', parseDatePattern(pattern));
  if (type === 'unknown' && pattern.includes(';')) return undefined;
  const { kind, letterAt } = classify(pattern);
  if (kind === 'date')
    return type === 'number' ? { kind: 'number', problem: dateLetterProblem(pattern, letterAt) } : found('date', parseDatePattern(pattern));
  return kind === 'duration' ? found('duration', parseDurationPattern(pattern)) : found('number', parseNumberPattern(pattern));
}
