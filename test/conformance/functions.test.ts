// Reference §7 functions: every documented example, the edge cases, and the extensions.
import { describe, expect, it } from 'vitest';
import { builtinFunctions, lookupFunction, render, type FunctionDefinition } from '@fieldcode/language';
import { codes, out } from './helpers.js';

describe('every FunctionDefinition example renders as documented', () => {
  const examples = [...builtinFunctions.values()].flatMap((definition) =>
    (definition.examples ?? []).map(([formula, expected]) => [definition.name, formula, expected] as const),
  );
  it('covers every function except Now', () => {
    const withoutExamples = [...builtinFunctions.values()].filter((d) => (d.examples ?? []).length === 0).map((d) => d.name);
    expect(withoutExamples).toEqual(['Now']);
  });
  it.each(examples)('%s: %s → %s', (_name, formula, expected) => {
    const result = render(`<$${formula}$>`, {}, { timeZone: 'UTC' });
    expect(result.output).toBe(expected);
    expect(result.diagnostics).toEqual([]);
  });
});

describe('registry', () => {
  it('is keyed by lower-case name and looks names up ignoring case', () => {
    expect(builtinFunctions.get('weekdayname')?.name).toBe('WeekdayName');
    expect(lookupFunction('WEEKDAYNAME')?.name).toBe('WeekdayName');
    expect(lookupFunction('toString')).toBeUndefined();
    expect(lookupFunction('constructor')).toBeUndefined();
  });
  it('marks extensions', () => {
    const extensions = [...builtinFunctions.values()].filter((d) => d.extension).map((d) => d.name);
    expect(extensions).toEqual([
      'Upper',
      'Lower',
      'Trim',
      'Right',
      'Replace',
      'Default',
      'Contains',
      'StartsWith',
      'EndsWith',
      'Round',
      'Now',
      'Year',
      'Month',
      'Minute',
      'Second',
      'MonthName',
    ]);
  });
  it('function names are case-insensitive in templates', () => {
    expect(out('LEFT("Hello", 2)')).toBe('He');
    expect(out('weekdayname(Date(1965, 11, 23))')).toBe('Tuesday');
  });
  it('uses host functions from options.functions, which may replace built-ins', () => {
    const greet: FunctionDefinition = {
      name: 'Greet',
      signature: 'Greet(Name)',
      description: 'Greets.',
      minArgs: 1,
      maxArgs: 1,
      extension: true,
      call: ([name]) => `Hi ${typeof name === 'string' ? name : ''}`,
    };
    const functions = new Map([['greet', greet]]);
    expect(render('<$ greet("Ann") $>', {}, { functions }).output).toBe('Hi Ann');
    expect(render('<$ Greet("Ann") $>', {}).diagnostics.map((d) => d.code)).toEqual(['unknown-function']);
  });
  it('reports a host function that throws as function-error', () => {
    const boom: FunctionDefinition = {
      name: 'Boom',
      signature: 'Boom()',
      description: '',
      minArgs: 0,
      maxArgs: 0,
      extension: true,
      call: () => {
        throw new Error('secret');
      },
    };
    const result = render('a<$ Boom() $>b', {}, { functions: new Map([['boom', boom]]) });
    expect(result.output).toBe('ab');
    expect(result.diagnostics.map((d) => [d.code, d.message])).toEqual([['function-error', 'Boom failed.']]);
  });
});

describe('string functions (§7.1) edge cases', () => {
  it.each([
    ['Find("Hello, World!", "H")', '0'],
    ['Find("Hello, World!", "Qbert")', '-1'],
    ['Find("Hello, World!", "hello")', '-1'],
    ['Find("👍 ok", "ok")', '2'],
    ['Left("Hello, World!", 0)', ''],
    ['Left("Hello, World!", 25)', 'Hello, World!'],
    ['Left("Hello", -1)', ''],
    ['Left("👍👍👍", 2)', '👍👍'],
    ['Length("👍a")', '2'],
    ['Length("")', '0'],
    ['Mid("Hello, World!", 25, 5)', ''],
    ['Mid("Hello, World!", 2, 0)', ''],
    ['Mid("Hello, World!", 10, 10)', 'ld!'],
    ['Mid("Hello, World!", -2, 3)', 'Hel'],
    ['Mid("Hello", 1, -1)', ''],
    ['Left(12345, 2)', '12'],
  ])('%s → %s', (formula, expected) => {
    expect(out(formula)).toBe(expected);
  });
  it('a non-number count is a type-mismatch', () => {
    const result = render('<$Left("Hello", "x")$>', {});
    expect(result.output).toBe('');
    expect(result.diagnostics.map((d) => [d.code, d.message])).toEqual([['type-mismatch', 'Left: argument 2 must be a number.']]);
  });
});

