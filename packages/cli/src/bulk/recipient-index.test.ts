import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { e164Integer, RecipientIndex } from './recipient-index.js';

describe('e164Integer', () => {
  it('reads + and 1–15 digits without a leading 0', () => {
    expect(e164Integer('+447400123456')).toBe(447400123456);
    expect(e164Integer('+1')).toBe(1);
    expect(e164Integer('+999999999999999')).toBe(999999999999999);
  });

  it('leaves every other spelling to the map (one integer per string)', () => {
    for (const text of ['', '+', '447400123456', '+0447400123456', '+1234567890123456', '+44 7400', '+44a', 'user-1']) {
      expect(e164Integer(text)).toBeUndefined();
    }
  });
});

describe('RecipientIndex', () => {
  it('gives the first row of a recipient and registers new ones', () => {
    const index = new RecipientIndex();
    expect(index.firstRowOrRegister('+447400123456', 2)).toBeUndefined();
    expect(index.firstRowOrRegister('conversation-7', 3)).toBeUndefined();
    expect(index.firstRowOrRegister('+447400123456', 300)).toBe(2);
    expect(index.firstRowOrRegister('conversation-7', 301)).toBe(3);
    expect(index.firstRowOrRegister('+447400123457', 302)).toBeUndefined();
    expect(index.size).toBe(3);
  });

  it('answers as a Map<string, number> does, across table growth (fixed seed)', () => {
    const recipient = fc.oneof(
      fc.integer({ min: 0, max: 5000 }).map((n) => `+4474${String(n).padStart(8, '0')}`),
      fc.bigInt({ min: 1n, max: 999_999_999_999_999n }).map((n) => `+${n}`),
      fc.stringMatching(/^[a-z0-9+-]{1,6}$/),
    );
    fc.assert(
      fc.property(fc.array(recipient, { minLength: 1, maxLength: 4000 }), (recipients) => {
        const index = new RecipientIndex();
        const map = new Map<string, number>();
        recipients.forEach((text, i) => {
          const row = i + 1;
          const expected = map.get(text);
          if (expected === undefined) map.set(text, row);
          expect(index.firstRowOrRegister(text, row)).toBe(expected);
        });
        expect(index.size).toBe(map.size);
      }),
      { numRuns: 40 },
    );
  });
});
