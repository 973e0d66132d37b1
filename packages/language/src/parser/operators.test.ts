// The operator table drives parsing, evaluation and analysis; nothing falls back to a default.
import { describe, expect, it } from 'vitest';
import type { Expression } from '../ast.js';
import { ExpressionCompiler } from '../runtime/compiler.js';
import { render } from '../index.js';
import { BINARY_OPERATORS, OPERATORS } from './operators.js';

describe('operator table', () => {
  it('lists every operator once per spelling token, with its definition', () => {
    for (const [token, spec] of BINARY_OPERATORS) {
      expect(OPERATORS[spec.operator].tokens).toContain(token);
      expect(spec.evaluate).toBe(OPERATORS[spec.operator].evaluate);
    }
    const spellings = Object.values(OPERATORS).reduce((n, definition) => n + definition.tokens.length, 0);
    expect(BINARY_OPERATORS.size).toBe(spellings);
  });

  it('evaluates each operator through its table entry', () => {
    const cases: Array<[string, string]> = [
      ['<$ 7 Mod 3 $>', '1'],
      ['<$ 2 ^ 3 ^ 2 $>', '64'],
      ['<$ 10 - 2 * 3 $>', '4'],
      ['<$ 1 / 4 : "0.00" $>', '0.25'],
      ['<$ "a" + 1 $>', 'a1'],
      ['<$ 2 <> 3 $>', 'True'],
      ['<$ 2 NE 2 $>', 'False'],
      ['<$ "B" == "b" $>', 'True'],
      ['<$ 1 < 2 And 2 <= 2 And 3 > 2 And 3 >= 3 $>', 'True'],
      ['<$ True XOr True $>', 'False'],
      ['<$ False || True $>', 'True'],
      ['<$ 1234.5 : "#,##0.00" $>', '1,234.50'],
    ];
    expect(cases.map(([source]) => render(source, {}).output)).toEqual(cases.map(([, output]) => output));
  });

  it('refuses an operator missing from the table as an internal error, never as a default', () => {
    const number = (value: number): Expression => ({ kind: 'Number', value, raw: String(value), start: 0, end: 1 }) as Expression;
    const forged = {
      kind: 'Binary',
      operator: 'Plus',
      left: number(1),
      right: number(2),
      start: 0,
      end: 5,
      operatorSpan: { start: 2, end: 3 },
    } as unknown as Expression;
    const compiler = new ExpressionCompiler({} as ConstructorParameters<typeof ExpressionCompiler>[0]);
    expect(() => compiler.compile(forged, false, 0)).toThrow(new Error("internal: 'Plus' is not in the binary operator table"));
  });
});