describe('math functions (§7.2)', () => {
  it.each([
    ['Abs(-4.5) : "0.0"', '4.5'],
    ['Abs(4)', '4'],
    ['Ceil(2.1)', '3'],
    ['Ceil(-2.9)', '-2'],
    ['Floor(2.9)', '2'],
    ['Floor(-2.1)', '-3'],
    ['Abs("-3")', '3'],
  ])('%s → %s', (formula, expected) => {
    expect(out(formula)).toBe(expected);
  });
});

describe('conversion functions (§7.5)', () => {
  it.each([
    ['Bool(0)', 'False'],
    ['Bool(25.23)', 'True'],
    ['Bool("Yes")', 'True'],
    ['Bool("yes")', 'True'],
    ['Bool("ON")', 'True'],
    ['Bool("True")', 'True'],
    ['Bool("off", True)', 'False'],
    ['Bool("No", True)', 'False'],
    ['Bool("FALSE", True)', 'False'],
    ['Bool("Asteroids")', 'False'],
    ['Bool("Asteroids", True)', 'True'],
    ['Bool(True)', 'True'],
    ['Num("10")', '10'],
    ['Num("10.00")', '10'],
    ['Num("10,00", "fr_FR")', '10'],
    ['Num("12e-2") : "0.000"', '0.120'],
    ['Num("12.2e2Zork")', '1220'],
    ['Num("12,2e2Zork", "fr_FR")', '1220'],
    ['Num("Zaxxon")', '0'],
    ['Num("")', '0'],
    ['Num("-7.5") : "0.0"', '-7.5'],
    ['Num("1,234.5") : "0.0"', '1234.5'],
    ['Num("1.234,5", "de_DE") : "0.0"', '1234.5'],
    ['Num("1 234,5", "fr_FR") : "0.0"', '1234.5'],
    ['Num("10,00", "en_GB")', '10'],
    ['Text(12.5)', '13'],
    ['Text(1234.5, "#,##0.00")', '1,234.50'],
    ['Text("x")', 'x'],
    ['Text(False, "Yes;No")', 'No'],
    ['Text(False)', 'False'],
  ])('%s → %s', (formula, expected) => {
    expect(out(formula)).toBe(expected);
  });
  it('an unknown locale is reported', () => {
    expect(codes('<$Num("1", "xx_XX")$>')).toEqual(['unknown-locale']);
  });
});

describe('miscellaneous functions (§7.4)', () => {
  it.each([
    ['If(1 < 2, "a", "b")', 'a'],
    ['If(1 > 2, "a", "b")', 'b'],
    ['If("yes", 1, 2)', '1'],
    ['IsBoolean(True)', 'True'],
    ['IsBoolean("True")', 'False'],
    ['IsDateTime(Date(2020, 1, 1))', 'True'],
    ['IsDateTime("2020-01-01")', 'False'],
    ['IsNumber(1)', 'True'],
    ['IsNumber("1")', 'False'],
    ['IsString("1")', 'True'],
    ['IsString(1)', 'False'],
    ['Type(1.5)', 'Number'],
    ['Type("a")', 'String'],
    ['Type(1 = 1)', 'Boolean'],
    ['Type(Date(2020, 1, 1))', 'DateTime'],
  ])('%s → %s', (formula, expected) => {
    expect(out(formula)).toBe(expected);
  });
  it('Type names objects and lists', () => {
    const data = { Contact: { EmailAddresses: ['a@b.c'] } };
    expect(out('Type(Contact)', data)).toBe('Object');
    expect(out('Type(Contact.EmailAddresses)', data)).toBe('List');
  });
  it('If evaluates only the chosen branch', () => {
    const result = render('<$ If(True, "ok", 1 / 0) $><$ If(False, Contact.Nope, "fine") $>', {});
    expect(result.output).toBe('okfine');
    expect(result.diagnostics).toEqual([]);
  });
});

