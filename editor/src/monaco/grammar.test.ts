// The editor highlights exactly the operators of the language's operator table.
import { describe, expect, it } from 'vitest';
import { BINARY_OPERATOR_SYMBOLS } from '@fieldcode/language';
import { fieldcodeGrammar, fieldcodeJsonGrammar, SYMBOL_RUN } from './grammar.js';

describe('monarch grammar operators', () => {
  it('lists the symbol operators of the operator table in both grammars', () => {
    expect(fieldcodeGrammar['operators']).toEqual([...BINARY_OPERATOR_SYMBOLS]);
    expect(fieldcodeJsonGrammar['operators']).toEqual([...BINARY_OPERATOR_SYMBOLS]);
  });

  it('reads each operator spelling as one whole symbol run', () => {
    for (const symbol of BINARY_OPERATOR_SYMBOLS) expect(SYMBOL_RUN.exec(symbol)?.[0]).toBe(symbol);
  });
});
