/**
 * From the token stream to the template AST: splits text and field codes, reports delimiter and
 * token problems, checks nesting depth, and hands each field code's tokens to the expression parser.
 */
import type { IToken, TokenType } from 'chevrotain';
import type { DelimiterStyle, Expression, FieldCodeNode, TemplateNode, TextNode } from '../ast.js';
import type { DiagnosticSink } from './diagnostics.js';
import { getExpressionParser, type MessageContext } from './expression-parser.js';
import { tokenizeSource } from './lexer.js';
import { decodeStringContent, numberValue, quoteLiteral } from './literals.js';
import {
  ALL_TOKENS,
  AdditiveOperator,
  CloseDelimiter,
  LoneTypographicQuote,
  LParen,
  NotOperator,
  NumberLiteral,
  Percent,
  OpenAngle,
  OpenBrace,
  OpenDelimiter,
  ReopenAngle,
  ReopenBrace,
  RParen,
  StrayClose,
  StringLiteral,
  Text,
  TYPOGRAPHIC_STRINGS,
  UNTERMINATED_STRINGS,
} from './tokens.js';

/** Syntax limits honoured by the parser. */
export interface SyntaxLimits {
  maxTemplateLength: number;
  maxDepth: number;
}

function tokenEnd(token: IToken): number {
  return token.startOffset + token.image.length;
}

function isA(token: IToken, category: TokenType): boolean {
  const type = token.tokenType;
  return type === category || (type.CATEGORIES?.includes(category) ?? false);
}

/** Token types that end the token run of a field code (its closer or the next opener). */
const FIELD_CODE_BOUNDARY: ReadonlySet<TokenType> = new Set(
  ALL_TOKENS.filter((type) => type.CATEGORIES?.includes(CloseDelimiter) || type.CATEGORIES?.includes(OpenDelimiter)),
);

function delimiterStyle(open: IToken): DelimiterStyle {
  const type = open.tokenType;
  if (type === OpenBrace || type === ReopenBrace) return 'brace';
  if (type === OpenAngle || type === ReopenAngle) return 'angle';
  return 'canonical';
}

const CLOSER_OF: Record<DelimiterStyle, string> = { canonical: '$>', brace: '}>', angle: '>>' };

/** Parses a whole template. Assumes the length limit has been checked. */
export function parseTemplate(source: string, limits: SyntaxLimits, sink: DiagnosticSink): TemplateNode {
  const tokens = tokenizeSource(source);
  // Text and stray closers merge into one Text node; an opener starts a field code.
  const body: Array<TextNode | FieldCodeNode> = [];
  let textStart = -1;
  let textEnd = -1;

  const flushText = (): void => {
    if (textStart < 0) return;
    body.push({ kind: 'Text', value: source.slice(textStart, textEnd), start: textStart, end: textEnd });
    textStart = -1;
  };

  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    if (token.tokenType === Text || token.tokenType === StrayClose) {
      if (token.tokenType === StrayClose) {
        sink.add(
          'unexpected-close-delimiter',
          'warning',
          "Unexpected '$>': no field code is open here, so it is printed as text",
          token.startOffset,
          tokenEnd(token),
        );
      }
      if (textStart < 0) textStart = token.startOffset;
      textEnd = tokenEnd(token);
      i++;
      continue;
    }
    // An opener: collect the field code's tokens up to its closer, the next opener or the end.
    flushText();
    const open = token;
    let j = i + 1;
    while (j < tokens.length && !FIELD_CODE_BOUNDARY.has(tokens[j]!.tokenType)) j++;
    const close = j < tokens.length && isA(tokens[j]!, CloseDelimiter) ? tokens[j]! : null;
    const contentEnd = close ? close.startOffset : j < tokens.length ? tokens[j]!.startOffset : source.length;
    body.push(fieldCode(source, open, close, tokens.slice(i + 1, j), contentEnd, limits, sink));
    i = close ? j + 1 : j;
  }
  flushText();
  return { kind: 'Template', body, start: 0, end: source.length };
}

