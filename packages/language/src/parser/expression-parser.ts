/**
 * The expression grammar (reference §4.1, ten precedence levels) as a chevrotain parser with
 * embedded actions that build the AST of `ast.ts` directly. The binary levels are one
 * precedence-climbing rule, which keeps the rule calls per operand few. One instance is shared
 * and reset per field code (chevrotain's performance guidance). The common errors (missing `)`,
 * missing value, trailing tokens) are recovered by the parser itself without exceptions; the rest
 * by chevrotain's re-synchronisation.
 */
import {
  EmbeddedActionsParser,
  EOF,
  type IParserErrorMessageProvider,
  type IRecognitionException,
  type IToken,
  type TokenType,
} from 'chevrotain';
import type { Span, CallExpression, ErrorExpression, Expression, Identifier as IdentifierNode, MemberExpression } from '../ast.js';
import { decodeStringContent, numberValue } from './literals.js';
import { closingWhere, syntaxMessages, type SyntaxErrorCode, type SyntaxMessage } from './messages.js';
import { BINARY_OPERATORS, LOWEST_LEVEL, NOT_LEVEL } from './operators.js';
import {
  AdditiveOperator,
  ALL_TOKENS,
  BooleanLiteral,
  Comma,
  Dot,
  Identifier,
  Keyword,
  LParen,
  Minus,
  Plus,
  InfixOperator,
  NotOperator,
  NumberLiteral,
  RParen,
  StringLiteral,
  True,
  TYPOGRAPHIC_STRINGS,
  Unknown,
  UNTERMINATED_STRINGS,
} from './tokens.js';

/** Level of a binary operator token; 0 for any other token. */
function levelOf(token: IToken): number {
  return BINARY_OPERATORS.get(token.tokenType)?.level ?? 0;
}

/** Tokens that can start a value (besides `Not`, which only may where a `Not` expression may). */
const OPERAND_START: ReadonlySet<TokenType> = new Set(
  ALL_TOKENS.filter(
    (type) =>
      type === Identifier ||
      type === NumberLiteral ||
      type === LParen ||
      type === Plus ||
      type === Minus ||
      type.CATEGORIES?.includes(StringLiteral) ||
      type.CATEGORIES?.includes(BooleanLiteral),
  ),
);
const NOT_START: ReadonlySet<TokenType> = new Set(ALL_TOKENS.filter((type) => type.CATEGORIES?.includes(NotOperator)));

/** Half-open end offset of a real token. */
function tokenEnd(token: IToken): number {
  return token.startOffset + token.image.length;
}

function isRealToken(token: IToken | undefined): token is IToken {
  return token !== undefined && token.tokenType !== EOF && !token.isInsertedInRecovery && Number.isFinite(token.startOffset);
}

/**
 * What the error-message provider needs to word messages: set by {@link ExpressionParser.parseFieldCode}
 * for the field code being parsed.
 */
export interface MessageContext {
  /** How to name the end of the token stream: `'$>'` when closed, otherwise the end of the template. */
  endName: string;
  /** Where errors found at the end of the tokens point: the closing delimiter, or the end of an unclosed field code. */
  endSpan: Span;
  /** Describes an offset as `line L, column C`. */
  describe(offset: number): string;
}

const DEFAULT_CONTEXT: MessageContext = {
  endName: "'$>'",
  endSpan: { start: 0, end: 0 },
  describe: (offset) => `offset ${offset}`,
};

function tokenName(token: IToken, context: MessageContext): string {
  if (token.tokenType === EOF) return context.endName;
  return `'${token.image}'`;
}

/** The words for a token, used as "after …". */
function describePrevious(token: IToken | undefined): string | null {
  return isRealToken(token) ? `'${token.image}'` : null;
}

/**
 * Maps chevrotain's recognition errors to author-friendly messages, worded by `syntaxMessages`.
 * Chevrotain keeps only the message text of an error, so the parser records each worded
 * message's code ({@link ExpressionParser.word}) and reads it back by text. The `(` a missing `)`
 * belongs to is recorded by the parser just before it consumes the `)`.
 */
