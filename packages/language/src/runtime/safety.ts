/**
 * Data access for render data: own data properties of plain JSON objects only (SPEC §2.3).
 * Getters are never triggered, functions are never called, prototype names never resolve.
 */

/** Names that never resolve, even as own properties. */
export const deniedNames: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
  '__definegetter__',
  '__definesetter__',
  '__lookupgetter__',
  '__lookupsetter__',
]);

export function isDeniedName(name: string): boolean {
  return deniedNames.has(name.toLowerCase());
}

/** A plain JSON object: `{}` literal, `JSON.parse` output or null-prototype object (not an array). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** Result of a property read: the raw value and whether it was matched ignoring case. */
export interface PropertyRead {
  value: unknown;
  caseMismatch: boolean;
  /** Actual key that matched (for messages). */
  key: string;
}

/**
 * Whether a descriptor from `Object.getOwnPropertyDescriptor` is a data property's. An accessor's
 * descriptor always has its own `get` (undefined for a setter only), a data property's has none:
 * `in` answers that at the speed of a property check. Only when `Object.prototype` itself has a
 * `get` does the own `value` decide; `'value' in` alone would read a `value` put on
 * `Object.prototype` for an accessor.
 */
export function isDataDescriptor(descriptor: PropertyDescriptor | undefined): descriptor is PropertyDescriptor {
  return descriptor !== undefined && (!('get' in descriptor) || Object.hasOwn(descriptor, 'value'));
}

function ownDataValue(obj: object, key: string): { value: unknown } | undefined {
  const descriptor = Object.getOwnPropertyDescriptor(obj, key);
  return isDataDescriptor(descriptor) ? (descriptor as { value: unknown }) : undefined;
}

/** What a data read charges its work to (a render's step counter). */
export interface WorkBudget {
  step(count?: number): void;
}

/**
 * Reads `name` from `obj`: exact own data property first, then a case-insensitive match among
 * own enumerable string keys. Returns undefined when absent, denied or not a plain object.
 * The case-insensitive scan costs one step of `budget` per key, charged before it starts.
 */
export function readProperty(obj: unknown, name: string, budget?: WorkBudget): PropertyRead | undefined {
  if (!isPlainObject(obj) || isDeniedName(name)) return undefined;
  const exact = ownDataValue(obj, name);
  if (exact !== undefined) return { value: exact.value, caseMismatch: false, key: name };
  const keys = Object.keys(obj);
  budget?.step(keys.length);
  const lower = name.toLowerCase();
  for (const key of keys) {
    if (key.toLowerCase() === lower) {
      const found = ownDataValue(obj, key);
      if (found !== undefined) return { value: found.value, caseMismatch: true, key };
    }
  }
  return undefined;
}

/** Marks an absent property in {@link readOwnExact} (data values can be anything, even undefined). */
export const ABSENT: unique symbol = Symbol('absent');

/**
 * Hot path for names vetted at compile time (never denied names): the exact own data property of
 * a plain object, or {@link ABSENT}. Callers fall back to {@link readProperty} for case-insensitive matches.
 */
export function readOwnExact(obj: unknown, name: string): unknown {
  if (!isPlainObject(obj)) return ABSENT;
  const descriptor = Object.getOwnPropertyDescriptor(obj, name);
  return isDataDescriptor(descriptor) ? descriptor.value : ABSENT;
}

/** {@link readOwnExact} for an object already known to be plain. */
export function readOwnExactPlain(obj: object, name: string): unknown {
  const descriptor = Object.getOwnPropertyDescriptor(obj, name);
  return isDataDescriptor(descriptor) ? descriptor.value : ABSENT;
}

/** Reads an array element without touching accessors. */
export function readIndex(list: readonly unknown[], index: number): unknown {
  const descriptor = Object.getOwnPropertyDescriptor(list, index);
  return isDataDescriptor(descriptor) ? descriptor.value : undefined;
}
