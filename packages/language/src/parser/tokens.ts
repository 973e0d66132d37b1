/**
 * Token types of the field-code lexer. The lexer has one text mode and three field-code modes,
 * one per delimiter style, because each style has its own closing delimiter (`$>`, `}>`, `>>`)
 * and a string literal may not run past the closing delimiter of its field code.
 */
import { createToken, Lexer, type CustomPatternMatcherReturn, type TokenType } from 'chevrotain';

/** Lexer mode names. */
export const MODE = {
  text: 'text',
  canonical: 'canonical',
  brace: 'brace',
  angle: 'angle',
} as const;
export type FieldCodeMode = 'canonical' | 'brace' | 'angle';

// ---- categories (abstract tokens the parser consumes) -------------------------------------

export const OpenDelimiter = createToken({ name: 'OpenDelimiter', pattern: Lexer.NA });
export const CloseDelimiter = createToken({ name: 'CloseDelimiter', pattern: Lexer.NA });
export const StringLiteral = createToken({ name: 'StringLiteral', pattern: Lexer.NA });
/** Every binary operator (the parser climbs their precedence levels). */
export const InfixOperator = createToken({ name: 'InfixOperator', pattern: Lexer.NA });
const infix = { categories: [InfixOperator] };
export const AdditiveOperator = createToken({ name: 'AdditiveOperator', pattern: Lexer.NA, ...infix });
export const MultiplicativeOperator = createToken({ name: 'MultiplicativeOperator', pattern: Lexer.NA, ...infix });
export const ComparisonOperator = createToken({ name: 'ComparisonOperator', pattern: Lexer.NA, ...infix });
export const NotOperator = createToken({ name: 'NotOperator', pattern: Lexer.NA });
export const AndOperator = createToken({ name: 'AndOperator', pattern: Lexer.NA, ...infix });
export const OrOperator = createToken({ name: 'OrOperator', pattern: Lexer.NA, ...infix });
export const BooleanLiteral = createToken({ name: 'BooleanLiteral', pattern: Lexer.NA });
/** Keyword tokens (for highlighting). */
export const Keyword = createToken({ name: 'Keyword', pattern: Lexer.NA });

// ---- text mode ------------------------------------------------------------------------------

/**
 * Literal text: everything up to the next `<$` (an opener) or `$>` (a stray closer). A
 * hand-written matcher keeps this linear: one forward scan per token, no regex backtracking.
 */
function matchText(text: string, offset: number): CustomPatternMatcherReturn | null {
  const length = text.length;
  let i = offset;
  while (i < length) {
    const c = text.charCodeAt(i);
    if (c === 60 /* < */ && text.charCodeAt(i + 1) === 36 /* $ */) break;
    if (c === 36 /* $ */ && text.charCodeAt(i + 1) === 62 /* > */) break;
    i++;
  }
  return i === offset ? null : [text.substring(offset, i)];
}

/** Text can start with any UTF-16 unit; the hint lists them all so first-char optimisation stays on. */
const ANY_CHAR_CODE: number[] = Array.from({ length: 65536 }, (_, code) => code);

export const Text = createToken({
  name: 'Text',
  pattern: { exec: matchText },
  line_breaks: true,
  start_chars_hint: ANY_CHAR_CODE,
});

export const OpenBrace = createToken({
  name: 'OpenBrace',
  pattern: '<${',
  push_mode: MODE.brace,
  categories: [OpenDelimiter],
});
export const OpenAngle = createToken({
  name: 'OpenAngle',
  pattern: '<$<',
  push_mode: MODE.angle,
  categories: [OpenDelimiter],
});
export const OpenCanonical = createToken({
  name: 'OpenCanonical',
  pattern: '<$',
  push_mode: MODE.canonical,
  categories: [OpenDelimiter],
});
/** `$>` in text, with no field code open. */
export const StrayClose = createToken({ name: 'StrayClose', pattern: '$>' });

// ---- field-code modes -----------------------------------------------------------------------