function createMessageProvider(parser: () => ExpressionParser): IParserErrorMessageProvider {
  return {
    buildMismatchTokenMessage({ expected, actual }): string {
      const p = parser();
      const context = p.messageContext;
      const found = tokenName(actual, context);
      if (expected === EOF) {
        return p.word(
          actual.tokenType === Unknown
            ? syntaxMessages.unexpectedCharacter(actual.image)
            : syntaxMessages.expectedOperator(found, context.endName),
        );
      }
      if (expected === RParen) {
        const paren = p.innermostParen();
        const where = closingWhere(context.describe, paren?.open.startOffset);
        if (actual.tokenType === EOF) return p.word(syntaxMessages.missingParenthesis(where));
        return p.word(syntaxMessages.expectedParenthesis(paren?.inCall ?? false, where, found));
      }
      return p.word(syntaxMessages.expectedToken(expected.LABEL ?? expected.name, found));
    },
    buildNotAllInputParsedMessage({ firstRedundant }): string {
      const p = parser();
      if (firstRedundant.tokenType === Unknown) return p.word(syntaxMessages.unexpectedCharacter(firstRedundant.image));
      return p.word(syntaxMessages.expectedOperator(tokenName(firstRedundant, p.messageContext), p.messageContext.endName));
    },
    buildNoViableAltMessage({ actual, previous }): string {
      const p = parser();
      const context = p.messageContext;
      const token: IToken | undefined = actual[0];
      const found = !token || token.tokenType === EOF ? context.endName : tokenName(token, context);
      if (previous?.tokenType === Dot) return p.word(syntaxMessages.expectedPropertyName(found));
      if (token?.tokenType === Unknown) return p.word(syntaxMessages.unexpectedCharacter(token.image));
      return p.word(syntaxMessages.expectedValue(describePrevious(previous), found));
    },
    buildEarlyExitMessage({ actual }): string {
      const p = parser();
      const token = actual[0];
      return p.word(syntaxMessages.unexpected(token ? tokenName(token, p.messageContext) : p.messageContext.endName));
    },
  };
}

/** A syntax error found in one field code. */
export interface FieldCodeSyntaxError extends Span {
  code: SyntaxErrorCode;
  message: string;
}

/** The result of parsing the tokens of one field code. */
export interface ExpressionParseResult {
  expression: Expression | null;
  errors: FieldCodeSyntaxError[];
}

let instance: ExpressionParser | undefined;

export class ExpressionParser extends EmbeddedActionsParser {
  /** Wording context of the field code being parsed. */
  messageContext: MessageContext = DEFAULT_CONTEXT;
  /** Errors this parser recovers from itself (missing `)`, missing operand). */
  private ownErrors: FieldCodeSyntaxError[] = [];
  /** The `(` of groups and calls being parsed, innermost last (read by the message provider). */
  private readonly openParens: Array<{ open: IToken; inCall: boolean }> = [];
  /** Offset used for nodes recovered at the end of the tokens. */
  private endOffset = 0;
  /** Codes of the messages worded during this parse, by message text (see createMessageProvider). */
  private readonly wordedCodes = new Map<string, SyntaxErrorCode>();

  /**
   * `validate`: run chevrotain's grammar validations (ambiguities, left recursion, …). They cost
   * start-up time, so the shared instance skips them; a test builds one with them on.
   */
  constructor(options: { validate?: boolean } = {}) {
    // The provider is created before `this` exists: it reaches the parser through this holder.
    const self: { parser?: ExpressionParser } = {};
    super(ALL_TOKENS, {
      recoveryEnabled: true,
      maxLookahead: 2,
      skipValidations: !options.validate,
      errorMessageProvider: createMessageProvider(() => self.parser!),
    });
    self.parser = this;
    this.performSelfAnalysis();
  }

  /** Records the code of a worded message and returns its text (for chevrotain's error). */
  word(worded: SyntaxMessage): string {
    this.wordedCodes.set(worded.message, worded.code);
    return worded.message;
  }

  /** Parses the tokens of one field code (delimiters excluded). */
  parseFieldCode(tokens: IToken[], endOffset: number, context: MessageContext): ExpressionParseResult {
    this.messageContext = context;
    this.wordedCodes.clear();
    this.endOffset = endOffset;
    this.openParens.length = 0;
    this.ownErrors = [];
    this.input = tokens;
    const expression = this.fieldCode();
    const errors = [...this.ownErrors, ...this.errors.map((e) => this.toSyntaxError(e))].sort((a, b) => a.start - b.start);
    return { expression: expression ?? null, errors };
  }

