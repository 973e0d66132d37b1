/** Value helpers: type names, conversions between the field-code types. */
import { FieldDate, type Value } from '../types.js';
import { isPlainObject } from './safety.js';
import { parseWholeNumber } from './numbers.js';

export type TypeName = 'Number' | 'String' | 'Boolean' | 'DateTime' | 'Object' | 'List' | 'Missing';

/** The name `Type()` returns. */
export function typeName(value: Value): TypeName {
  if (value === null) return 'Missing';
  switch (typeof value) {
    case 'number':
      return 'Number';
    case 'string':
      return 'String';
    case 'boolean':
      return 'Boolean';
    default:
      if (value instanceof FieldDate) return 'DateTime';
      return Array.isArray(value) ? 'List' : 'Object';
  }
}

/**
 * Turns a raw data value into a field-code value. Only JSON-like values survive: functions,
 * symbols, bigints, class instances (other than `Date`) and non-finite numbers become missing (null).
 */
export function fromData(raw: unknown): Value {
  switch (typeof raw) {
    case 'string':
    case 'boolean':
      return raw;
    case 'number':
      return Number.isFinite(raw) ? raw : null;
    case 'object':
      if (raw === null) return null;
      if (Array.isArray(raw)) return raw;
      if (raw instanceof FieldDate) return raw;
      if (raw instanceof Date) {
        const ms = Date.prototype.getTime.call(raw);
        return Number.isNaN(ms) ? null : new FieldDate(ms);
      }
      return isPlainObject(raw) ? raw : null;
    default:
      return null;
  }
}

/** Converts to a number for arithmetic; null when there is no sensible number. */
export function toNumber(value: Value): number | null {
  switch (typeof value) {
    case 'number':
      return value;
    case 'boolean':
      return value ? 1 : 0;
    case 'string':
      return parseWholeNumber(value);
    default:
      return null;
  }
}

/** Truth value per `Bool()` rules without a default (strings On/Yes/True, numbers ≠ 0). */
export function toBoolean(value: Value): boolean {
  switch (typeof value) {
    case 'boolean':
      return value;
    case 'number':
      return value !== 0;
    case 'string': {
      const word = value.trim().toLowerCase();
      return word === 'true' || word === 'yes' || word === 'on';
    }
    default:
      return value !== null;
  }
}

/** Parses a Bool() keyword; undefined when the string is not one of them. */
export function boolKeyword(text: string): boolean | undefined {
  const word = text.trim().toLowerCase();
  if (word === 'true' || word === 'yes' || word === 'on') return true;
  if (word === 'false' || word === 'no' || word === 'off') return false;
  return undefined;
}
