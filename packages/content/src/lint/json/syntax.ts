import { createScanner, type ParseError } from 'jsonc-parser';

// jsonc-parser's codes are ambient const enums (not importable as values under verbatimModuleSyntax).
const ParseErrorCode = {
  InvalidSymbol: 1,
  InvalidNumberFormat: 2,
  PropertyNameExpected: 3,
  ValueExpected: 4,
  ColonExpected: 5,
  CommaExpected: 6,
  CloseBraceExpected: 7,
  CloseBracketExpected: 8,
  EndOfFileExpected: 9,
  InvalidCommentToken: 10,
  UnexpectedEndOfComment: 11,
  UnexpectedEndOfString: 12,
  UnexpectedEndOfNumber: 13,
  InvalidUnicode: 14,
  InvalidEscapeCharacter: 15,
  InvalidCharacter: 16,
} as const;
const SyntaxKind = {
  OpenBraceToken: 1,
  CloseBraceToken: 2,
  OpenBracketToken: 3,
  CloseBracketToken: 4,
  LineBreakTrivia: 14,
  Trivia: 15,
  EOF: 17,
} as const;
import type { TextLines } from './lines.js';
import { MAX_JSON_DEPTH, NESTING_TOO_DEEP } from './tree.js';

/** One bracket of the file and the bracket that closes it (by nesting, whatever its kind). */
interface Bracket {
  char: '{' | '[';
  offset: number;
  closer?: { char: '}' | ']'; offset: number };
}

/** The case of each parser error code (the `json-syntax` rule words each, rules/json-syntax.ts). */
const CASES: Partial<Record<number, JsonSyntaxMessageId>> = {
  [ParseErrorCode.InvalidSymbol]: 'unexpectedCharacter',
  [ParseErrorCode.InvalidNumberFormat]: 'invalidNumber',
  [ParseErrorCode.PropertyNameExpected]: 'propertyNameExpected',
  [ParseErrorCode.ValueExpected]: 'valueExpected',
  [ParseErrorCode.ColonExpected]: 'colonExpected',
  [ParseErrorCode.CommaExpected]: 'commaExpected',
  [ParseErrorCode.CloseBraceExpected]: 'closeBraceExpected',
  [ParseErrorCode.CloseBracketExpected]: 'closeBracketExpected',
  [ParseErrorCode.EndOfFileExpected]: 'endOfFileExpected',
  [ParseErrorCode.InvalidCommentToken]: 'comment',
  [ParseErrorCode.UnexpectedEndOfComment]: 'unterminatedComment',
  [ParseErrorCode.UnexpectedEndOfString]: 'unterminatedString',
  [ParseErrorCode.UnexpectedEndOfNumber]: 'incompleteNumber',
  [ParseErrorCode.InvalidUnicode]: 'invalidUnicode',
  [ParseErrorCode.InvalidEscapeCharacter]: 'invalidEscape',
  [ParseErrorCode.InvalidCharacter]: 'controlCharacter',
};

/** The cases of a JSON syntax error, each worded by the `json-syntax` rule's `meta.messages`. */
export type JsonSyntaxMessageId =
  | 'unexpectedCharacter'
  | 'unexpectedCharacterUnquoted'
  | 'invalidNumber'
  | 'propertyNameExpected'
  | 'valueExpected'
  | 'colonExpected'
  | 'commaExpected'
  | 'closeBraceExpected'
  | 'closeBracketExpected'
  | 'endOfFileExpected'
  | 'comment'
  | 'unterminatedComment'
  | 'unterminatedString'
  | 'incompleteNumber'
  | 'invalidUnicode'
  | 'invalidEscape'
  | 'controlCharacter'
  | 'invalidJson'
  | 'nestingTooDeep';

/**
 * The first syntax error: its case and data (`found`: what was found, quoted or by its kind;
 * `hints`: the bracket context, empty or starting with ` — `; `depth` for nesting), and its offsets.
 */
export interface JsonSyntaxProblem {
  messageId: JsonSyntaxMessageId;
  data: Record<string, string | number>;
  start: number;
  end: number;
}

/**
 * Explains the first JSON syntax error concretely: what was expected, what was found, and the
 * bracket context (an object opened with '{' but closed with ']', a trailing comma, an unclosed
 * bracket). Later parser errors are usually consequences of the first and are not reported.
 *
 * `quoteText: false` describes what was found by its kind (`a string`, `a word`) instead of
 * quoting it: for files that are not the project's own (data, ESP logs, a config or data schema
 * that may be any file), whose bytes must not reach the output.
 */