  /** Code, wording and range of a chevrotain recognition error. */
  private toSyntaxError(error: IRecognitionException): FieldCodeSyntaxError {
    const message = error.message;
    const code = this.wordedCodes.get(message);
    // Every message comes from the provider above, which records its code.
    if (code === undefined) throw new Error(`internal: a syntax error was not worded by syntaxMessages: ${message}`);
    const token = error.token;
    if (code === 'missing-parenthesis') return { code, message, start: this.endOffset, end: this.endOffset };
    if (isRealToken(token)) return { code, message, start: token.startOffset, end: tokenEnd(token) };
    return { code, message, ...this.messageContext.endSpan };
  }

  /** Range of the next token (the end span at the end of the tokens). */
  private nextSpan(): Span {
    const token = this.LA(1);
    return isRealToken(token) ? { start: token.startOffset, end: tokenEnd(token) } : { ...this.messageContext.endSpan };
  }

  /** `)` is missing at the end of the tokens: reported here so the tree stays whole. */
  private missingParen(open: IToken): void {
    const end = this.lastEnd();
    this.ownErrors.push({
      ...syntaxMessages.missingParenthesis(closingWhere(this.messageContext.describe, open.startOffset)),
      start: end,
      end,
    });
  }

  /** The innermost `(` being parsed, if any. */
  innermostParen(): { open: IToken; inCall: boolean } | undefined {
    return this.openParens[this.openParens.length - 1];
  }

  /**
   * Runs `body` with `open` on the stack of open parentheses; the `finally` keeps the stack right
   * when a syntax error unwinds the rule.
   */
  private withinParen<T>(open: IToken, inCall: boolean, body: () => T): T {
    if (!this.RECORDING_PHASE) this.openParens.push({ open, inCall });
    try {
      return body();
    } finally {
      if (!this.RECORDING_PHASE) this.openParens.pop();
    }
  }

  /** Consumes the `)` closing `open`, or reports it missing when the tokens end first. */
  private closeParen(open: IToken): number {
    if (!this.RECORDING_PHASE && this.LA(1).tokenType === EOF) {
      this.missingParen(open);
      return this.lastEnd();
    }
    const close = this.CONSUME(RParen);
    return isRealToken(close) ? tokenEnd(close) : this.lastEnd();
  }

  /**
   * Recovery where the next token cannot start a value (`1 + $>`, `f(a,)`, `1 + @`): an Error
   * node and an own diagnostic instead of a failed alternative. Cheaper than chevrotain's
   * exceptions, and plain code rather than grammar, so it is skipped while the grammar is recorded.
   */
  private operandMissing(allowNot: boolean): Expression | undefined {
    if (this.RECORDING_PHASE) return undefined;
    const type = this.LA(1).tokenType;
    if (OPERAND_START.has(type) || (allowNot && NOT_START.has(type))) return undefined;
    return this.missingOperand();
  }

  /** A zero-width Error node where a value is missing, with its diagnostic. */
  private missingOperand(): Expression {
    const previous = this.LA(0);
    const next = this.LA(1);
    const span = this.nextSpan();
    const worded =
      next.tokenType === Unknown
        ? syntaxMessages.unexpectedCharacter(next.image)
        : syntaxMessages.expectedValue(
            describePrevious(previous),
            next.tokenType === EOF ? this.messageContext.endName : `'${next.image}'`,
          );
    this.ownErrors.push({ ...worded, ...span });
    const at = isRealToken(previous) ? tokenEnd(previous) : span.start;
    return { kind: 'Error', start: at, end: at };
  }

  /** Tokens left after a complete formula: one diagnostic, then they are skipped. */
  private rejectTrailing(): void {
    if (this.RECORDING_PHASE) return;
    const next = this.LA(1);
    if (next.tokenType === EOF) return;
    const worded =
      next.tokenType === Unknown
        ? syntaxMessages.unexpectedCharacter(next.image)
        : syntaxMessages.expectedOperator(`'${next.image}'`, this.messageContext.endName);
    this.ownErrors.push({ ...worded, ...this.nextSpan() });
    while (this.LA(1).tokenType !== EOF) this.SKIP_TOKEN();
  }

  /** Placeholder for a rule chevrotain recovered from by re-synchronising. */
  private recovered(error: IRecognitionException): ErrorExpression {
    const token = error.token;
    const start = isRealToken(token) ? token.startOffset : this.endOffset;
    let end = isRealToken(token) ? tokenEnd(token) : this.endOffset;
    const skipped = error.resyncedTokens;
    if (skipped) {
      for (const t of skipped) if (isRealToken(t)) end = Math.max(end, tokenEnd(t));
    }
    return { kind: 'Error', start, end };
  }

