/** Mathematical functions of the Genesys reference (§7.2). */
import type { FunctionDefinition, Value } from '../types.js';
import { numberArg } from './arguments.js';

function unary(name: string, description: string, fn: (n: number) => number, examples: Array<[string, string]>): FunctionDefinition {
  return {
    name,
    signature: `${name}(Number)`,
    description,
    minArgs: 1,
    maxArgs: 1,
    extension: false,
    examples,
    call([value]): Value {
      return value === null || value === undefined ? null : fn(numberArg(value, 1));
    },
  };
}

export const mathFunctions: FunctionDefinition[] = [
  unary('Abs', 'Absolute value of Number.', Math.abs, [['Abs(-4)', '4']]),
  unary('Ceil', 'Smallest integer greater than or equal to Number.', Math.ceil, [
    ['Ceil(2.1)', '3'],
    ['Ceil(-2.1)', '-2'],
  ]),
  unary('Floor', 'Largest integer less than or equal to Number.', Math.floor, [
    ['Floor(2.9)', '2'],
    ['Floor(-2.1)', '-3'],
  ]),
];
