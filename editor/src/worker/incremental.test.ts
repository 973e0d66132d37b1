import { describe, expect, it } from 'vitest';
import { lint, type LintOptions } from '@fieldcode/content';
import { changeBetween, isJsonStringToken, lintBase, lintIncrementally } from './incremental.js';

/** A list response of `sections` × `rows` rows; every third description has a field code. */
function listText(sections: number, rows: number): string {
  const content = Array.from({ length: sections }, (_, s) => ({
    type: 'section',
    title: `Area ${s + 1}`,
    rows: Array.from({ length: rows }, (_, r) => ({
      id: `row-${s}-${r}`,
      title: `Store ${s * rows + r}`,
      description: r % 3 === 0 ? `Open until 8, <$ Contact.FirstName $>` : `Open until ${r % 12} pm`,
    })),
  }));
  const response = {
    name: 'Stores',
    profile: 'whatsapp',
    structured: { contentType: 'single-selection-list', text: 'Which store, <$ Contact.FirstName $>?', button: 'Choose', content },
    sampleData: { Contact: { FirstName: 'Ann' } },
  };
  return JSON.stringify(response, null, 2) + '\n';
}

const options: LintOptions = { kind: 'json', filePath: 'response.json' };
const text = listText(3, 20);
const base = lintBase(text, lint(text, options).diagnostics)!;

/** `text` with the first occurrence of `find` (after `after`) replaced. */
function edit(find: string, replacement: string, after = ''): string {
  const at = text.indexOf(find, after ? text.indexOf(after) : 0);
  if (at < 0) throw new Error(`${find} not found`);
  return text.slice(0, at) + replacement + text.slice(at + find.length);
}

describe('lintIncrementally', () => {
  it('agrees with the whole-file lint for an unknown function typed into a row deep in a long list', () => {
    const next = edit('Open until 5 pm', 'Open until <$ Nope(1) $> pm', '"row-2-17"');
    const incremental = lintIncrementally(base, next, options);
    const full = lint(next, options).diagnostics;
    expect(full.some((d) => d.code === 'unknown-function')).toBe(true);
    expect(incremental).toEqual(full);
  });

  it('agrees with the whole-file lint for a row title made too long, and for undoing it', () => {
    const next = edit('"Store 41"', '"Store 41 with a title far too long for a row"');
    const incremental = lintIncrementally(base, next, options)!;
    expect(incremental).toEqual(lint(next, options).diagnostics);
    const title = next.indexOf('Store 41 with');
    const at = incremental.filter((d) => d.code === 'list-text-length');
    expect(at.map((d) => [d.range.start.offset, d.range.start.line, d.path])).toEqual([
      [title, base.lines.positionAt(title).line, '/structured/content/2/rows/1/title'],
    ]);
    expect(lintIncrementally(base, text, options)).toEqual(base.diagnostics);
  });

  it('agrees with the whole-file lint for an edit of the body text (findings after it move)', () => {
    const next = edit('Which store, <$ Contact.FirstName $>?', 'Which store, <$ Contact.FirstName $>? <$ Contact.Nickname $>');
    expect(lintIncrementally(base, next, options)).toEqual(lint(next, options).diagnostics);
  });

  it('has no answer for structure, keys, enumerations, profile or sample data edits', () => {
    expect(lintIncrementally(base, edit('"Store 41",', '"Store 41", "x": 1,'), options)).toBeNull();
    expect(lintIncrementally(base, edit('"title": "Store 41"', '"titel": "Store 41"'), options)).toBeNull();
    expect(lintIncrementally(base, edit('"single-selection-list"', '"single-selection-lists"'), options)).toBeNull();
    expect(lintIncrementally(base, edit('"whatsapp"', '"whatsapp-cloud"'), options)).toBeNull();
    expect(lintIncrementally(base, edit('"FirstName": "Ann"', '"FirstName": "Anne"'), options)).toBeNull();
    expect(lintIncrementally(base, edit('"Store 41"', '"Store "41"'), options)).toBeNull();
    const suppressed = text.replace(
      '"name": "Stores",',
      '"name": "Stores",\n  "x-fieldcode-disable": [{ "rules": ["list-row-count"], "reason": "long" }],',
    );
    const suppressedBase = lintBase(suppressed, lint(suppressed, options).diagnostics)!;
    expect(lintIncrementally(suppressedBase, suppressed.replace('"reason": "long"', '"reason": "longer"'), options)).toBeNull();
    expect(lintIncrementally(base, edit('"Store 41"', '"Store 41\\"'), options)).toBeNull();
  });
});

describe('changeBetween', () => {
  it('finds the single replacement between two texts', () => {
    expect(changeBetween('abcdef', 'abXYef')).toEqual({ start: 2, baseEnd: 4, newEnd: 4 });
    expect(changeBetween('abc', 'abxc')).toEqual({ start: 2, baseEnd: 2, newEnd: 3 });
    expect(changeBetween('aaa', 'aa')).toEqual({ start: 2, baseEnd: 3, newEnd: 2 });
    expect(changeBetween('same', 'same')).toEqual({ start: 4, baseEnd: 4, newEnd: 4 });
    // Across the chunks compared natively (2,048 characters).
    const long = 'a'.repeat(5000) + 'b'.repeat(5000);
    expect(changeBetween(long, long.slice(0, 4999) + 'XY' + long.slice(4999))).toEqual({ start: 4999, baseEnd: 4999, newEnd: 5001 });
    const marked = 'a'.repeat(5000) + 'XYZ' + 'b'.repeat(5000);
    expect(changeBetween(marked, 'a'.repeat(5000) + 'b'.repeat(5000))).toEqual({ start: 5000, baseEnd: 5003, newEnd: 5000 });
  });
});

describe('isJsonStringToken', () => {
  it('accepts exactly one JSON string token', () => {
    expect(isJsonStringToken('x"a\\"b\\u00e9\\n"x', 1, 15)).toBe(true);
    expect(isJsonStringToken('""', 0, 2)).toBe(true);
    expect(isJsonStringToken('"a"b"', 0, 5)).toBe(false);
    expect(isJsonStringToken('"a\\"', 0, 4)).toBe(false);
    expect(isJsonStringToken('"a\\x"', 0, 5)).toBe(false);
    expect(isJsonStringToken('"\\u12G4"', 0, 8)).toBe(false);
    expect(isJsonStringToken('"a\tb"', 0, 5)).toBe(false);
  });
});