/** `$>` closes a field code of any style (the canonical closer is always understood). */
export const CloseCanonical = createToken({
  name: 'CloseCanonical',
  pattern: '$>',
  pop_mode: true,
  categories: [CloseDelimiter],
});
export const CloseBrace = createToken({
  name: 'CloseBrace',
  pattern: '}>',
  pop_mode: true,
  categories: [CloseDelimiter],
});
export const CloseAngle = createToken({
  name: 'CloseAngle',
  pattern: '>>',
  pop_mode: true,
  categories: [CloseDelimiter],
});

/**
 * An opener met inside a field code: the open field code is unclosed. Popping and pushing in one
 * token replaces the current mode, so the lexer continues in the new field code.
 */
export const ReopenBrace = createToken({
  name: 'ReopenBrace',
  pattern: '<${',
  pop_mode: true,
  push_mode: MODE.brace,
  categories: [OpenDelimiter],
});
export const ReopenAngle = createToken({
  name: 'ReopenAngle',
  pattern: '<$<',
  pop_mode: true,
  push_mode: MODE.angle,
  categories: [OpenDelimiter],
});
export const ReopenCanonical = createToken({
  name: 'ReopenCanonical',
  pattern: '<$',
  pop_mode: true,
  push_mode: MODE.canonical,
  categories: [OpenDelimiter],
});

export const WhiteSpace = createToken({
  name: 'WhiteSpace',
  pattern: /\s+/,
  group: Lexer.SKIPPED,
  line_breaks: true,
});

const BACKSLASH = 92;
const DOLLAR = 36;
const GREATER = 62;
const RIGHT_BRACE = 125;

/** Whether one of `mode`'s closing delimiters (`$>`, and `}>` / `>>`) starts at `i`. */
function closerAt(text: string, i: number, mode: FieldCodeMode): boolean {
  if (text.charCodeAt(i + 1) !== GREATER) return false;
  const c = text.charCodeAt(i);
  if (c === DOLLAR) return true;
  if (mode === 'brace') return c === RIGHT_BRACE;
  if (mode === 'angle') return c === GREATER;
  return false;
}

/**
 * Scans a straight-quoted string from the quote at `offset`. A backslash escapes the next
 * character unless that character starts the closer (then it is a lone backslash); the first
 * unescaped quote ends the string; the closer or the end of the text ends it unterminated.
 * One forward pass, each character looked at once: a regex for this language of strings
 * backtracks exponentially on runs of escapes without a closing quote.
 * Returns the end offset and whether a closing quote was found.
 */
function scanString(text: string, offset: number, mode: FieldCodeMode): { end: number; terminated: boolean } {
  const quote = text.charCodeAt(offset);
  const length = text.length;
  let i = offset + 1;
  while (i < length) {
    if (closerAt(text, i, mode)) return { end: i, terminated: false };
    const c = text.charCodeAt(i);
    if (c === quote) return { end: i + 1, terminated: true };
    i += c === BACKSLASH && i + 1 < length && !closerAt(text, i + 1, mode) ? 2 : 1;
  }
  return { end: length, terminated: false };
}

/** Strings of one quote kind in one mode: a terminated and an unterminated variant. */
function stringTokens(mode: FieldCodeMode, quote: '"' | "'"): [TokenType, TokenType] {
  const quoteCode = quote.charCodeAt(0);
  const name = `${quote === '"' ? 'Double' : 'Single'}Quoted${mode[0]!.toUpperCase()}${mode.slice(1)}`;
  // Both variants scan the same way; the terminated one is tried first. Scanning twice when a
  // string is unterminated keeps the whole lex linear.
  const matcher =
    (wantTerminated: boolean) =>
    (text: string, offset: number): CustomPatternMatcherReturn | null => {
      if (text.charCodeAt(offset) !== quoteCode) return null;
      const { end, terminated } = scanString(text, offset, mode);
      return terminated === wantTerminated ? [text.substring(offset, end)] : null;
    };
  const terminated = createToken({
    name,
    pattern: { exec: matcher(true) },
    line_breaks: true,
    start_chars_hint: [quoteCode],
    categories: [StringLiteral],
  });
  const unterminated = createToken({
    name: `Unterminated${name}`,
    pattern: { exec: matcher(false) },
    line_breaks: true,
    start_chars_hint: [quoteCode],
    categories: [StringLiteral],
  });
  return [terminated, unterminated];
}

