/**
 * Binary and unary operator semantics (reference §4). Each returns the result, or `undefined`
 * when the operand types do not fit (the evaluator reports `type-mismatch` and yields no value).
 */
import { FieldDate, type Value } from '../types.js';
import type { Expression, Span } from '../ast.js';
import type { Evaluate } from './compiler.js';
import { formatWithPattern, patternSiteOf } from './format.js';
import { OUTPUT_LIMIT } from './limits.js';
import type { RenderState } from './state.js';
import { toBoolean, toNumber } from './values.js';
import { instantFromWall, wallOf } from './dates.js';
import { utcZone, type Zone } from './timezone.js';

const DAY_MS = 86_400_000;
/** The ECMAScript date range (±100 000 000 days around 1970). */
const MAX_EPOCH_MS = 8.64e15;

/**
 * A date `days` calendar days after `epochMs` in `zone`: the wall-clock time moves by the days
 * (fractions included, as in Excel: `+ 0.5` is twelve hours of wall clock), so midnight plus one
 * is the next midnight also across a DST change. Undefined outside the representable range.
 */
function shifted(epochMs: number, days: number, zone: Zone): FieldDate | undefined {
  const wall = wallOf(zone, epochMs) + days * DAY_MS;
  if (!(Math.abs(wall) <= MAX_EPOCH_MS)) return undefined;
  const ms = instantFromWall(zone, wall);
  return Math.abs(ms) <= MAX_EPOCH_MS ? new FieldDate(ms) : undefined;
}

export type Arithmetic = '^' | '*' | '/' | 'Mod' | '-';

/**
 * `+`: concatenation when either side is a string, date + days (calendar days in `zone`, the
 * render's time zone), otherwise numeric addition.
 */
export function plus(left: Value, right: Value, text: (v: Value) => string, zone: Zone = utcZone): Value | undefined {
  if (typeof left === 'string' || typeof right === 'string') return text(left) + text(right);
  if (left === null || right === null) return null;
  if (left instanceof FieldDate) {
    const days = toNumber(right);
    return days === null ? undefined : shifted(left.epochMs, days, zone);
  }
  if (right instanceof FieldDate) {
    const days = toNumber(left);
    return days === null ? undefined : shifted(right.epochMs, days, zone);
  }
  const a = toNumber(left);
  const b = toNumber(right);
  return a === null || b === null ? undefined : a + b;
}

/**
 * Arithmetic other than `+`. `Mod` takes the sign of the divisor (as in spreadsheets). Null =
 * division by zero. Date − days moves calendar days in `zone`; Date − Date is the difference of
 * the wall-clock times in `zone`, in days, so two midnights across a DST change are whole days apart.
 */
export function arithmetic(op: Arithmetic, left: Value, right: Value, zone: Zone = utcZone): Value | undefined {
  if (left === null || right === null) return null;
  if (op === '-' && left instanceof FieldDate) {
    if (right instanceof FieldDate) return (wallOf(zone, left.epochMs) - wallOf(zone, right.epochMs)) / DAY_MS;
    const days = toNumber(right);
    return days === null ? undefined : shifted(left.epochMs, -days, zone);
  }
  const a = toNumber(left);
  const b = toNumber(right);
  if (a === null || b === null) return undefined;
  switch (op) {
    case '^':
      return a ** b;
    case '*':
      return a * b;
    case '/':
      return a / b;
    case 'Mod':
      return a - b * Math.floor(a / b);
    case '-':
      return a - b;
  }
}

function comparable(value: Value): number | string | null {
  if (value === null) return '';
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof FieldDate) return value.epochMs;
  if (typeof value === 'string') return value;
  return null;
}

/**
 * Compares two values: numbers numerically; strings case-insensitively; a string and a number
 * numerically when the string is a number, else as text; a missing value as empty text.
 * Returns negative/zero/positive, or undefined for objects and lists.
 */
