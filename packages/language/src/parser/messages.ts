/**
 * The one place that words the syntax diagnostics of a field code. Each function returns the code
 * and the message together, as data: the parser never encodes a code inside a message string.
 */

/** Codes of the syntax errors the expression parser reports (docs/language-syntax.md). */
export type SyntaxErrorCode = 'unexpected-token' | 'missing-parenthesis';

/** A worded syntax error, before it is positioned. */
export interface SyntaxMessage {
  readonly code: SyntaxErrorCode;
  readonly message: string;
}

const VALUE = "a value (a number, a string, a name or '(')";

export const syntaxMessages = {
  /** A character no token starts with. */
  unexpectedCharacter: (image: string): SyntaxMessage => ({ code: 'unexpected-token', message: `Unexpected character '${image}'` }),

  /** A token after a complete formula. */
  expectedOperator: (found: string, endName: string): SyntaxMessage => ({
    code: 'unexpected-token',
    message: `Unexpected ${found}: expected an operator or ${endName}`,
  }),

  /** A token where a value must start. `after` names the token before it, when there is one. */
  expectedValue: (after: string | null, found: string): SyntaxMessage => ({
    code: 'unexpected-token',
    message: `Expected ${VALUE}${after ? ` after ${after}` : ''}, but found ${found}`,
  }),

  /** `.` not followed by a name. */
  expectedPropertyName: (found: string): SyntaxMessage => ({
    code: 'unexpected-token',
    message: `Expected a property name after '.', but found ${found}`,
  }),

  /** The field code ends inside parentheses. `where` is `" to close the '(' at line L, column C"` or empty. */
  missingParenthesis: (where: string): SyntaxMessage => ({ code: 'missing-parenthesis', message: `Missing ')'${where}` }),

  /** Something else where `)` (or `,` in a call) must come. */
  expectedParenthesis: (inCall: boolean, where: string, found: string): SyntaxMessage => ({
    code: 'unexpected-token',
    message: `Expected ${inCall ? "',' or ')'" : "')'"}${where}, but found ${found}`,
  }),

  /** Any other token that does not fit. */
  expectedToken: (expected: string, found: string): SyntaxMessage => ({
    code: 'unexpected-token',
    message: `Expected '${expected}', but found ${found}`,
  }),

  /** A repetition that needs at least one more element. */
  unexpected: (found: string): SyntaxMessage => ({ code: 'unexpected-token', message: `Unexpected ${found}` }),
} as const;

/** `" to close the '(' at line L, column C"`, the tail of the parenthesis messages. */
export function closingWhere(describe: (offset: number) => string, openOffset: number | undefined): string {
  return openOffset === undefined ? '' : ` to close the '(' at ${describe(openOffset)}`;
}