describe('extensions', () => {
  it.each([
    ['Upper("Smith")', 'SMITH'],
    ['Lower("SMITH")', 'smith'],
    ['Trim("  John  ")', 'John'],
    ['Right("Hello, World!", 6)', 'World!'],
    ['Right("Hello", 0)', ''],
    ['Right("Hello", 25)', 'Hello'],
    ['Replace("a-b-c", "-", "")', 'abc'],
    ['Replace("abc", "", "x")', 'abc'],
    ['Default("", "x")', 'x'],
    ['Default(0, "x")', '0'],
    ['Contains("Hello", "xyz")', 'False'],
    ['StartsWith("Hello", "lo")', 'False'],
    ['EndsWith("Hello", "lo")', 'True'],
    ['Round(-2.5)', '-3'],
    ['Round(2.345, 2) : "0.00"', '2.35'],
    ['Year(Date(1965, 11, 23))', '1965'],
    ['MonthName(Date(1965, 3, 1))', 'March'],
  ])('%s → %s', (formula, expected) => {
    expect(out(formula)).toBe(expected);
  });
  it('Now uses the fixed clock of the render', () => {
    expect(out('Now()', {}, { now: '2026-11-21T09:30:00Z' })).toBe('2026-11-21 09:30:00');
    expect(out('Now()', {}, { now: Date.UTC(2020, 0, 2, 3, 4, 5) })).toBe('2020-01-02 03:04:05');
    expect(out('Year(Now())', {}, { now: new Date('1999-12-31T23:00:00Z'), timeZone: 'Europe/Paris' })).toBe('2000');
  });
});

describe('compile-time checks', () => {
  it('unknown functions are errors with a suggestion and render empty', () => {
    const result = render('a<$ Lenght("x") $>b', {});
    expect(result.output).toBe('ab');
    expect(result.diagnostics).toEqual([
      {
        code: 'unknown-function',
        severity: 'error',
        message: 'Unknown function "Lenght".',
        range: { start: { offset: 4, line: 1, column: 5 }, end: { offset: 10, line: 1, column: 11 } },
        data: { name: 'Lenght' },
        suggestions: [
          {
            message: 'Change to Length',
            fix: { range: { start: { offset: 4, line: 1, column: 5 }, end: { offset: 10, line: 1, column: 11 } }, text: 'Length' },
          },
        ],
      },
    ]);
  });
  it('wrong argument counts are errors', () => {
    const result = render('<$ Mid("abc", 1) $>', {});
    expect(result.output).toBe('');
    expect(result.diagnostics).toEqual([
      {
        code: 'argument-count',
        severity: 'error',
        message: 'Mid takes 3 arguments, not 2: Mid(String, Start, Length).',
        range: { start: { offset: 3, line: 1, column: 4 }, end: { offset: 16, line: 1, column: 17 } },
        data: { name: 'Mid', expected: '3', count: 2, signature: 'Mid(String, Start, Length)' },
      },
    ]);
    expect(codes('<$ Now(1) $>')).toEqual(['argument-count']);
    expect(codes('<$ Interaction.AttachedData() $>')).toEqual(['argument-count']);
  });
  it('a compile error empties the whole field code', () => {
    expect(render('[<$ "Hi " + Lenght("x") $>]', {}).output).toBe('[]');
    expect(render('[<$ "Hi " + Left("x") $>]', {}).output).toBe('[]');
    expect(render('[<$ "Hi " + Contact.constructor $>]', {}).output).toBe('[]');
  });
  it('unknown properties with arguments are errors', () => {
    expect(codes('<$ Contact.FirstName("x") $>')).toEqual(['unknown-member']);
  });
});