  private recovery = { recoveryValueFunc: (e: IRecognitionException) => this.recovered(e) };

  /** End offset of the last real token consumed (after an inserted `)` it is the one before). */
  private lastEnd(): number {
    const token = this.LA(0);
    return isRealToken(token) ? tokenEnd(token) : this.endOffset;
  }

  private binary(left: Expression, operatorToken: IToken, right: Expression): Expression {
    const spec = BINARY_OPERATORS.get(operatorToken.tokenType);
    // The grammar only consumes InfixOperator tokens, and every one of them is in the table.
    if (spec === undefined) throw new Error(`internal: '${operatorToken.image}' is not in the binary operator table`);
    return {
      kind: 'Binary',
      operator: spec.operator,
      left,
      right,
      operatorSpan: { start: operatorToken.startOffset, end: tokenEnd(operatorToken) },
      start: left.start,
      end: right.end,
    };
  }

  /** The whole formula of a field code. */
  readonly formula = this.RULE('formula', (): Expression => this.SUBRULE(this.expression, { ARGS: [LOWEST_LEVEL] }), this.recovery);

  /** The tokens of one field code: a formula and nothing after it. */
  readonly fieldCode = this.RULE(
    'fieldCode',
    (): Expression => {
      const expression = this.SUBRULE(this.formula);
      this.rejectTrailing();
      return expression;
    },
    this.recovery,
  );

  /**
   * Precedence climbing over the binary levels of reference §4.1: an operand, then every binary
   * operator of at least `minLevel`, each right operand parsed one level higher (left
   * associativity). `Not` (level 6 of the reference) applies to everything above `And`, and is
   * only allowed where a `Not` expression is (not as the operand of a comparison or arithmetic).
   * One rule for all levels keeps the work per operand small.
   */
  private readonly expression = this.RULE(
    'expression',
    (minLevel: number): Expression => {
      let left =
        this.operandMissing(minLevel <= NOT_LEVEL) ??
        this.OR([
          {
            GATE: () => minLevel <= NOT_LEVEL,
            ALT: () => {
              const op = this.CONSUME(NotOperator);
              const operand = this.SUBRULE(this.expression, { ARGS: [NOT_LEVEL] });
              return this.ACTION((): Expression => ({
                kind: 'Unary',
                operator: 'Not',
                operand,
                operatorSpan: { start: op.startOffset, end: tokenEnd(op) },
                start: op.startOffset,
                end: operand.end,
              }));
            },
          },
          { ALT: () => this.SUBRULE(this.unary) },
        ]);
      this.MANY({
        GATE: () => levelOf(this.LA(1)) >= minLevel,
        DEF: () => {
          const op = this.CONSUME(InfixOperator);
          const right = this.SUBRULE2(this.expression, { ARGS: [levelOf(op) + 1] });
          this.ACTION(() => {
            left = this.binary(left, op, right);
          });
        },
      });
      return left;
    },
    this.recovery,
  );

  /** Level 1: unary `+`, `-` (right to left; binds tighter than `^`, so `-2^2` is `(-2)^2`). */
  private readonly unary = this.RULE(
    'unary',
    (): Expression =>
      this.operandMissing(false) ??
      this.OR([
        {
          ALT: () => {
            const op = this.CONSUME(AdditiveOperator);
            const operand = this.SUBRULE(this.unary);
            return this.ACTION((): Expression => ({
              kind: 'Unary',
              operator: op.tokenType === Minus ? '-' : '+',
              operand,
              operatorSpan: { start: op.startOffset, end: tokenEnd(op) },
              start: op.startOffset,
              end: operand.end,
            }));
          },
        },
        { ALT: () => this.SUBRULE(this.postfix) },
      ]),
    this.recovery,
  );

