/**
 * The render budget covers the size of the data, not only the number of nodes: list-to-text,
 * comparisons, concatenation, case folding, Replace and case-insensitive key lookups charge steps
 * by length (one per 64 characters, one per list item or key scanned), and the output limit holds
 * on every path. Each case used to run for tens of seconds, throw, or never end.
 */
import { describe, expect, it } from 'vitest';
import { compile, render, type RenderResult } from '@fieldcode/language';
import { renderStandardResponse } from '@fieldcode/content';
import { finishes } from './finishes.js';

const brief = (result: RenderResult): string[] =>
  result.diagnostics.map((d) => `${d.code} ${d.range.start.offset}-${d.range.end.offset} ${d.message}`);
const STEP_LIMIT = 'Rendering stopped after 100000 evaluation steps.';
const OUTPUT_LIMIT = 'Rendered output exceeds the limit of 1000000 characters; it is cut there.';

describe('work on data is charged by its size', () => {
  it('1,600 comparisons of a 200k-item list as text hit the step limit at the first', () => {
    const L = Array.from({ length: 200_000 }, (_, i) => `item${i}`);
    const result = finishes(() => render('<$ Contact.L + "" = "x" $>'.repeat(1600), { Contact: { L } }));
    expect(result.output).toBe('');
    expect(brief(result)).toEqual([`step-limit 0-26 ${STEP_LIMIT}`]);
  });

  it('comparing and concatenating long text costs a step per 64 characters', () => {
    // Each field code: the read (7,813 steps), the concatenation and the comparison (as much each).
    const S = 'x'.repeat(500_000);
    const result = finishes(() => render('<$ Contact.S + "" = "x" $>'.repeat(1600), { Contact: { S } }));
    expect(result.output).toBe('False'.repeat(4));
    expect(brief(result)).toEqual([`step-limit 104-130 ${STEP_LIMIT}`]);
  });

  it('case folding charges by length', () => {
    const S = 'x'.repeat(500_000);
    const result = finishes(() => render('<$ Upper(Contact.S) = "X" $>'.repeat(1600), { Contact: { S } }));
    expect(result.output).toBe('False'.repeat(3));
    expect(brief(result)).toEqual([`step-limit 84-112 ${STEP_LIMIT}`]);
  });

  it('Replace charges the text it builds before building it', () => {
    const A = 'a'.repeat(10_000);
    const result = finishes(() => render('<$ Replace(Contact.A, "a", Contact.A) $>', { Contact: { A } }));
    expect(result.output).toBe('');
    expect(brief(result)).toEqual([`step-limit 0-40 ${STEP_LIMIT}`]);
  });

  it('a case-insensitive lookup charges one step per key it scans', () => {
    const O = Object.fromEntries(Array.from({ length: 200_000 }, (_, i) => [`k${i}`, 'v']));
    const result = finishes(() => render('<$ Contact.O.Missing $>'.repeat(1600), { Contact: { O } }));
    expect(result.output).toBe('');
    expect(brief(result)).toEqual([`step-limit 0-23 ${STEP_LIMIT}`]);
  });

  it('Exists folds the case of each item by its length', () => {
    const items = Array.from({ length: 100 }, () => 'y'.repeat(100_000));
    const result = finishes(() => render('<$ Contact.L.Exists("x") $>', { Contact: { L: items } }));
    expect(brief(result)).toEqual([`step-limit 0-27 ${STEP_LIMIT}`]);
  });

  it('small data renders as before', () => {
    expect(
      render('<$ Contact.L $>, <$ Contact.S + "!" = "HI!" $>, <$ Upper(Contact.S) $>', { Contact: { L: ['a', 'b'], S: 'hi' } }),
    ).toEqual({
      output: 'a, b, True, HI',
      diagnostics: [],
    });
  });
});

describe('the output limit holds on every path', () => {
  it('600 field codes of a 1 MB value: cut with a diagnostic, no RangeError (fast path)', () => {
    const V = 'v'.repeat(1 << 20);
    const result = finishes(() => render('<$ Contact.V $>'.repeat(600), { Contact: { V } }));
    expect(result.output).toBe('v'.repeat(1_000_000));
    expect(brief(result)).toEqual([`output-too-large 0-15 ${OUTPUT_LIMIT}`]);
  });

  it('the same through the general render (a function call in between)', () => {
    const V = 'v'.repeat(300_000);
    const result = finishes(() => render('<$ Trim(Contact.V) $>'.repeat(600), { Contact: { V } }));
    expect(result.output).toBe('v'.repeat(1_000_000));
    expect(brief(result)).toEqual([`output-too-large 63-84 ${OUTPUT_LIMIT}`]);
  });

  it('a compiled template with a small output limit', () => {
    const template = compile('<$ Contact.V $>-<$ Contact.V $>', { limits: { maxOutputLength: 10 } });
    const result = template.render({ Contact: { V: 'abcdef' } });
    expect(result.output).toBe('abcdef-abc');
    expect(brief(result)).toEqual(['output-too-large 16-31 Rendered output exceeds the limit of 10 characters; it is cut there.']);
  });

  it('a value that by itself passes the limit inside a concatenation is dropped whole; a shorter one is cut', () => {
    const options = { limits: { maxOutputLength: 10 } };
    const data = { Contact: { S: 'ab', V: 'abcdefgh' } };
    // 'abcdefgh' + 'xyz' is 11 characters, past the limit while it is built: nothing of it is output.
    const built = compile('<$ Contact.S $>-<$ Contact.V + "xyz" $>', options).render(data);
    expect(built.output).toBe('ab-');
    expect(brief(built)).toEqual(['output-too-large 16-39 Rendered output exceeds the limit of 10 characters; it is cut there.']);
    // 'abcdef' + 'xy' is built whole (8 characters), then cut where the output reaches the limit.
    const cut = compile('<$ Contact.S $>-<$ Contact.V + "xy" $>', options).render(data);
    expect(cut.output).toBe('ab-abcdefg');
    expect(brief(cut)).toEqual(['output-too-large 16-38 Rendered output exceeds the limit of 10 characters; it is cut there.']);
  });
});

describe('a sparse list of length 2³²−1', () => {
  const sparse = (): unknown[] => new Array(2 ** 32 - 1);

  it('as text: the step limit, charged before any item is visited', () => {
    const result = finishes(() => render('a<$ Contact.L $>b', { Contact: { L: sparse() } }));
    expect(result.output).toBe('a');
    expect(brief(result)).toEqual([`step-limit 1-16 ${STEP_LIMIT}`]);
  });

  it('Exists and Count', () => {
    expect(finishes(() => render('<$ Contact.L.Count $>', { Contact: { L: sparse() } }))).toEqual({
      output: '4294967295',
      diagnostics: [],
    });
    const exists = finishes(() => render('<$ Contact.L.Exists("x") $>', { Contact: { L: sparse() } }));
    expect(brief(exists)).toEqual([`step-limit 0-27 ${STEP_LIMIT}`]);
  });

  it('through a standard response', () => {
    const result = finishes(() =>
      renderStandardResponse({ name: 'x', plainText: 'Hi <$ Contact.L $>' }, { Contact: { L: sparse() } } as never, { channel: 'text' }),
    );
    expect(result.diagnostics.map((d) => d.code)).toContain('step-limit');
  });
});
