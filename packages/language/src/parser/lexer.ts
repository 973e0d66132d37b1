/**
 * The field-code lexer: one chevrotain multi-mode lexer, built once. Text mode yields `Text`,
 * openers and stray closers; each opener pushes the field-code mode of its delimiter style.
 */
import { Lexer, type IToken } from 'chevrotain';
import { LEXER_DEFINITION } from './tokens.js';

const lexer = new Lexer(LEXER_DEFINITION, {
  // Lines and columns come from LineIndex only when a diagnostic needs them.
  positionTracking: 'onlyOffset',
  ensureOptimizations: true,
  skipValidations: true,
});

/** Tokens of `source` (whitespace inside field codes skipped). Never throws for string input. */
export function tokenizeSource(source: string): IToken[] {
  // The catch-all `Unknown` token means the lexer never reports errors of its own.
  return lexer.tokenize(source).tokens;
}