export function describeJsonSyntaxError(
  text: string,
  errors: readonly ParseError[],
  lines: TextLines,
  quoteText = true,
): JsonSyntaxProblem | undefined {
  const first = errors[0];
  if (!first) return undefined;
  if ((first.error as number) === NESTING_TOO_DEEP) {
    return {
      messageId: 'nestingTooDeep',
      data: { depth: MAX_JSON_DEPTH },
      start: first.offset,
      end: first.offset + 1,
    };
  }
  const start = Math.min(first.offset, text.length);
  const end = Math.min(text.length, start + Math.max(0, first.length));
  let messageId: JsonSyntaxMessageId = CASES[first.error] ?? 'invalidJson';
  const where = (offset: number) => {
    const p = lines.positionAt(offset);
    return `line ${p.line} column ${p.column}`;
  };

  const scan = scanBrackets(text, start);
  const found = start >= text.length ? 'the end of the file' : quoteText ? `'${foundToken(text, start, end)}'` : tokenKind(text[start]!);
  // The unexpected character is quoted only when the text may be shown.
  if (first.error === ParseErrorCode.InvalidSymbol && !quoteText) messageId = 'unexpectedCharacterUnquoted';

  const hints: string[] = [];
  if (scan.previousToken === ',' && (text[start] === '}' || text[start] === ']')) {
    hints.push(`a trailing comma before '${text[start]}' is not allowed in JSON`);
  }
  const open = scan.enclosing;
  if (open) {
    const kind = open.char === '{' ? 'an object' : 'a list';
    if (open.closer && (open.char === '{') !== (open.closer.char === '}')) {
      hints.push(
        `${kind} was opened with '${open.char}' at ${where(open.offset)} but closed with '${open.closer.char}' at ${where(open.closer.offset)}` +
          (open.char === '{' ? ": a list of values must start with '['" : ": an object must start with '{'"),
      );
    } else if (!open.closer) {
      hints.push(`the '${open.char}' at ${where(open.offset)} is never closed`);
    } else if (first.error === ParseErrorCode.PropertyNameExpected && (text[start] === '{' || text[start] === '[')) {
      hints.push(`the object opened at ${where(open.offset)} holds values without "name": keys; a list of values starts with '['`);
    }
  }
  return { messageId, data: { found, hints: hints.length > 0 ? ` — ${hints.join('; ')}` : '' }, start, end };
}

/** What a token is, without its text (JSON punctuation is quoted: it is never a secret). */
function tokenKind(first: string): string {
  if ('{}[],:'.includes(first)) return `'${first}'`;
  if (first === '"') return 'a string';
  if (/[-0-9]/u.test(first)) return 'a number';
  if (/[A-Za-z_$]/u.test(first)) return 'a word';
  return 'another character';
}

function foundToken(text: string, start: number, end: number): string {
  const raw = end > start ? text.slice(start, end) : text.slice(start, start + 1);
  const shown = raw.length > 20 ? `${raw.slice(0, 20)}…` : raw;
  return shown.replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t');
}

/** Scans all brackets once; reports the innermost bracket open at `at` and the token before `at`. */
function scanBrackets(text: string, at: number): { enclosing?: Bracket; previousToken?: string } {
  const scanner = createScanner(text, true);
  const stack: Bracket[] = [];
  let enclosing: Bracket | undefined;
  let captured = false;
  let previousToken: string | undefined;
  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    const offset = scanner.getTokenOffset();
    if (!captured && offset >= at) {
      enclosing = stack[stack.length - 1];
      captured = true;
    }
    if (kind === SyntaxKind.OpenBraceToken || kind === SyntaxKind.OpenBracketToken) {
      stack.push({ char: kind === SyntaxKind.OpenBraceToken ? '{' : '[', offset });
    } else if (kind === SyntaxKind.CloseBraceToken || kind === SyntaxKind.CloseBracketToken) {
      const opener = stack.pop();
      if (opener) opener.closer = { char: kind === SyntaxKind.CloseBraceToken ? '}' : ']', offset };
    }
    if (!captured && kind !== SyntaxKind.Trivia && kind !== SyntaxKind.LineBreakTrivia) {
      previousToken = text.slice(offset, offset + scanner.getTokenLength());
    }
  }
  if (!captured) enclosing = stack[stack.length - 1];
  return { enclosing, previousToken };
}