export function compare(left: Value, right: Value, text: (v: Value) => string): number | undefined {
  let a = comparable(left);
  let b = comparable(right);
  if (a === null || b === null) return undefined;
  if (typeof a === 'number' && typeof b === 'string') {
    const n = toNumber(b);
    if (n !== null && right !== null) b = n;
    else {
      a = text(left);
    }
  } else if (typeof a === 'string' && typeof b === 'number') {
    const n = toNumber(a);
    if (n !== null && left !== null) a = n;
    else b = text(right);
  }
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  const x = String(a).toLowerCase();
  const y = String(b).toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

export type Comparison = '<' | '<=' | '>' | '>=' | '=' | '<>';

export function comparison(op: Comparison, order: number): boolean {
  switch (op) {
    case '<':
      return order < 0;
    case '<=':
      return order <= 0;
    case '>':
      return order > 0;
    case '>=':
      return order >= 0;
    case '=':
      return order === 0;
    case '<>':
      return order !== 0;
  }
}

/**
 * The evaluator of a binary operator: from its compiled operands (and its span, for diagnostics)
 * to the compiled operation. Each operator's entry in the operator table (parser/operators.ts)
 * names one; the compiler calls it and knows no operator by name.
 */
export type BinaryEvaluator = (left: Evaluate, right: Evaluate, span: Span) => Evaluate;

/** `And`, `&&`: both operands are evaluated (no short circuit: a field code reads every field). */
export const evaluateAnd: BinaryEvaluator = (left, right) => (s) => {
  s.step();
  return toBoolean(left(s)) && toBoolean(right(s));
};

/** `Or`, `||`. */
export const evaluateOr: BinaryEvaluator = (left, right) => (s) => {
  s.step();
  return toBoolean(left(s)) || toBoolean(right(s));
};

/** `XOr`. */
export const evaluateXOr: BinaryEvaluator = (left, right) => (s) => {
  s.step();
  return toBoolean(left(s)) !== toBoolean(right(s));
};

/** `+`: concatenation (charged by length, capped by the output limit), date + days, addition. */
export const evaluatePlus: BinaryEvaluator = (left, right, span) => (s) => {
  s.step();
  const a = left(s);
  const b = right(s);
  if (typeof a === 'string' && typeof b === 'string') {
    if (a.length + b.length > s.maxOutput) throw OUTPUT_LIMIT;
    s.chargeText(a.length + b.length);
    return a + b;
  }
  // The zone is read only for dates: resolving it reads Interaction.TimeZone and may warn.
  const result = plus(a, b, (v) => s.text(v), a instanceof FieldDate || b instanceof FieldDate ? s.zone : undefined);
  if (result === undefined) {
    s.report('type-mismatch', 'warning', 'These values cannot be added.', span);
    return null;
  }
  if (typeof result === 'string') {
    if (result.length > s.maxOutput) throw OUTPUT_LIMIT;
    s.chargeText(result.length);
  }
  return finite(result, s, span, false);
};

/** `-`, `*`, `/`, `^`, `Mod`. */
export function arithmeticEvaluator(op: Arithmetic): BinaryEvaluator {
  const dividing = op === '/' || op === 'Mod';
  return (left, right, span) => (s) => {
    s.step();
    const a = left(s);
    const b = right(s);
    const result = arithmetic(op, a, b, a instanceof FieldDate ? s.zone : undefined);
    if (result === undefined) {
      s.report('type-mismatch', 'warning', `Operator ${op} needs numbers.`, span);
      return null;
    }
    return finite(result, s, span, dividing);
  };
}

/** `:` formats the left value with the pattern on the right (charged by the pattern's length). */
export const evaluateFormat: BinaryEvaluator = (left, right, span) => {
  // The compiler passes the Binary node: problems are positioned in its right operand.
  const node = span as Span & { right?: Expression };
  const site = node.right !== undefined ? patternSiteOf(node.right) : { start: span.start, end: span.end, literal: false };
  return (s) => {
    s.step();
    const value = left(s);
    const pattern = s.text(right(s));
    s.step(1 + (pattern.length >> 4));
    return formatWithPattern(value, pattern, s, site);
  };
};

/** `<`, `<=`, `>`, `>=`, `=`, `<>` and their other spellings. */
export function comparisonEvaluator(op: Comparison): BinaryEvaluator {
  return (left, right, span) => (s) => {
    s.step();
    const a = left(s);
    const b = right(s);
    // Comparing text folds case and may parse a number: linear in the lengths.
    s.chargeText((typeof a === 'string' ? a.length : 0) + (typeof b === 'string' ? b.length : 0));
    const order = compare(a, b, (v) => s.text(v));
    if (order === undefined) {
      s.report('type-mismatch', 'warning', `Operator ${op} cannot compare objects or lists.`, span);
      return null;
    }
    return comparison(op, order);
  };
}

/** A number result that is not finite yields no value, with the reason. */
function finite(result: Value, s: RenderState, span: Span, dividing: boolean): Value {
  if (typeof result !== 'number' || Number.isFinite(result)) return result;
  if (dividing) s.report('division-by-zero', 'warning', 'Division by zero yields no value.', span);
  else s.report('number-overflow', 'warning', 'The result is not a finite number.', span);
  return null;
}
