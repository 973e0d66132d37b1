import { describe, it, expect } from 'vitest';
import { itemIndex, sortItemsByIndex } from './index-rule.js';

describe('sortItemsByIndex', () => {
  it('orders the Genesys example items by index', () => {
    const items = [
      { index: 2, type: 'notification' },
      { index: 1, type: 'image' },
      { index: 4, type: 'quick-reply', text: 'Got It' },
      { index: 5, type: 'quick-reply', text: 'Wrong Addressee' },
      { index: 3, type: 'text' },
    ];
    expect(sortItemsByIndex(items).map((item) => item.index)).toEqual([1, 2, 3, 4, 5]);
    expect(items.map((item) => item.index)).toEqual([2, 1, 4, 5, 3]);
  });

  it('reads numeric strings and compares numerically', () => {
    const items = [{ index: '10' }, { index: '9' }, { index: 1 }, { index: '2' }];
    expect(sortItemsByIndex(items)).toEqual([{ index: 1 }, { index: '2' }, { index: '9' }, { index: '10' }]);
  });

  it('is stable for equal indexes', () => {
    const items = [
      { index: 2, id: 'a' },
      { index: 1, id: 'b' },
      { index: 2, id: 'c' },
      { index: '1', id: 'd' },
    ];
    expect(sortItemsByIndex(items).map((item) => item.id)).toEqual(['b', 'd', 'a', 'c']);
  });

  it('puts items without a usable index after the indexed ones, in their original order', () => {
    const items = [
      { id: 'x' },
      { index: 2, id: 'a' },
      { index: 'first', id: 'y' },
      { index: 1, id: 'b' },
      null,
      'z',
      { index: Number.NaN, id: 'n' },
    ];
    expect(sortItemsByIndex(items)).toEqual([
      { index: 1, id: 'b' },
      { index: 2, id: 'a' },
      { id: 'x' },
      { index: 'first', id: 'y' },
      null,
      'z',
      { index: Number.NaN, id: 'n' },
    ]);
  });

  it('keeps the array order when no item has an index', () => {
    const items = [{ id: 3 }, { id: 1 }, { id: 2 }];
    expect(sortItemsByIndex(items)).toEqual(items);
    expect(sortItemsByIndex([])).toEqual([]);
  });
});

describe('itemIndex', () => {
  it('reads own numbers and digit strings only, as the structured-body schema defines index', () => {
    expect(itemIndex({ index: 3 })).toBe(3);
    expect(itemIndex({ index: '0' })).toBe(0);
    expect(itemIndex({ index: '07' })).toBeUndefined();
    expect(itemIndex({ index: ' 2 ' })).toBeUndefined();
    expect(itemIndex({ index: -1 })).toBeUndefined();
    expect(itemIndex({ index: 1.5 })).toBeUndefined();
    expect(itemIndex({ index: '-1' })).toBeUndefined();
    expect(itemIndex({ index: '1.5' })).toBeUndefined();
    expect(itemIndex({ index: Number.POSITIVE_INFINITY })).toBeUndefined();
    expect(itemIndex(Object.create({ index: 1 }))).toBeUndefined();
    expect(itemIndex(undefined)).toBeUndefined();
  });
});
