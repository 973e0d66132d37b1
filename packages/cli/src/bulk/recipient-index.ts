/**
 * Recipient → first row, for the duplicate-recipient check of a campaign. A million recipients in
 * a `Map<string, number>` cost about 100 MB (a string and a map entry each); an E.164 number
 * (`+` and at most 15 digits, never a leading 0) is an integer below 2^53, so it is kept as a
 * double in an open-addressing table of typed arrays instead: 12 bytes per slot, at most three
 * quarters of the slots used, so 16 to 32 bytes per recipient (25 MB for a million). Every other recipient (an Open Messaging id)
 * goes to a `Map`. The integer and the string are one-to-one, so the answers are the same.
 */
export class RecipientIndex {
  private keys = new Float64Array(1024);
  private rows = new Uint32Array(1024);
  private used = 0;
  private readonly others = new Map<string, number>();

  /** The first row registered for `recipient`, or `undefined` (then `row` is registered for it). */
  firstRowOrRegister(recipient: string, row: number): number | undefined {
    const number = e164Integer(recipient);
    if (number === undefined || row < 1 || row > 0xffffffff) {
      const first = this.others.get(recipient);
      if (first === undefined) this.others.set(recipient, row);
      return first;
    }
    let slot = this.slotOf(number);
    // rows[slot] === 0 marks an empty slot (rows are 1-based).
    if (this.rows[slot] !== 0) return this.rows[slot];
    if ((this.used + 1) * 4 > this.keys.length * 3) {
      this.grow();
      slot = this.slotOf(number);
    }
    this.keys[slot] = number;
    this.rows[slot] = row;
    this.used++;
    return undefined;
  }

  /** Distinct recipients registered. */
  get size(): number {
    return this.used + this.others.size;
  }

  /** The slot holding `number`, or the empty slot where it goes (linear probing). */
  private slotOf(number: number): number {
    const mask = this.keys.length - 1;
    let slot = hash(number) & mask;
    while (this.rows[slot] !== 0 && this.keys[slot] !== number) slot = (slot + 1) & mask;
    return slot;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldRows = this.rows;
    this.keys = new Float64Array(oldKeys.length * 2);
    this.rows = new Uint32Array(oldRows.length * 2);
    for (let i = 0; i < oldKeys.length; i++) {
      if (oldRows[i] === 0) continue;
      const slot = this.slotOf(oldKeys[i]!);
      this.keys[slot] = oldKeys[i]!;
      this.rows[slot] = oldRows[i]!;
    }
  }
}

/** `+` then 1–15 digits without a leading 0, as an integer; anything else `undefined`. */
export function e164Integer(text: string): number | undefined {
  if (text.length < 2 || text.length > 16 || text.charCodeAt(0) !== 43 /* + */) return undefined;
  let value = 0;
  for (let i = 1; i < text.length; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9 || (i === 1 && digit === 0)) return undefined;
    value = value * 10 + digit;
  }
  return value;
}

/** Mixes both 32-bit halves of an integer below 2^53. */
function hash(number: number): number {
  const low = (number % 0x100000000) | 0;
  const high = Math.floor(number / 0x100000000) | 0;
  // MurmurHash3's 32-bit finalizer over the two halves.
  let h = low ^ Math.imul(high, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