  /** Properties (`.Name`) and properties with arguments (`.Exists("a")`) after a primary. */
  private readonly postfix = this.RULE(
    'postfix',
    (): Expression => {
      let expression = this.SUBRULE(this.primary);
      this.MANY(() => {
        this.CONSUME(Dot);
        const name = this.OR([{ ALT: () => this.CONSUME(Identifier) }, { ALT: () => this.CONSUME(Keyword) }]);
        this.ACTION(() => {
          const member: MemberExpression = {
            kind: 'Member',
            object: expression,
            property: name.image,
            propertySpan: { start: name.startOffset, end: tokenEnd(name) },
            start: expression.start,
            end: tokenEnd(name),
          };
          expression = member;
        });
        this.OPTION(() => {
          const call = this.SUBRULE(this.argumentList);
          this.ACTION(() => {
            const node: CallExpression = {
              kind: 'Call',
              callee: expression as MemberExpression,
              args: call.args,
              start: expression.start,
              end: call.end,
            };
            expression = node;
          });
        });
      });
      return expression;
    },
    this.recovery,
  );

  /** `( args )` of a call; returns the arguments and the end offset. */
  private readonly argumentList = this.RULE(
    'argumentList',
    (): { args: Expression[]; end: number } => {
      const open = this.CONSUME(LParen);
      return this.withinParen(open, true, () => {
        const args: Expression[] = [];
        this.OPTION(() => {
          args.push(this.SUBRULE(this.formula));
          this.MANY(() => {
            this.CONSUME(Comma);
            args.push(this.SUBRULE2(this.formula));
          });
        });
        const end = this.closeParen(open);
        return { args, end };
      });
    },
    { recoveryValueFunc: (e: IRecognitionException) => ({ args: [this.recovered(e)], end: this.recovered(e).end }) },
  );

  private readonly primary = this.RULE(
    'primary',
    (): Expression => {
      return this.OR([
        { ALT: () => this.SUBRULE(this.nameOrCall) },
        { ALT: () => this.SUBRULE(this.parenthesized) },
        {
          ALT: () => {
            const token = this.CONSUME(NumberLiteral);
            return this.ACTION((): Expression => {
              const value = numberValue(token.image);
              const span = { start: token.startOffset, end: tokenEnd(token) };
              return value === null ? { kind: 'Error', ...span } : { kind: 'Number', value, raw: token.image, ...span };
            });
          },
        },
        {
          ALT: () => {
            const token = this.CONSUME(StringLiteral);
            return this.ACTION((): Expression => stringNode(token));
          },
        },
        {
          ALT: () => {
            const token = this.CONSUME(BooleanLiteral);
            return this.ACTION((): Expression => ({
              kind: 'Boolean',
              value: token.tokenType === True,
              start: token.startOffset,
              end: tokenEnd(token),
            }));
          },
        },
      ]);
    },
    this.recovery,
  );

  /** A bare name (object or custom variable) or a function call. */
  private readonly nameOrCall = this.RULE(
    'nameOrCall',
    (): Expression => {
      const name = this.CONSUME(Identifier);
      const identifier = this.ACTION((): IdentifierNode => ({
        kind: 'Identifier',
        name: name.image,
        start: name.startOffset,
        end: tokenEnd(name),
      }));
      const call = this.OPTION(() => this.SUBRULE(this.argumentList));
      return this.ACTION((): Expression => {
        if (!call) return identifier;
        return { kind: 'Call', callee: identifier, args: call.args, start: identifier.start, end: call.end };
      });
    },
    this.recovery,
  );

  private readonly parenthesized = this.RULE(
    'parenthesized',
    (): Expression => {
      const open = this.CONSUME(LParen);
      return this.withinParen(open, false, (): Expression => {
        const expression = this.SUBRULE(this.formula);
        const end = this.closeParen(open);
        return { kind: 'Paren', expression, start: open.startOffset, end };
      });
    },
    this.recovery,
  );
}

/** A string node from any string-literal token (terminated, unterminated or typographic). */
function stringNode(token: IToken): Expression {
  const image = token.image;
  const first = image[0]!;
  const quote: '"' | "'" = first === "'" || first === '\u2018' || first === '\u2019' ? "'" : '"';
  const closed = !UNTERMINATED_STRINGS.has(token.tokenType) && image.length >= 2;
  const content = closed ? image.slice(1, -1) : image.slice(1);
  // Typographic strings keep their content as written; others resolve escapes.
  const value = TYPOGRAPHIC_STRINGS.has(token.tokenType) ? content : decodeStringContent(content).value;
  return { kind: 'String', value, quote, start: token.startOffset, end: tokenEnd(token) };
}

function parserSingleton(): ExpressionParser {
  if (!instance) instance = new ExpressionParser();
  return instance;
}

/** The shared parser instance (created on first use). */
export function getExpressionParser(): ExpressionParser {
  return parserSingleton();
}
