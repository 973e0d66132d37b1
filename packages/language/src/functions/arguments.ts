/** Argument conversions shared by the function families. */
import { FieldDate, type FunctionContext, type Value } from '../types.js';
import { FunctionError } from '../runtime/errors.js';
import { RenderState } from '../runtime/state.js';
import { parseDateString } from '../runtime/date-parse.js';
import { defaultLocale, findLocale, type LocaleInfo } from '../runtime/locales.js';
import { resolveZone, utcZone, type Zone } from '../runtime/timezone.js';
import { formatNumberDefault } from '../runtime/numbers.js';
import { formatDateDefault } from '../runtime/date-format.js';
import { toNumber } from '../runtime/values.js';

/** Zone of the render (host-supplied contexts give a zone name). */
export function zoneOf(ctx: FunctionContext): Zone {
  if (ctx instanceof RenderState) return ctx.zone;
  return resolveZone(ctx.timeZone) ?? utcZone;
}

export function localeOf(ctx: FunctionContext, explicit?: Value): LocaleInfo {
  if (explicit !== undefined && explicit !== null) {
    // Only text names a locale; a list, object or date must not read as "[object Object]".
    const name = typeof explicit === 'object' ? '' : String(explicit);
    const found = findLocale(name);
    if (!found) throw new FunctionError('unknown-locale', `unknown locale "${name}" (write it as en_US or en-US).`);
    return found;
  }
  if (ctx instanceof RenderState) return ctx.localeInfo;
  return findLocale(ctx.locale) ?? defaultLocale;
}

/** Default text of a value; a missing value is empty text. */
export function text(value: Value, ctx: FunctionContext): string {
  if (ctx instanceof RenderState) return ctx.text(value);
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return formatNumberDefault(value);
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (value instanceof FieldDate) return formatDateDefault(value.epochMs, zoneOf(ctx));
  return '';
}

/** A string argument, charging the evaluation budget by its length. */
export function stringArg(value: Value, ctx: FunctionContext): string {
  const s = text(value, ctx);
  ctx.step(1 + (s.length >> 6));
  return s;
}

/** A number argument; a missing value counts as 0; text that is not a number is an error. */
export function numberArg(value: Value, position: number): number {
  if (value === null) return 0;
  const n = toNumber(value);
  if (n === null) throw new FunctionError('type-mismatch', `argument ${position} must be a number.`);
  return n;
}

/** An integer argument (truncated toward zero). */
export function integerArg(value: Value, position: number): number {
  return Math.trunc(numberArg(value, position));
}

/** A Date/Time argument (ISO text is accepted); null when the value is missing. */
export function dateArg(value: Value, ctx: FunctionContext, position: number): number | null {
  if (value === null) return null;
  if (value instanceof FieldDate) return value.epochMs;
  if (typeof value === 'string') {
    const ms = parseDateString(value, localeOf(ctx), zoneOf(ctx), ctx.now);
    if (ms !== null) return ms;
  }
  throw new FunctionError('type-mismatch', `argument ${position} must be a Date/Time.`);
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** Characters of a string as code points (strings without surrogates are used as they are). */
export function codePoints(s: string): string | string[] {
  return SURROGATE.test(s) ? Array.from(s) : s;
}

export function sliceChars(chars: string | string[], start: number, end?: number): string {
  return typeof chars === 'string' ? chars.slice(start, end) : chars.slice(start, end).join('');
}
