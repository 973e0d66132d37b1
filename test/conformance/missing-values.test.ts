// SPEC §2.1 missing values: lenient vs strict, If/Is*/Default guards, full paths, case matching.
import { describe, expect, it } from 'vitest';
import { compile, render } from '@fieldcode/language';
import { seedData } from './helpers.js';

describe('missing values', () => {
  it('lenient: empty output and a warning naming the full path', () => {
    const result = render('Bill: <$ Contact.MyFC_Amount $>.', { Contact: {} });
    expect(result.output).toBe('Bill: .');
    expect(result.diagnostics).toEqual([
      {
        code: 'missing-value',
        severity: 'warning',
        message: 'Missing value: Contact.MyFC_Amount renders as empty text.',
        range: { start: { offset: 9, line: 1, column: 10 }, end: { offset: 28, line: 1, column: 29 } },
      },
    ]);
  });
  it('strict: the same is an error', () => {
    const result = render('Bill: <$ Contact.MyFC_Amount $>.', { Contact: {} }, { strict: true });
    expect(result.output).toBe('Bill: .');
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.message])).toEqual([
      ['missing-value', 'error', 'Missing value: Contact.MyFC_Amount (strict mode).'],
    ]);
  });
  it('names the full path when an intermediate object is missing', () => {
    expect(render('<$ Contact.FirstName $>', {}).diagnostics[0]?.message).toBe('Missing value: Contact.FirstName renders as empty text.');
    expect(render('<$ Nickname $>', {}).diagnostics[0]?.message).toBe('Missing value: Variables.Nickname renders as empty text.');
    expect(render('<$ Interaction.AttachedData("Plan") $>', seedData).diagnostics[0]?.message).toBe(
      'Missing value: Interaction.AttachedData.Plan renders as empty text.',
    );
  });
  it('null and function values are missing', () => {
    expect(render('<$ Contact.A $>', { Contact: { A: null } }).diagnostics.map((d) => d.code)).toEqual(['missing-value']);
    expect(render('<$ Contact.A $>', { Contact: { A: () => 'x' } }).diagnostics.map((d) => d.code)).toEqual(['missing-value']);
  });
  it('If conditions, Is*() tests and Default() values are not missing uses (lenient and strict)', () => {
    for (const strict of [false, true]) {
      const options = { strict };
      expect(render('Hi <$ If(Contact.Nick <> "", Contact.Nick, "there") $>', { Contact: {} }, options)).toEqual({
        output: 'Hi there',
        diagnostics: [],
      });
      expect(render('<$ If(IsString(Contact.Nick), Contact.Nick, "friend") $>', { Contact: {} }, options)).toEqual({
        output: 'friend',
        diagnostics: [],
      });
      expect(render('<$ IsNumber(Contact.Age) $>', {}, options)).toEqual({ output: 'False', diagnostics: [] });
      expect(render('<$ Default(Contact.Nick, "friend") $>', {}, options)).toEqual({ output: 'friend', diagnostics: [] });
      expect(render('<$ Default(Contact.Nick, "friend") $>', { Contact: { Nick: 'Jo' } }, options)).toEqual({
        output: 'Jo',
        diagnostics: [],
      });
    }
  });
  it('a missing value used in the chosen If branch is a missing use', () => {
    expect(render('<$ If(True, Contact.Nick, "x") $>', {}, { strict: true }).diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ['missing-value', 'error'],
    ]);
  });
  it('missing values in expressions: empty text in concatenation, no value in arithmetic', () => {
    const result = render('<$ "Hi " + Contact.Nick $>|<$ Contact.Age + 1 $>', {});
    expect(result.output).toBe('Hi |');
    expect(result.diagnostics.map((d) => d.code)).toEqual(['missing-value', 'missing-value']);
  });
  it('object names are case-insensitive; property names match exactly first, then with a field-case warning', () => {
    expect(render('<$ CONTACT.FirstName $>', seedData)).toEqual({ output: 'John', diagnostics: [] });
    const result = render('<$ Contact.firstname $>', seedData);
    expect(result.output).toBe('John');
    const range = { start: { offset: 11, line: 1, column: 12 }, end: { offset: 20, line: 1, column: 21 } };
    expect(result.diagnostics).toEqual([
      {
        code: 'field-case',
        severity: 'warning',
        message: '"firstname" matches the field "FirstName" only when case is ignored.',
        range,
        fix: { range, text: 'FirstName' },
      },
    ]);
    expect(render('<$ Contact.Name $>', { Contact: { name: 'a', Name: 'b' } }).output).toBe('b');
  });
  it('bare names read Variables; AttachedData reads Interaction.AttachedData', () => {
    expect(render('<$ CustomProp_Date $> <$ CustomProp_Time $>', seedData)).toEqual({ output: 'March 7 / 2020 3:00 PM', diagnostics: [] });
    expect(render('<$ Variables.CustomProp_Time $>', seedData).output).toBe('3:00 PM');
    expect(render('<$ Interaction.AttachedData("Language") $>', seedData)).toEqual({ output: 'en', diagnostics: [] });
    expect(render('<$ Interaction.AttachedData("Lang" + "uage") $>', seedData)).toEqual({ output: 'en', diagnostics: [] });
    expect(render('<$ Interaction.AttachedData("Count") + 1 $>', { Interaction: { AttachedData: { Count: 41 } } }).output).toBe('42');
  });
  it('lists print their items and objects print nothing', () => {
    expect(render('<$ Contact.EmailAddresses $>', { Contact: { EmailAddresses: ['a@b.c', 'd@e.f'] } }).output).toBe('a@b.c, d@e.f');
    expect(render('<$ Contact.EmailAddresses.Exists("A@B.C") $>', { Contact: { EmailAddresses: [{ Address: 'a@b.c' }] } }).output).toBe(
      'True',
    );
    expect(render('[<$ Contact $>]', seedData).output).toBe('[]');
  });
});

