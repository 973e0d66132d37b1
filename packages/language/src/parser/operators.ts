/**
 * The one table of binary operators (reference §4.1): for each operator token, the operator it
 * spells, its precedence level (higher binds tighter), its associativity and its kind. The parser
 * reads levels and operators from it, the analysis reads the kinds, and the editor's grammar
 * builds its operator pattern from the spellings. Keyed by token type, never by name.
 */
import type { TokenType } from 'chevrotain';
import type { BinaryOperator } from '../ast.js';
import {
  AmpAmp,
  And,
  BangEqual,
  Caret,
  Colon,
  EQWord,
  Equal,
  EqualEqual,
  GEWord,
  GTWord,
  Greater,
  GreaterEqual,
  LEWord,
  LTWord,
  Less,
  LessEqual,
  LessGreater,
  Minus,
  Mod,
  NEWord,
  Or,
  PipePipe,
  Plus,
  Slash,
  Star,
  XOr,
} from './tokens.js';

/** What an operator computes: logical and comparison operators yield booleans. */
export type OperatorKind = 'format' | 'logical' | 'comparison' | 'additive' | 'arithmetic';

/** Every binary operator's kind (a Record over the union, so a new operator must be added here). */
export const OPERATOR_KINDS: Readonly<Record<BinaryOperator, OperatorKind>> = {
  ':': 'format',
  Or: 'logical',
  XOr: 'logical',
  And: 'logical',
  '<': 'comparison',
  '<=': 'comparison',
  '>': 'comparison',
  '>=': 'comparison',
  '=': 'comparison',
  '<>': 'comparison',
  '+': 'additive',
  '-': 'arithmetic',
  '*': 'arithmetic',
  '/': 'arithmetic',
  Mod: 'arithmetic',
  '^': 'arithmetic',
};

export interface BinaryOperatorSpec {
  readonly operator: BinaryOperator;
  /** Reference §4.1 level: 1 `:` … 9 `^` (`Not` sits between `And` (4) and the comparisons (6)). */
  readonly level: number;
  /** Every binary operator of the language groups to the left (`2^3^2` is `(2^3)^2`). */
  readonly associativity: 'left';
  readonly kind: OperatorKind;
}

const spec = (operator: BinaryOperator, level: number): BinaryOperatorSpec => ({
  operator,
  level,
  associativity: 'left',
  kind: OPERATOR_KINDS[operator],
});

/** Operator tokens → their spec. Several spellings share one operator (`=`, `==`, `EQ`). */
export const BINARY_OPERATORS: ReadonlyMap<TokenType, BinaryOperatorSpec> = new Map<TokenType, BinaryOperatorSpec>([
  [Colon, spec(':', 1)],
  [Or, spec('Or', 2)],
  [PipePipe, spec('Or', 2)],
  [XOr, spec('XOr', 3)],
  [And, spec('And', 4)],
  [AmpAmp, spec('And', 4)],
  [Less, spec('<', 6)],
  [LTWord, spec('<', 6)],
  [LessEqual, spec('<=', 6)],
  [LEWord, spec('<=', 6)],
  [Greater, spec('>', 6)],
  [GTWord, spec('>', 6)],
  [GreaterEqual, spec('>=', 6)],
  [GEWord, spec('>=', 6)],
  [Equal, spec('=', 6)],
  [EqualEqual, spec('=', 6)],
  [EQWord, spec('=', 6)],
  [LessGreater, spec('<>', 6)],
  [BangEqual, spec('<>', 6)],
  [NEWord, spec('<>', 6)],
  [Plus, spec('+', 7)],
  [Minus, spec('-', 7)],
  [Star, spec('*', 8)],
  [Slash, spec('/', 8)],
  [Mod, spec('Mod', 8)],
  [Caret, spec('^', 9)],
]);

/** The lowest level: a whole formula. */
export const LOWEST_LEVEL = 1;
/** `Not` applies to operators above `And`: its operand is parsed from this level. */
export const NOT_LEVEL = 5;

/** The symbol spellings of the binary operators (`<=`, `&&`, `+`, …), longest first, for tokenizers. */
export const BINARY_OPERATOR_SYMBOLS: readonly string[] = [...BINARY_OPERATORS.keys()]
  .map((token) => token.PATTERN)
  .filter((pattern): pattern is string => typeof pattern === 'string')
  .sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