function fieldCode(
  source: string,
  open: IToken,
  close: IToken | null,
  tokens: IToken[],
  contentEnd: number,
  limits: SyntaxLimits,
  sink: DiagnosticSink,
): FieldCodeNode {
  const delimiter = delimiterStyle(open);
  const node: FieldCodeNode = {
    kind: 'FieldCode',
    delimiter,
    open: { start: open.startOffset, end: tokenEnd(open) },
    close: close ? { start: close.startOffset, end: tokenEnd(close) } : null,
    expression: null,
    start: open.startOffset,
    end: close ? tokenEnd(close) : contentEnd,
  };

  if (!close) {
    // Unclosed: the rest is not really an expression, so only the missing closer is reported.
    sink.add(
      'unclosed-field-code',
      'error',
      `Unclosed field code: '${open.image}' at ${sink.describe(open.startOffset)} has no matching '${CLOSER_OF[delimiter]}'`,
      open.startOffset,
      tokenEnd(open),
    );
    const quiet = sink.fork();
    node.expression = parseExpression(source, tokens, node, contentEnd, limits, quiet);
    if (quiet.diagnostics.some((d) => d.severity === 'error')) node.expression = null;
    return node;
  }

  if (delimiter !== 'canonical') {
    const inner = source.slice(node.open.end, close.startOffset).trim();
    sink.add(
      'non-canonical-delimiter',
      'warning',
      `Field code written '${open.image} … ${close.image}'; the standard spelling is '<$ … $>'`,
      node.start,
      node.end,
      sink.fix(node.start, node.end, inner ? `<$ ${inner} $>` : '<$ $>'),
    ).data = { open: open.image, close: close.image };
  }

  if (tokens.length === 0) {
    sink.add('empty-field-code', 'error', 'Empty field code: write an expression between the delimiters', node.start, node.end);
    return node;
  }

  node.expression = parseExpression(source, tokens, node, contentEnd, limits, sink);
  return node;
}

/** Token problems, depth check and parsing of one field code's tokens. */
function parseExpression(
  source: string,
  tokens: IToken[],
  node: FieldCodeNode,
  contentEnd: number,
  limits: SyntaxLimits,
  sink: DiagnosticSink,
): Expression | null {
  const parserTokens = reportTokenProblems(tokens, contentEnd, sink);
  if (parserTokens.length === 0) return null;

  // Each nesting level takes at least one token, so short field codes need no depth scan.
  const tooDeep = parserTokens.length > limits.maxDepth ? findTooDeep(parserTokens, limits.maxDepth) : null;
  if (tooDeep) {
    sink.add(
      'nesting-too-deep',
      'error',
      `Expression nested too deeply: more than ${limits.maxDepth} levels of parentheses, calls or unary operators`,
      tooDeep.startOffset,
      tokenEnd(tooDeep),
    );
    const first = parserTokens[0]!;
    return { kind: 'Error', start: first.startOffset, end: tokenEnd(parserTokens[parserTokens.length - 1]!) };
  }

  const context: MessageContext = {
    endName: node.close ? `'${source.slice(node.close.start, node.close.end)}'` : 'the end of the template',
    endSpan: node.close ? { ...node.close } : { start: contentEnd, end: contentEnd },
    describe: (offset) => sink.describe(offset),
  };
  const lastEnd = tokenEnd(parserTokens[parserTokens.length - 1]!);
  const { expression, errors } = getExpressionParser().parseFieldCode(parserTokens, lastEnd, context);
  // Recovery can report one problem twice: keep the first error at each place (several missing
  // `)` at the same point are distinct, one per unclosed `(`).
  const seen = new Set<string>();
  for (const error of errors) {
    const key = error.code === 'missing-parenthesis' ? `${error.start}:${error.message}` : String(error.start);
    if (seen.has(key)) continue;
    seen.add(key);
    sink.add(error.code, 'error', error.message, error.start, error.end);
  }
  return expression;
}

/**
 * Reports strings, quotes and numbers with problems; returns the tokens for the parser (lone
 * typographic quotes, already reported, are left out).
 */
function reportTokenProblems(tokens: IToken[], contentEnd: number, sink: DiagnosticSink): IToken[] {
  let kept: IToken[] | null = null;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    const type = token.tokenType;
    if (type === LoneTypographicQuote) {
      const replacement = token.image === '\u2018' || token.image === '\u2019' ? "'" : '"';
      sink.add(
        'typographic-quote',
        'error',
        `Typographic quote '${token.image}' cannot delimit a string; use ${replacement}`,
        token.startOffset,
        tokenEnd(token),
        sink.fix(token.startOffset, tokenEnd(token), replacement),
      );
      if (!kept) kept = tokens.slice(0, k);
      continue;
    }
    if (kept) kept.push(token);
    if (type === Percent) {
      sink.add(
        'non-canonical-operator',
        'warning',
        "Format operator written '%'; the standard spelling is ':'",
        token.startOffset,
        tokenEnd(token),
        sink.fix(token.startOffset, tokenEnd(token), ':'),
      );
    } else if (type === NumberLiteral) {
      if (numberValue(token.image) === null) {
        sink.add('invalid-number', 'error', `Invalid number '${token.image}'`, token.startOffset, tokenEnd(token));
      }
    } else if (isA(token, StringLiteral)) {
      reportStringProblems(token, contentEnd, sink);
    }
  }
  return kept ?? tokens;
}

