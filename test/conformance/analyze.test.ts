// analyze(): field-code inventory with exact ranges, function uses, length bounds, unknown-field.
import { describe, expect, it } from 'vitest';
import { analyze, measureLength } from '@fieldcode/language';

const pos = (offset: number, line = 1, column = offset + 1) => ({ offset, line, column });

describe('analyze', () => {
  it('lists field codes with paths, exact ranges and guards', () => {
    const source = 'Hi <$ Contact.FirstName $>,\n<$ If(IsString(Contact.Nick), Nick, Interaction.AttachedData("Lang")) $>';
    const result = analyze(source);
    expect(result.fieldCodes).toEqual([
      { path: 'Contact.FirstName', range: { start: pos(6), end: pos(23) }, guarded: false },
      { path: 'Contact.Nick', range: { start: pos(43, 2, 16), end: pos(55, 2, 28) }, guarded: true },
      { path: 'Variables.Nick', range: { start: pos(58, 2, 31), end: pos(62, 2, 35) }, guarded: false },
      { path: 'Interaction.AttachedData.Lang', range: { start: pos(64, 2, 37), end: pos(96, 2, 69) }, guarded: false },
    ]);
    expect(result.functions).toEqual([
      { name: 'If', range: { start: pos(31, 2, 4), end: pos(33, 2, 6) }, extension: false },
      { name: 'IsString', range: { start: pos(34, 2, 7), end: pos(42, 2, 15) }, extension: false },
    ]);
    expect(result.diagnostics).toEqual([]);
  });

  it('computes min from literal text and constant parts, max from the data dictionary', () => {
    const dataDictionary = {
      fields: {
        'Contact.FirstName': { type: 'string' as const, maxLength: 20 },
        'Contact.LastName': { type: 'string' as const, maxLength: 30 },
      },
    };
    expect(analyze('Hello <$ Contact.FirstName $> <$ Contact.LastName $>!', { dataDictionary }).length).toEqual({ min: 8, max: 58 });
    expect(analyze('Total <$ 2 + 3 $> <$ 2 : "#.##" $>', { dataDictionary }).length).toEqual({ min: 12, max: 12 });
    expect(analyze('<$ Upper(Left(Contact.LastName, 5)) $>', { dataDictionary }).length).toEqual({ min: 0, max: 5 });
    expect(analyze('<$ If(Contact.FirstName = "", "Customer", Contact.FirstName) $>', { dataDictionary }).length).toEqual({
      min: 0,
      max: 20,
    });
    expect(analyze('<$ Default(Contact.Nick, "friend") $>', { dataDictionary }).length).toEqual({ min: 6, max: null });
    expect(analyze('Sent <$ Interaction.DateCreated $>').length).toEqual({ min: 5, max: 24 });
    expect(analyze('Hi <$ Contact.Unbounded $>').length).toEqual({ min: 3, max: null });
  });

  it('field codes emptied by an error add no length but keep their uses', () => {
    const result = analyze('ab<$ "xyz" + Foo(Contact.A) $><$ "cd" + $>');
    expect(result.length).toEqual({ min: 2, max: 2 });
    expect(result.fieldCodes.map((f) => f.path)).toEqual(['Contact.A']);
  });

  it('counts lengths in the requested unit', () => {
    const source = 'Café 👍🏽 <$ "é" $>';
    expect(analyze(source).length).toEqual({ min: 9, max: 9 });
    expect(analyze(source, { lengthUnit: 'utf16' }).length).toEqual({ min: 11, max: 11 });
    expect(analyze(source, { lengthUnit: 'graphemes' }).length).toEqual({ min: 8, max: 8 });
    expect(analyze(source, { lengthUnit: 'utf8-bytes' }).length).toEqual({ min: 17, max: 17 });
  });

  it('reports unknown fields of closed objects, and fields absent from a data dictionary', () => {
    const result = analyze('<$ Agent.Nickname $><$ Contact.Anything $>');
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.message])).toEqual([
      ['unknown-field', 'warning', "Unknown field 'Agent.Nickname'."],
    ]);
    const withDictionary = analyze('<$ Contact.Anything $><$ Contact.Plan $>', {
      dataDictionary: { fields: { 'Contact.Plan': { maxLength: 10 } } },
    });
    expect(withDictionary.diagnostics.map((d) => [d.message, d.range.start.offset])).toEqual([
      ["'Contact.Anything' is not in the data dictionary.", 3],
    ]);
  });

  it('includes syntax and compile diagnostics and marks extensions', () => {
    const result = analyze('<$ Upper(Foo()) $>');
    expect(result.functions.map((f) => [f.name, f.extension])).toEqual([
      ['Upper', true],
      ['Foo', false],
    ]);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['unknown-function']);
  });
});

describe('measureLength', () => {
  it.each([
    ['code-points', 'ab👍c', 4],
    ['utf16', 'ab👍c', 5],
    ['graphemes', 'ab👍c', 4],
    ['utf8-bytes', 'ab👍c', 7],
    ['code-points', 'é👋🏽x', 4],
    ['utf16', 'é👋🏽x', 6],
    ['graphemes', 'é👋🏽x', 3],
    ['utf8-bytes', 'é👋🏽x', 11],
    ['utf8-bytes', '\ud800', 3],
  ] as const)('%s of %s is %i', (unit, text, expected) => {
    expect(measureLength(text, unit)).toBe(expected);
  });
});
