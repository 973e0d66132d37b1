/**
 * Token kinds of field codes for syntax highlighting: a cheap pass over the lexer output that
 * needs no parse.
 */
import type { IToken } from 'chevrotain';
import { tokenizeSource } from './lexer.js';
import { Keyword, StringLiteral } from './tokens.js';

export type FieldCodeTokenKind =
  'delimiter' | 'object' | 'property' | 'function' | 'string' | 'number' | 'operator' | 'keyword' | 'punctuation' | 'identifier';

/** One highlighted token: `[start, end)` offsets into the scanned text. */
export interface FieldCodeToken {
  kind: FieldCodeTokenKind;
  start: number;
  end: number;
}

/** The objects of the language (case-insensitive); `Variables` holds the custom variables. */
const OBJECTS: ReadonlySet<string> = new Set(['contact', 'agent', 'interaction', 'variables']);
const PUNCTUATION: ReadonlySet<string> = new Set(['Comma', 'LParen', 'RParen', 'Dot']);
const NOT_HIGHLIGHTED: ReadonlySet<string> = new Set(['Text', 'StrayClose', 'Unknown', 'LoneTypographicQuote']);

function hasCategory(token: IToken, category: typeof Keyword): boolean {
  return token.tokenType.CATEGORIES?.includes(category) ?? false;
}

/**
 * Tokens of every field code in `source`, in order, for highlighting. Text outside field codes,
 * unknown characters and stray delimiters are not listed. Never throws.
 */
export function scanFieldCodes(source: string): FieldCodeToken[] {
  if (typeof source !== 'string') return [];
  let tokens: IToken[];
  try {
    tokens = tokenizeSource(source);
  } catch {
    return [];
  }
  const result: FieldCodeToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const name = token.tokenType.name;
    if (NOT_HIGHLIGHTED.has(name)) continue;
    const start = token.startOffset;
    const end = start + token.image.length;
    result.push({ kind: kindOf(token, tokens[i - 1], tokens[i + 1]), start, end });
  }
  return result;
}

function kindOf(token: IToken, previous: IToken | undefined, next: IToken | undefined): FieldCodeTokenKind {
  const name = token.tokenType.name;
  if (name.startsWith('Open') || name.startsWith('Reopen') || name.startsWith('Close')) return 'delimiter';
  if (name === 'NumberLiteral') return 'number';
  if (hasCategory(token, StringLiteral)) return 'string';
  const afterDot = previous?.tokenType.name === 'Dot';
  if (name === 'Identifier' || (afterDot && hasCategory(token, Keyword))) {
    if (afterDot) return 'property';
    if (next?.tokenType.name === 'LParen') return 'function';
    return OBJECTS.has(token.image.toLowerCase()) ? 'object' : 'identifier';
  }
  if (hasCategory(token, Keyword)) return 'keyword';
  if (PUNCTUATION.has(name)) return 'punctuation';
  return 'operator';
}
