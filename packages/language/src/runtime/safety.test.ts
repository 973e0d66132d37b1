import { describe, expect, it } from 'vitest';
import { ABSENT, isDeniedName, isPlainObject, readOwnExact, readProperty } from './safety.js';

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
});
