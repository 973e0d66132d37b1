import { describe, expect, it } from 'vitest';
import {
  ABSENT,
  isDataDescriptor,
  isDeniedName,
  isPlainObject,
  readIndex,
  readOwnExact,
  readOwnExactPlain,
  readProperty,
} from './safety.js';

/** Runs `body` with `Object.prototype` polluted by `entries`, then removes them. */
function polluted<T>(entries: Record<string, unknown>, body: () => T): T {
  const prototype = Object.prototype as Record<string, unknown>;
  for (const [key, value] of Object.entries(entries)) prototype[key] = value;
  try {
    return body();
  } finally {
    for (const key of Object.keys(entries)) delete prototype[key];
  }
}

describe('safe data access', () => {
  it('recognises plain objects only', () => {
    expect(isPlainObject({})).toBe(true);
    expect(isPlainObject(Object.create(null))).toBe(true);
    expect(isPlainObject(JSON.parse('{"a":1}'))).toBe(true);
    expect(isPlainObject([])).toBe(false);
    expect(isPlainObject(new Date())).toBe(false);
    expect(isPlainObject(Object.create({}))).toBe(false);
    expect(isPlainObject(null)).toBe(false);
  });
  it('denies prototype names in any case', () => {
    for (const name of ['__proto__', 'Constructor', 'PROTOTYPE', '__defineGetter__', '__lookupsetter__'])
      expect(isDeniedName(name)).toBe(true);
    expect(isDeniedName('FirstName')).toBe(false);
  });
  it('reads exact own data properties, then ignoring case', () => {
    const obj = { FirstName: 'John', nick: 'Jo' };
    expect(readOwnExact(obj, 'FirstName')).toBe('John');
    expect(readOwnExact(obj, 'firstname')).toBe(ABSENT);
    expect(readProperty(obj, 'firstname')).toEqual({ value: 'John', caseMismatch: true, key: 'FirstName' });
    expect(readProperty(obj, 'Nick')).toEqual({ value: 'Jo', caseMismatch: true, key: 'nick' });
    expect(readProperty(obj, 'toString')).toBeUndefined();
    expect(readProperty(JSON.parse('{"constructor":1}'), 'constructor')).toBeUndefined();
  });
  it('never triggers getters', () => {
    let calls = 0;
    const obj = Object.defineProperty({}, 'A', { get: () => ++calls, enumerable: true });
    expect(readOwnExact(obj, 'A')).toBe(ABSENT);
    expect(readProperty(obj, 'a')).toBeUndefined();
    expect(calls).toBe(0);
  });
  it('reads no `value` put on Object.prototype for an accessor, and data properties when `get` is there', () => {
    let calls = 0;
    const getter = { get: () => (++calls, 'from getter'), enumerable: true };
    const obj = Object.defineProperty({ Plain: 'p' }, 'A', getter);
    const setterOnly = Object.defineProperty({}, 'S', { set: () => ++calls, enumerable: true });
    const list = Object.defineProperty(['x'], 1, getter);
    const reads = () => [
      readOwnExact(obj, 'A'),
      readOwnExactPlain(obj, 'A'),
      readOwnExact(setterOnly, 'S'),
      readProperty(obj, 'a'),
      readIndex(list, 1),
      readOwnExact(obj, 'Plain'),
      readProperty(obj, 'plain')?.value,
      readIndex(list, 0),
    ];
    const expected = [ABSENT, ABSENT, ABSENT, undefined, undefined, 'p', 'p', 'x'];
    expect(reads()).toEqual(expected);
    expect(polluted({ value: 'POLLUTED' }, reads)).toEqual(expected);
    expect(polluted({ get: () => 'POLLUTED', value: 'POLLUTED' }, reads)).toEqual(expected);
    expect(polluted({ get: undefined, set: undefined }, reads)).toEqual(expected);
    expect(calls).toBe(0);
  });
  it('tells data descriptors from accessor descriptors by their own keys', () => {
    const accessor = Object.getOwnPropertyDescriptor(Object.defineProperty({}, 'a', { get: () => 1 }), 'a');
    const data = Object.getOwnPropertyDescriptor({ a: undefined }, 'a');
    expect([isDataDescriptor(undefined), isDataDescriptor(accessor), isDataDescriptor(data)]).toEqual([false, false, true]);
    expect(polluted({ get: 1, value: 2 }, () => [isDataDescriptor(accessor), isDataDescriptor(data)])).toEqual([false, true]);
  });
});
