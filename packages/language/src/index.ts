/**
 * `@fieldcode/language` — the Genesys field-code language: parse, compile, render, analyze.
 * Contract: SPEC §2.2.
 */
export * from './types.js';
export type * from './ast.js';
export * from './positions.js';
export * from './parser/index.js';
export { BINARY_OPERATOR_SYMBOLS, OPERATORS, type OperatorDefinition, type OperatorKind } from './parser/operators.js';
export type { BinaryEvaluator } from './runtime/operators.js';
export * from './api.js';
export * from './service/index.js';