/**
 * Strings written with typographic quotes “…” or ‘…’ (either quote of the pair opens or closes):
 * parsed as strings, reported with a fix. No escapes; a forward scan that stops at the closer.
 */
function typographicStringToken(mode: FieldCodeMode, kind: 'double' | 'single'): TokenType {
  const [left, right] = kind === 'double' ? [0x201c, 0x201d] : [0x2018, 0x2019];
  const isQuote = (c: number): boolean => c === left || c === right;
  return createToken({
    name: `Typographic${kind === 'double' ? 'Double' : 'Single'}${mode[0]!.toUpperCase()}${mode.slice(1)}`,
    pattern: {
      exec: (text: string, offset: number): CustomPatternMatcherReturn | null => {
        if (!isQuote(text.charCodeAt(offset))) return null;
        for (let i = offset + 1; i < text.length; i++) {
          if (isQuote(text.charCodeAt(i))) return [text.substring(offset, i + 1)];
          if (closerAt(text, i, mode)) return null;
        }
        return null;
      },
    },
    line_breaks: true,
    start_chars_hint: [left, right],
    categories: [StringLiteral],
  });
}

/** A typographic quote that does not delimit a string. */
export const LoneTypographicQuote = createToken({ name: 'LoneTypographicQuote', pattern: /[\u201C\u201D\u2018\u2019]/ });

/**
 * Anything that starts like a number. Malformed spellings (`1.`, `2e`, `12abc`) are one token so
 * they are reported once as `invalid-number`.
 */
export const NumberLiteral = createToken({
  name: 'NumberLiteral',
  // Digits, an optional `.` and digits, an optional `e`/`E` with sign and digits, then any name
  // characters and dots. A forward scan: as a regex, the overlapping parts backtrack.
  pattern: {
    exec: (text: string, offset: number): CustomPatternMatcherReturn | null => {
      const isDigit = (i: number): boolean => text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57;
      // `.5` is a number (Excel syntax) unless the dot follows a name or a closing parenthesis:
      // there it is member access (`Contact.5` stays a missing property name).
      const leadingDot = text.charCodeAt(offset) === 46 && isDigit(offset + 1) && !endsOperand(text, offset);
      if (!isDigit(offset) && !leadingDot) return null;
      let i = offset + 1;
      while (isDigit(i)) i++;
      if (text[i] === '.' && !leadingDot) {
        i++;
        while (isDigit(i)) i++;
      }
      if (text[i] === 'e' || text[i] === 'E') {
        i++;
        if (text[i] === '+' || text[i] === '-') i++;
        while (isDigit(i)) i++;
      }
      while (i < text.length && /[\w.]/.test(text[i]!)) i++;
      return [text.substring(offset, i)];
    },
  },
  line_breaks: false,
  start_chars_hint: [46, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57],
});

/** Whether the character before `offset` ends an operand (a name, a number, a string or `)`), so a dot there reads a member. */
function endsOperand(text: string, offset: number): boolean {
  if (offset === 0) return false;
  const c = text.charCodeAt(offset - 1);
  if (c === 41 /* ) */ || c === 95 /* _ */ || c === 34 || c === 39) return true;
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  // Letters of other scripts (`Prénom.5`): any non-ASCII character that is not a space or punctuation we know.
  return c >= 128 && !/\s/.test(text[offset - 1]!);
}

/**
 * Names: letters (any script), digits and `_`, starting with a letter or `_` (`Contact`,
 * `MyFC_BillAmount`, `Prénom`). A sticky Unicode regex in a hand-written matcher, because
 * chevrotain cannot analyse the first characters of a `u`-flag pattern.
 */
const NAME = /[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Nd}\p{Mn}\p{Mc}_]*/uy;
/** ASCII letters and `_`, then every code unit from U+0080 (the lexer buckets those anyway). */
const NAME_START_HINT: number[] = [
  ...Array.from({ length: 26 }, (_, i) => 65 + i),
  ...Array.from({ length: 26 }, (_, i) => 97 + i),
  95,
  ...Array.from({ length: 65536 - 128 }, (_, i) => 128 + i),
];

