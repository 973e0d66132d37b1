/**
 * Exact decimal digits of a double, and rounding on those digits. Pattern output works on digit
 * strings, never on `toFixed` (limited to 100 digits and exponent-free only below 1e21) nor on
 * scaled floats (`0.07 * 100` is `7.000000000000001`).
 */

/** A non-negative decimal `0.d₁d₂d₃… × 10^point`; `digits` has no leading or trailing zeros ("" is zero). */
export interface Decimal {
  readonly digits: string;
  readonly point: number;
}

const ZERO: Decimal = { digits: '', point: 0 };
const TWO_53 = 9007199254740992;

/**
 * The digits of `|value|`: below 2^53 the shortest digits that read back as the same double
 * (what the author wrote: `1.005`, `0.1`); from 2^53 on, where every double is a whole number,
 * its exact integer digits (`2^70` → `1180591620717411303424`).
 */
export function decimalOf(value: number): Decimal {
  const abs = Math.abs(value);
  if (abs === 0 || !Number.isFinite(abs)) return ZERO;
  if (abs >= TWO_53) {
    const whole = BigInt(abs).toString();
    return normalize(whole, whole.length);
  }
  const text = String(abs);
  const e = text.indexOf('e');
  const mantissa = e < 0 ? text : text.slice(0, e);
  const exponent = e < 0 ? 0 : Number(text.slice(e + 1));
  const dot = mantissa.indexOf('.');
  const digits = dot < 0 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1);
  const integerLength = dot < 0 ? mantissa.length : dot;
  return normalize(digits, integerLength + exponent);
}

/** Strips leading and trailing zeros of `0.raw × 10^point`. */
function normalize(raw: string, point: number): Decimal {
  let p = point;
  let start = 0;
  while (start < raw.length && raw.charCodeAt(start) === 48) {
    start++;
    p--;
  }
  let end = raw.length;
  while (end > start && raw.charCodeAt(end - 1) === 48) end--;
  return start === end ? ZERO : { digits: raw.slice(start, end), point: p };
}

/** Multiplies by 10^n exactly (percent ×100, per mille ×1000). */
export function shift(d: Decimal, n: number): Decimal {
  return d.digits === '' ? d : { digits: d.digits, point: d.point + n };
}

/**
 * Keeps the first `keep` digits (counted from the first digit), rounding half away from zero on
 * the decimal digits: `1.005` to two fraction digits is `1.01`. `keep ≤ 0` keeps none: the
 * result is zero, or one unit of the first dropped position when that digit is 5 or more.
 */
export function roundDigits(d: Decimal, keep: number): Decimal {
  if (keep >= d.digits.length) return d;
  if (keep < 0) return ZERO;
  const up = d.digits.charCodeAt(keep) >= 53;
  if (!up) return normalize(d.digits.slice(0, keep), d.point);
  // Add one unit in the last kept place, carrying through nines.
  let i = keep - 1;
  while (i >= 0 && d.digits.charCodeAt(i) === 57) i--;
  if (i < 0) return { digits: '1', point: d.point + 1 };
  const digits = d.digits.slice(0, i) + String.fromCharCode(d.digits.charCodeAt(i) + 1);
  return normalize(digits, d.point);
}

/** Rounds to `fraction` digits after the decimal point. */
export function roundFraction(d: Decimal, fraction: number): Decimal {
  return d.digits === '' ? d : roundDigits(d, d.point + fraction);
}

/** The integer digits (at least "" — callers pad) and the fraction digits of a decimal. */
export function splitDecimal(d: Decimal): { integer: string; fraction: string } {
  const { digits, point } = d;
  if (digits === '') return { integer: '', fraction: '' };
  if (point <= 0) return { integer: '', fraction: '0'.repeat(-point) + digits };
  if (point >= digits.length) return { integer: digits + '0'.repeat(point - digits.length), fraction: '' };
  return { integer: digits.slice(0, point), fraction: digits.slice(point) };
}
