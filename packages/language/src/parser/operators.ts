/**
 * The one table of binary operators (reference §4.1): for each operator, its precedence level
 * (higher binds tighter), its associativity, its kind, the tokens that spell it and its evaluator.
 * The parser reads levels and operators by token (`BINARY_OPERATORS`), the compiler calls the
 * evaluators, the analysis reads the kinds, and the editor's grammar builds its operator pattern
 * from the spellings. No operator is looked up by a free-form string, and none has a default.
 */
import type { TokenType } from 'chevrotain';
import type { BinaryOperator } from '../ast.js';
import {
  arithmeticEvaluator,
  comparisonEvaluator,
  evaluateAnd,
  evaluateFormat,
  evaluateOr,
  evaluatePlus,
  evaluateXOr,
  type BinaryEvaluator,
} from '../runtime/operators.js';
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
  Percent,
  PipePipe,
  Plus,
  Slash,
  Star,
  XOr,
} from './tokens.js';

/** What an operator computes: logical and comparison operators yield booleans. */
export type OperatorKind = 'format' | 'logical' | 'comparison' | 'additive' | 'arithmetic';

/** One binary operator: how it parses (level, associativity, tokens), what it yields, how it evaluates. */
export interface OperatorDefinition {
  /** Reference §4.1 level: 1 `:` … 9 `^` (`Not` sits between `And` (4) and the comparisons (6)). */
  readonly level: number;
  /** Every binary operator of the language groups to the left (`2^3^2` is `(2^3)^2`). */
  readonly associativity: 'left';
  readonly kind: OperatorKind;
  /** The tokens that spell it: several spellings share one operator (`=`, `==`, `EQ`). */
  readonly tokens: readonly TokenType[];
  /** Builds the compiled operation from the compiled operands (runtime/operators.ts). */
  readonly evaluate: BinaryEvaluator;
}

const left = (level: number, kind: OperatorKind, tokens: readonly TokenType[], evaluate: BinaryEvaluator): OperatorDefinition =>
  Object.freeze({ level, associativity: 'left' as const, kind, tokens: Object.freeze([...tokens]), evaluate });

/**
 * The operator table: every binary operator of the AST (a Record over the `BinaryOperator` union,
 * so a new operator does not compile until it has its level, kind, tokens and evaluator here).
 */
export const OPERATORS: Readonly<Record<BinaryOperator, OperatorDefinition>> = Object.freeze({
  ':': left(1, 'format', [Colon, Percent], evaluateFormat),
  Or: left(2, 'logical', [Or, PipePipe], evaluateOr),
  XOr: left(3, 'logical', [XOr], evaluateXOr),
  And: left(4, 'logical', [And, AmpAmp], evaluateAnd),
  '<': left(6, 'comparison', [Less, LTWord], comparisonEvaluator('<')),
  '<=': left(6, 'comparison', [LessEqual, LEWord], comparisonEvaluator('<=')),
  '>': left(6, 'comparison', [Greater, GTWord], comparisonEvaluator('>')),
  '>=': left(6, 'comparison', [GreaterEqual, GEWord], comparisonEvaluator('>=')),
  '=': left(6, 'comparison', [Equal, EqualEqual, EQWord], comparisonEvaluator('=')),
  '<>': left(6, 'comparison', [LessGreater, BangEqual, NEWord], comparisonEvaluator('<>')),
  '+': left(7, 'additive', [Plus], evaluatePlus),
  '-': left(7, 'arithmetic', [Minus], arithmeticEvaluator('-')),
  '*': left(8, 'arithmetic', [Star], arithmeticEvaluator('*')),
  '/': left(8, 'arithmetic', [Slash], arithmeticEvaluator('/')),
  Mod: left(8, 'arithmetic', [Mod], arithmeticEvaluator('Mod')),
  '^': left(9, 'arithmetic', [Caret], arithmeticEvaluator('^')),
});

/** An operator token's entry: the operator it spells and that operator's definition. */
export interface BinaryOperatorSpec extends OperatorDefinition {
  readonly operator: BinaryOperator;
}

/** Operator tokens → their operator, derived from {@link OPERATORS} (the parser reads tokens). */
export const BINARY_OPERATORS: ReadonlyMap<TokenType, BinaryOperatorSpec> = new Map(
  (Object.keys(OPERATORS) as BinaryOperator[]).flatMap((operator) =>
    OPERATORS[operator].tokens.map((token): [TokenType, BinaryOperatorSpec] => [
      token,
      Object.freeze({ ...OPERATORS[operator], operator }),
    ]),
  ),
);

/** The lowest level: a whole formula. */
export const LOWEST_LEVEL = 1;
/** `Not` applies to operators above `And`: its operand is parsed from this level. */
export const NOT_LEVEL = 5;

/** The symbol spellings of the binary operators (`<=`, `&&`, `+`, …), longest first, for tokenizers. */
export const BINARY_OPERATOR_SYMBOLS: readonly string[] = [...BINARY_OPERATORS.keys()]
  .map((token) => token.PATTERN)
  .filter((pattern): pattern is string => typeof pattern === 'string')
  .sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