export const Identifier = createToken({
  name: 'Identifier',
  pattern: {
    exec: (text: string, offset: number): CustomPatternMatcherReturn | null => {
      NAME.lastIndex = offset;
      const match = NAME.exec(text);
      return match ? [match[0]] : null;
    },
  },
  line_breaks: false,
  start_chars_hint: NAME_START_HINT,
});

function keyword(name: string, word: string, categories: TokenType[]): TokenType {
  return createToken({
    name,
    pattern: new RegExp(word, 'i'),
    longer_alt: Identifier,
    categories: [...categories, Keyword],
  });
}

export const True = keyword('True', 'true', [BooleanLiteral]);
export const False = keyword('False', 'false', [BooleanLiteral]);
export const Mod = keyword('Mod', 'mod', [MultiplicativeOperator]);
export const And = keyword('And', 'and', [AndOperator]);
export const XOr = keyword('XOr', 'xor', [InfixOperator]);
export const Or = keyword('Or', 'or', [OrOperator]);
export const Not = keyword('Not', 'not', [NotOperator]);
export const LTWord = keyword('LTWord', 'lt', [ComparisonOperator]);
export const LEWord = keyword('LEWord', 'le', [ComparisonOperator]);
export const GTWord = keyword('GTWord', 'gt', [ComparisonOperator]);
export const GEWord = keyword('GEWord', 'ge', [ComparisonOperator]);
export const EQWord = keyword('EQWord', 'eq', [ComparisonOperator]);
export const NEWord = keyword('NEWord', 'ne', [ComparisonOperator]);

export const LessEqual = createToken({ name: 'LessEqual', pattern: '<=', categories: [ComparisonOperator] });
export const GreaterEqual = createToken({ name: 'GreaterEqual', pattern: '>=', categories: [ComparisonOperator] });
export const LessGreater = createToken({ name: 'LessGreater', pattern: '<>', categories: [ComparisonOperator] });
export const EqualEqual = createToken({ name: 'EqualEqual', pattern: '==', categories: [ComparisonOperator] });
export const BangEqual = createToken({ name: 'BangEqual', pattern: '!=', categories: [ComparisonOperator] });
export const AmpAmp = createToken({ name: 'AmpAmp', pattern: '&&', categories: [AndOperator] });
export const PipePipe = createToken({ name: 'PipePipe', pattern: '||', categories: [OrOperator] });
export const Less = createToken({ name: 'Less', pattern: '<', categories: [ComparisonOperator] });
export const Greater = createToken({ name: 'Greater', pattern: '>', categories: [ComparisonOperator] });
export const Equal = createToken({ name: 'Equal', pattern: '=', categories: [ComparisonOperator] });
export const Bang = createToken({ name: 'Bang', pattern: '!', categories: [NotOperator] });
export const Plus = createToken({ name: 'Plus', pattern: '+', categories: [AdditiveOperator] });
export const Minus = createToken({ name: 'Minus', pattern: '-', categories: [AdditiveOperator] });
export const Star = createToken({ name: 'Star', pattern: '*', categories: [MultiplicativeOperator] });
export const Slash = createToken({ name: 'Slash', pattern: '/', categories: [MultiplicativeOperator] });
export const Caret = createToken({ name: 'Caret', pattern: '^', ...infix });
export const Colon = createToken({ name: 'Colon', pattern: ':', ...infix });
/** `%` as the format operator, as Genesys's Type Conversion page writes it: read as `:`, reported as non-canonical. */
export const Percent = createToken({ name: 'Percent', pattern: '%', ...infix });
export const Comma = createToken({ name: 'Comma', pattern: ',' });
export const LParen = createToken({ name: 'LParen', pattern: '(' });
export const RParen = createToken({ name: 'RParen', pattern: ')' });
export const Dot = createToken({ name: 'Dot', pattern: '.' });
/** Any other character; the parser reports it as unexpected. */
export const Unknown = createToken({
  name: 'Unknown',
  // One code point (a surrogate pair stays whole). A hand-written matcher because the
  // first-char analysis of chevrotain does not see every start character of `[\s\S]`.
  pattern: {
    exec: (text: string, offset: number): CustomPatternMatcherReturn | null => {
      if (offset >= text.length) return null;
      const code = text.codePointAt(offset)!;
      return [text.substring(offset, offset + (code > 0xffff ? 2 : 1))];
    },
  },
  line_breaks: false,
  start_chars_hint: ANY_CHAR_CODE,
});

