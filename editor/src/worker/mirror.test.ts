import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applySync, applyTextEdits, composeChange, type MirroredText, type TextEdit } from './mirror.js';

describe('applyTextEdits', () => {
  it('applies edits in order, each to the text the previous one left (monaco lists one event from the end backwards)', () => {
    // Two cursors typing "x" at lines 1 and 3 of "ab\ncd\nef": the later position comes first.
    expect(
      applyTextEdits('ab\ncd\nef', [
        { offset: 7, length: 0, text: 'x' },
        { offset: 1, length: 0, text: 'x' },
      ]),
    ).toBe('axb\ncd\nexf');
    // A line inserted, then a line deleted.
    expect(applyTextEdits('ab\ncd', [{ offset: 2, length: 0, text: '\nnew' }])).toBe('ab\nnew\ncd');
    expect(applyTextEdits('ab\ncd\nef', [{ offset: 2, length: 3, text: '' }])).toBe('ab\nef');
    expect(applyTextEdits('ab', [{ offset: 1, length: 5, text: '' }])).toBeNull();
    expect(applyTextEdits('ab', [{ offset: -1, length: 0, text: '' }])).toBeNull();
  });
});

describe('applySync', () => {
  const start: MirroredText = { text: 'hello world', version: 3, sinceBase: null };

  it('follows edits from its own version and refuses edits from another one', () => {
    const next = applySync(start, { version: 4, fromVersion: 3, edits: [{ offset: 5, length: 0, text: ',' }] });
    expect(next).toEqual({ text: 'hello, world', version: 4, sinceBase: { start: 5, baseEnd: 5, newEnd: 6 } });
    // A lost message: the copy is at version 3, the edits start from 4.
    expect(applySync(start, { version: 5, fromVersion: 4, edits: [] })).toBe(false);
    expect(applySync(undefined, { version: 5, fromVersion: 4, edits: [] })).toBe(false);
    expect(applySync(start, { version: 4, fromVersion: 3, edits: [{ offset: 20, length: 0, text: 'x' }] })).toBe(false);
    // The whole text always applies; the change since the base is then unknown.
    expect(applySync(undefined, { version: 9, text: 'new' })).toEqual({ text: 'new', version: 9, sinceBase: undefined });
  });

  it('ends typing then deleting a character with an empty change', () => {
    const typed = applySync(start, { version: 4, fromVersion: 3, edits: [{ offset: 11, length: 0, text: '!' }] });
    const deleted = applySync(typed || undefined, { version: 5, fromVersion: 4, edits: [{ offset: 11, length: 1, text: '' }] });
    expect(deleted).toEqual({ text: 'hello world', version: 5, sinceBase: { start: 11, baseEnd: 11, newEnd: 11 } });
  });
});

describe('composeChange', () => {
  const edit = (length: number): fc.Arbitrary<(text: string) => TextEdit> =>
    fc
      .tuple(fc.nat(), fc.nat({ max: length }), fc.string({ maxLength: 4, unit: fc.constantFrom('a', 'b', '\n', '"', 'é') }))
      .map(([at, size, text]) => (current: string) => {
        const offset = at % (current.length + 1);
        return { offset, length: Math.min(size, current.length - offset), text };
      });

  it('covers every difference between the base and the edited text (property, fixed seed)', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 30, unit: fc.constantFrom('a', 'b', '\n') }),
        fc.array(edit(5), { maxLength: 8 }),
        (base, makers) => {
          let text = base;
          let change = null as ReturnType<typeof composeChange> | null;
          for (const make of makers) {
            const next = make(text);
            change = composeChange(change, next, text.length);
            text = applyTextEdits(text, [next])!;
          }
          if (change === null) return;
          expect(change.start).toBeLessThanOrEqual(change.baseEnd);
          expect(change.start).toBeLessThanOrEqual(change.newEnd);
          expect(base.length - change.baseEnd).toBe(text.length - change.newEnd);
          // Outside the change, the two texts are the same.
          expect(text.slice(0, change.start)).toBe(base.slice(0, change.start));
          expect(text.slice(change.newEnd)).toBe(base.slice(change.baseEnd));
        },
      ),
    );
  });
});