describe('seed standard response (body parameters)', () => {
  it.each([
    ['<${ Contact.FirstName }> <${ Contact.LastName }>', 'John Smith'],
    ['<${ Contact.MyFC_BillAmount }> *', '$129.99 *'],
    ['<${ CustomProp_Date }> <${ CustomProp_Time }>', 'March 7 / 2020 3:00 PM'],
    ['<$< Contact.FirstName >>', 'John'],
  ])('%s → %s', (source, expected) => {
    const result = render(source, seedData);
    expect(result.output).toBe(expected);
    expect(result.diagnostics.every((d) => d.code === 'non-canonical-delimiter')).toBe(true);
  });
  it('renders the seed data dates in the interaction time zone', () => {
    expect(render('<$ Interaction.DateCreated $>', seedData).output).toBe('2026-11-21 10:30:00');
  });
  it('a compiled template is reusable with different data', () => {
    const template = compile('Hello <$ Contact.FirstName $>');
    expect(template.render({ Contact: { FirstName: 'Ann' } }).output).toBe('Hello Ann');
    expect(template.render({ Contact: { FirstName: 'Bob' } }).output).toBe('Hello Bob');
    expect(template.source).toBe('Hello <$ Contact.FirstName $>');
    expect(template.ast.kind).toBe('Template');
    expect(template.diagnostics).toEqual([]);
  });
  it('a partly recovered field code still renders as empty', () => {
    for (const source of ['a<$ Contact.FirstName + $>b', 'a<$ "x" + $>b', 'a<$ Left("John", 2 $>b', 'a<$ Contact.FirstName "x" $>b']) {
      const result = render(source, seedData);
      expect(result.output).toBe('ab');
      expect(result.diagnostics.some((d) => d.severity === 'error')).toBe(true);
    }
    const unclosed = render('a<$ Contact.FirstName', seedData);
    expect(unclosed.output).toBe('a');
    expect(unclosed.diagnostics.map((d) => d.code)).toEqual(['unclosed-field-code']);
  });
  it('syntax errors render the broken field code as empty and report it', () => {
    const result = render('a<$ Left("x", $>b', {});
    expect(result.output).toBe('ab');
    expect(result.diagnostics[0]).toMatchObject({ code: 'missing-parenthesis', severity: 'error', range: { start: { offset: 13 } } });
  });
});