const KEYWORDS = [True, False, Mod, And, XOr, Or, Not, LTWord, LEWord, GTWord, GEWord, EQWord, NEWord];
const PUNCTUATION = [
  LessEqual,
  GreaterEqual,
  LessGreater,
  EqualEqual,
  BangEqual,
  AmpAmp,
  PipePipe,
  Less,
  Greater,
  Equal,
  Bang,
  Plus,
  Minus,
  Star,
  Slash,
  Caret,
  Colon,
  Percent,
  Comma,
  LParen,
  RParen,
  Dot,
];

/** String-ish tokens per mode, in match order. */
function stringTokensFor(mode: FieldCodeMode): TokenType[] {
  const [dq, dqOpen] = stringTokens(mode, '"');
  const [sq, sqOpen] = stringTokens(mode, "'");
  return [dq, dqOpen, sq, sqOpen, typographicStringToken(mode, 'double'), typographicStringToken(mode, 'single')];
}

const STRING_TOKENS: Record<FieldCodeMode, TokenType[]> = {
  canonical: stringTokensFor('canonical'),
  brace: stringTokensFor('brace'),
  angle: stringTokensFor('angle'),
};

/** Tokens that report an unterminated string. */
export const UNTERMINATED_STRINGS: ReadonlySet<TokenType> = new Set(
  Object.values(STRING_TOKENS).flatMap((tokens) => [tokens[1]!, tokens[3]!]),
);
/** Tokens written with typographic quotes. */
export const TYPOGRAPHIC_STRINGS: ReadonlySet<TokenType> = new Set(
  Object.values(STRING_TOKENS).flatMap((tokens) => [tokens[4]!, tokens[5]!]),
);

function fieldCodeMode(mode: FieldCodeMode): TokenType[] {
  const closers = mode === 'canonical' ? [CloseCanonical] : mode === 'brace' ? [CloseCanonical, CloseBrace] : [CloseCanonical, CloseAngle];
  return [
    WhiteSpace,
    ...closers,
    ReopenBrace,
    ReopenAngle,
    ReopenCanonical,
    ...STRING_TOKENS[mode],
    LoneTypographicQuote,
    NumberLiteral,
    ...KEYWORDS,
    Identifier,
    ...PUNCTUATION,
    Unknown,
  ];
}

/** The multi-mode lexer definition. */
export const LEXER_DEFINITION = {
  modes: {
    [MODE.text]: [OpenBrace, OpenAngle, OpenCanonical, StrayClose, Text],
    [MODE.canonical]: fieldCodeMode('canonical'),
    [MODE.brace]: fieldCodeMode('brace'),
    [MODE.angle]: fieldCodeMode('angle'),
  },
  defaultMode: MODE.text,
};

/**
 * Every token type, for the parser's vocabulary: the tokens of every lexer mode and their
 * categories (a category must be in the vocabulary for `CONSUME(category)` to match), in mode
 * order, each once. Built from the modes so a token added to a mode cannot be forgotten here.
 */
export const ALL_TOKENS: TokenType[] = vocabularyOf(Object.values(LEXER_DEFINITION.modes));

function vocabularyOf(modes: readonly (readonly TokenType[])[]): TokenType[] {
  const seen = new Set<TokenType>();
  const add = (type: TokenType): void => {
    if (seen.has(type)) return;
    for (const category of type.CATEGORIES ?? []) add(category);
    seen.add(type);
  };
  for (const mode of modes) for (const type of mode) add(type);
  return [...seen];
}
