/**
 * `@fieldcode/language` — the Genesys field-code language: parse, compile, render, analyze.
 * Contract: SPEC §2.2. (Implementation in progress; see the modules re-exported below.)
 */
export * from './types.js';
export type * from './ast.js';
