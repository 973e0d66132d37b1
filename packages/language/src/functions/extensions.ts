/**
 * Functions beyond the Genesys reference (`extension: true`; flagged by the `genesys-compat` lint
 * rule when enabled). Text comparisons in Contains/StartsWith/EndsWith ignore case, like the
 * comparison operators.
 */
import { FieldDate, type FunctionDefinition, type Value } from '../types.js';
import { roundHalfAway } from '../runtime/numbers.js';
import { FunctionError } from '../runtime/errors.js';
import { codePoints, integerArg, localeOf, numberArg, sliceChars, stringArg } from './arguments.js';
import { dateField } from './date.js';

function stringMap(name: string, description: string, fn: (s: string) => string, examples: Array<[string, string]>): FunctionDefinition {
  return {
    name,
    signature: `${name}(String)`,
    description,
    minArgs: 1,
    maxArgs: 1,
    extension: true,
    examples,
    call([value], ctx) {
      return fn(stringArg(value ?? null, ctx));
    },
  };
}

function stringTest(
  name: string,
  description: string,
  fn: (s: string, part: string) => boolean,
  examples: Array<[string, string]>,
): FunctionDefinition {
  return {
    name,
    signature: `${name}(String, Part)`,
    description,
    minArgs: 2,
    maxArgs: 2,
    extension: true,
    examples,
    call([value, part], ctx) {
      return fn(stringArg(value ?? null, ctx).toLowerCase(), stringArg(part ?? null, ctx).toLowerCase());
    },
  };
}

export const extensionFunctions: FunctionDefinition[] = [
  stringMap('Upper', 'String in upper case.', (s) => s.toUpperCase(), [['Upper("Smith")', 'SMITH']]),
  stringMap('Lower', 'String in lower case.', (s) => s.toLowerCase(), [['Lower("Smith")', 'smith']]),
  stringMap('Trim', 'String without leading and trailing white space.', (s) => s.trim(), [['Trim("  John ")', 'John']]),
  {
    name: 'Right',
    signature: 'Right(String, Number)',
    description: 'The last Number characters of String (0 or negative → empty text; more than the length → whole string).',
    minArgs: 2,
    maxArgs: 2,
    extension: true,
    examples: [
      ['Right("Hello, World!", 6)', 'World!'],
      ['Right("Hello", 25)', 'Hello'],
    ],
    call([value, count], ctx) {
      const n = integerArg(count ?? null, 2);
      if (n <= 0) return '';
      const chars = codePoints(stringArg(value ?? null, ctx));
      return sliceChars(chars, Math.max(0, chars.length - n));
    },
  },
  {
    name: 'Replace',
    signature: 'Replace(String, Find, With)',
    description: 'String with every occurrence of Find (case-sensitive) replaced by With. An empty Find changes nothing.',
    minArgs: 3,
    maxArgs: 3,
    extension: true,
    examples: [['Replace("a-b-c", "-", "/")', 'a/b/c']],
    call([value, find, replacement], ctx) {
      const s = stringArg(value ?? null, ctx);
      const f = stringArg(find ?? null, ctx);
      const r = stringArg(replacement ?? null, ctx);
      if (f === '') return s;
      const parts = s.split(f);
      ctx.step(1 + ((parts.length * r.length) >> 6));
      return parts.join(r);
    },
  },
  {
    name: 'Default',
    signature: 'Default(Value, Fallback)',
    description:
      'Value, or Fallback when Value is missing or empty text. A missing Value is not a missing use; Fallback is evaluated only when needed.',
    minArgs: 2,
    maxArgs: 2,
    extension: true,
    examples: [
      ['Default("", "there")', 'there'],
      ['Default("Ann", "there")', 'Ann'],
    ],
    guardsArguments: [0],
    lazy: (argument) => {
      const value = argument(0);
      return value === null || value === '' ? argument(1) : value;
    },
    call([value, fallback]) {
      return value === null || value === undefined || value === '' ? (fallback ?? null) : value;
    },
  },
  {
    name: 'Contains',
    signature: 'Contains(String, Part)',
    description: 'True when String contains Part, ignoring case.',
    minArgs: 2,
    maxArgs: 2,
    extension: true,
    examples: [['Contains("Hello", "ELL")', 'True']],
    call([value, part], ctx) {
      return stringArg(value ?? null, ctx)
        .toLowerCase()
        .includes(stringArg(part ?? null, ctx).toLowerCase());
    },
  },
  stringTest('StartsWith', 'True when String starts with Part, ignoring case.', (s, p) => s.startsWith(p), [
    ['StartsWith("Hello", "he")', 'True'],
  ]),
  stringTest('EndsWith', 'True when String ends with Part, ignoring case.', (s, p) => s.endsWith(p), [['EndsWith("Hello", "LO")', 'True']]),
  {
    name: 'Round',
    signature: 'Round(Number[, Digits])',
    description: 'Number rounded half away from zero to Digits fraction digits (default 0).',
    minArgs: 1,
    maxArgs: 2,
    extension: true,
    examples: [
      ['Round(2.5)', '3'],
      ['Round(1.005, 2) : "0.00"', '1.01'],
    ],
    call([value, digits]): Value {
      if (value === null || value === undefined) return null;
      const d = digits === undefined ? 0 : integerArg(digits, 2);
      if (d < 0 || d > 15) throw new FunctionError('type-mismatch', 'Digits must be between 0 and 15.');
      return roundHalfAway(numberArg(value, 1), d);
    },
  },
  {
    name: 'Now',
    signature: 'Now()',
    description: 'The current Date/Time (the render’s `now` option when given).',
    minArgs: 0,
    maxArgs: 0,
    extension: true,
    examples: [],
    call(_args, ctx) {
      return new FieldDate(ctx.now);
    },
  },
  dateField('Year', 'Year of the date, e.g. 1965.', (f) => f.year, [['Year(Date(1965, 11, 23))', '1965']], true),
  dateField('Month', 'Month of the date, 1–12.', (f) => f.month, [['Month(Date(1965, 11, 23))', '11']], true),
  dateField('Minute', 'Minute of the time, 0–59.', (f) => f.minute, [['Minute(Date(1965, 11, 23, 9, 3, 10))', '3']], true),
  dateField('Second', 'Second of the time, 0–59.', (f) => f.second, [['Second(Date(1965, 11, 23, 9, 3, 10))', '10']], true),
  dateField(
    'MonthName',
    'Name of the month in the render locale (English by default).',
    (f, ctx) => localeOf(ctx).months[f.month - 1] ?? '',
    [['MonthName(Date(1965, 11, 23))', 'November']],
    true,
  ),
];
