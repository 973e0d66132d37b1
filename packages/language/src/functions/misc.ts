/** Miscellaneous functions of the Genesys reference (§7.4). */
import { FieldDate, type FunctionDefinition, type Value } from '../types.js';
import { toBoolean, typeName } from '../runtime/values.js';

function test(name: string, typeLabel: string, check: (v: Value) => boolean, examples: Array<[string, string]>): FunctionDefinition {
  return {
    name,
    signature: `${name}(Arg)`,
    description: `True when Arg is ${typeLabel}. A missing Arg is not a missing use (it gives False).`,
    minArgs: 1,
    maxArgs: 1,
    extension: false,
    examples,
    guardsArguments: 'all',
    call([value]) {
      return check(value ?? null);
    },
  };
}

export const miscFunctions: FunctionDefinition[] = [
  {
    name: 'If',
    signature: 'If(Boolean, TrueResult, FalseResult)',
    description:
      'TrueResult when the condition is true, else FalseResult. Only the chosen branch is evaluated; missing values in the condition are not missing uses.',
    minArgs: 3,
    maxArgs: 3,
    extension: false,
    examples: [
      ['If(2 > 1, "yes", "no")', 'yes'],
      ['If(Length("") = 0, "empty", "full")', 'empty'],
    ],
    guardsArguments: [0],
    lazy: (argument) => (toBoolean(argument(0)) ? argument(1) : argument(2)),
    call([condition, then, otherwise]) {
      return toBoolean(condition ?? null) ? (then ?? null) : (otherwise ?? null);
    },
  },
  test('IsBoolean', 'a Boolean', (v) => typeof v === 'boolean', [['IsBoolean(2 > 1)', 'True']]),
  test('IsDateTime', 'a Date/Time', (v) => v instanceof FieldDate, [['IsDateTime(Date(1965, 11, 23))', 'True']]),
  test('IsNumber', 'a number', (v) => typeof v === 'number', [['IsNumber("12")', 'False']]),
  test('IsString', 'a string', (v) => typeof v === 'string', [['IsString("12")', 'True']]),
  {
    name: 'Type',
    signature: 'Type(Arg)',
    description: 'Type name of Arg: "Number", "String", "Boolean", "DateTime", "Object", "List" ("Missing" for a missing value).',
    minArgs: 1,
    maxArgs: 1,
    extension: false,
    examples: [
      ['Type(12)', 'Number'],
      ['Type("12")', 'String'],
      ['Type(True)', 'Boolean'],
      ['Type(Date(1965, 11, 23))', 'DateTime'],
    ],
    call([value]) {
      return typeName(value ?? null);
    },
  },
];
