/** The `:` operator and `Text(Arg, Format)`: format a value with a pattern chosen by its type. */
import { FieldDate, type Value } from '../types.js';
import { formatDatePattern, isDatePattern } from './date-format.js';
import { parseDateString } from './date-parse.js';
import { formatNumberPattern, isNumberPattern, parseWholeNumber } from './numbers.js';
import type { RenderState } from './state.js';

/**
 * Numbers use number patterns, Date/Time values date patterns, Booleans `TrueText;FalseText`.
 * A string that is a whole number takes a number pattern; a string that parses as a date takes
 * a date pattern; any other string is returned unchanged. A missing value stays missing.
 */
export function formatWithPattern(value: Value, pattern: string, state: RenderState): Value {
  if (value === null) return null;
  if (typeof value === 'number') {
    return isNumberPattern(pattern) || !isDatePattern(pattern) ? formatNumberPattern(value, pattern) : state.text(value);
  }
  if (value instanceof FieldDate) return formatDatePattern(value.epochMs, pattern, state.zone, state.localeInfo);
  if (typeof value === 'boolean') {
    const semicolon = pattern.indexOf(';');
    if (semicolon < 0) return value ? 'True' : 'False';
    return value ? pattern.slice(0, semicolon) : pattern.slice(semicolon + 1);
  }
  if (typeof value === 'string') {
    if (isNumberPattern(pattern) && !isDatePattern(pattern)) {
      const n = parseWholeNumber(value);
      return n === null ? value : formatNumberPattern(n, pattern);
    }
    if (isDatePattern(pattern)) {
      const ms = parseDateString(value, state.localeInfo, state.zone);
      return ms === null ? value : formatDatePattern(ms, pattern, state.zone, state.localeInfo);
    }
    return value;
  }
  return state.text(value);
}