function reportStringProblems(token: IToken, contentEnd: number, sink: DiagnosticSink): void {
  const image = token.image;
  const start = token.startOffset;
  if (TYPOGRAPHIC_STRINGS.has(token.tokenType)) {
    const quote = image[0] === '\u2018' || image[0] === '\u2019' ? "'" : '"';
    sink.add(
      'typographic-quote',
      'error',
      `Typographic quotes '${image[0]}…${image[image.length - 1]}' cannot delimit a string; use ${quote}…${quote}`,
      start,
      tokenEnd(token),
      sink.fix(start, tokenEnd(token), quoteLiteral(image.slice(1, -1), quote)),
    );
    return;
  }
  const unterminated = UNTERMINATED_STRINGS.has(token.tokenType);
  if (unterminated) {
    sink.add(
      'unterminated-string',
      'error',
      `Unterminated string: the ${image[0]} at ${sink.describe(start)} has no closing ${image[0]}${escapedQuoteHint(image)}`,
      start,
      Math.max(contentEnd, tokenEnd(token)),
    );
  }
  const content = unterminated ? image.slice(1) : image.slice(1, -1);
  reportLineBreaks(content, start + 1, sink);
  for (const escape of decodeStringContent(content).unknownEscapes) {
    const at = start + 1 + escape.offset;
    sink.add(
      'invalid-escape',
      'warning',
      `Unknown escape '\\${escape.char}': it stands for '${escape.char}'. Known escapes: \\a \\b \\f \\n \\r \\t \\v \\' \\" \\\\`,
      at,
      at + 1 + escape.char.length,
    );
  }
}

/**
 * Line breaks typed inside a string literal (Genesys: "you cannot simply type a carriage return …
 * insert \n"): a warning at each break, with a fix that writes the `\n` escape instead. A break
 * after a backslash is an escape, reported as such.
 */
function reportLineBreaks(content: string, offset: number, sink: DiagnosticSink): void {
  for (let i = 0; i < content.length; i++) {
    const c = content.charCodeAt(i);
    if (c === 92 /* \ */) {
      i++;
      continue;
    }
    if (c !== 10 && c !== 13) continue;
    const length = c === 13 && content.charCodeAt(i + 1) === 10 ? 2 : 1;
    const at = offset + i;
    sink.add(
      'line-break-in-string',
      'warning',
      'Line break typed inside a string: Genesys needs the escape \\n for a new line',
      at,
      at + length,
      sink.fix(at, at + length, '\\n'),
    );
    i += length - 1;
  }
}

/**
 * A hint for an unterminated string that contains an escaped quote (`"C:\" $>`): the author
 * most likely meant a backslash before the closing quote.
 */
function escapedQuoteHint(image: string): string {
  const quote = image[0]!;
  for (let i = 1; i < image.length - 1; i++) {
    if (image[i] !== '\\') continue;
    if (image[i + 1] === quote) return ` (\\${quote} is an escaped quote; write \\\\ for a backslash before the closing quote)`;
    i++;
  }
  return '';
}

/**
 * The first token at which the nesting depth exceeds `maxDepth`, or null. Depth counts open
 * parentheses plus runs of prefix operators (`- - x`, `Not Not x`); it is an upper bound of the
 * parser's recursion, checked before parsing so deep input never reaches the recursive parser.
 */
function findTooDeep(tokens: IToken[], maxDepth: number): IToken | null {
  const savedRuns: number[] = [];
  let saved = 0;
  let run = 0;
  let afterOperand = false;
  for (const token of tokens) {
    const type = token.tokenType;
    if (type === LParen) {
      savedRuns.push(run);
      saved += run;
      run = 0;
      afterOperand = false;
      if (savedRuns.length + saved > maxDepth) return token;
    } else if (type === RParen) {
      if (savedRuns.length > 0) saved -= savedRuns.pop()!;
      run = 0;
      afterOperand = true;
    } else if (!afterOperand && (isA(token, AdditiveOperator) || isA(token, NotOperator))) {
      run++;
      if (savedRuns.length + saved + run > maxDepth) return token;
    } else {
      afterOperand = isOperandToken(token);
      if (afterOperand) run = 0;
    }
  }
  return null;
}

function isOperandToken(token: IToken): boolean {
  const name = token.tokenType.name;
  return name === 'Identifier' || name === 'NumberLiteral' || name === 'True' || name === 'False' || isA(token, StringLiteral);
}
