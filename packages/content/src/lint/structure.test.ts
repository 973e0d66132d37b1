import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { placeholders } from './structure.js';

/** The former regex of placeholder-like spellings: the scanner must find exactly its matches (on short input, where its backtracking is harmless). */
const REFERENCE = /\{+[ \t]*\(?[ \t]*([0-9]+)[ \t]*\)?[ \t]*\}+/g;

function reference(text: string, lenient: boolean): Array<{ number: number; start: number; end: number }> {
  const out: Array<{ number: number; start: number; end: number }> = [];
  const re = new RegExp(REFERENCE.source, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!lenient && m[0] !== `{{${m[1]}}}`) continue;
    out.push({ number: Number(m[1]), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

describe('placeholders', () => {
  it('finds exact and malformed spellings', () => {
    const text = 'a {{1}} b {( 2 )} c {{ 3}} {{{4}}} {x} {{5}';
    expect(placeholders(text)).toEqual([{ number: 1, start: 2, end: 7 }]);
    expect(placeholders(text, true).map((p) => text.slice(p.start, p.end))).toEqual(['{{1}}', '{( 2 )}', '{{ 3}}', '{{{4}}}', '{{5}']);
  });

  it('agrees with the regex it replaces (the suite seed)', () => {
    const pieces = fc.constantFrom('{', '}', '(', ')', ' ', '\t', '1', '23', 'x', '{{', '}}');
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 24 }).map((p) => p.join('')),
        fc.boolean(),
        (text, lenient) => {
          expect(placeholders(text, lenient)).toEqual(reference(text, lenient));
        },
      ),
    );
  });
});
