// Chevrotain's grammar and lexer validations are switched off at run time (start-up cost only);
// here they run, so a grammar change that introduces an ambiguity or an unreachable token fails.
import { describe, expect, it } from 'vitest';
import { Lexer, tokenMatcher, type TokenType } from 'chevrotain';
import { ExpressionParser } from './expression-parser.js';
import { BINARY_OPERATORS, BINARY_OPERATOR_SYMBOLS } from './operators.js';
import { ALL_TOKENS, InfixOperator, LEXER_DEFINITION } from './tokens.js';

describe('field-code grammar', () => {
  it('passes chevrotain grammar validations', () => {
    // With validations on, performSelfAnalysis throws the list of grammar errors.
    let errors = '';
    try {
      new ExpressionParser({ validate: true });
    } catch (error) {
      errors = (error as Error).message;
    }
    expect(errors).toBe('');
  });

  it('passes chevrotain lexer validations, with the first-character optimizations', () => {
    const lexer = new Lexer(LEXER_DEFINITION, { positionTracking: 'onlyOffset', ensureOptimizations: true, skipValidations: false });
    expect(lexer.lexerDefinitionErrors.map((e) => e.message)).toEqual([]);
  });

  it('has a vocabulary of exactly the tokens of the lexer modes and their categories', () => {
    const inModes = new Set(Object.values(LEXER_DEFINITION.modes).flat());
    const categories = new Set(ALL_TOKENS.flatMap((type) => type.CATEGORIES ?? []));
    expect(new Set(ALL_TOKENS).size).toBe(ALL_TOKENS.length);
    for (const type of ALL_TOKENS) expect(inModes.has(type) || categories.has(type), type.name).toBe(true);
    for (const type of inModes) expect(ALL_TOKENS.includes(type), type.name).toBe(true);
  });

  it('has one operator table entry for every infix operator token, and none for other tokens', () => {
    const isToken = (type: TokenType) => !type.PATTERN || type.PATTERN !== Lexer.NA;
    const infix = ALL_TOKENS.filter(
      (type) => isToken(type) && type !== InfixOperator && tokenMatcher({ tokenTypeIdx: type.tokenTypeIdx } as never, InfixOperator),
    );
    expect(infix.map((type) => type.name).sort()).toEqual([...BINARY_OPERATORS.keys()].map((type) => type.name).sort());
    expect(BINARY_OPERATOR_SYMBOLS).toEqual(['!=', '&&', '<=', '<>', '==', '>=', '||', '%', '*', '+', '-', '/', ':', '<', '=', '>', '^']);
  });
});
