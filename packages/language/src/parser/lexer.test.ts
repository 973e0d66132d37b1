import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenizeSource } from './lexer.js';

function tokens(source: string): string[] {
  return tokenizeSource(source).map((t) => `${t.tokenType.name}@${t.startOffset}:${t.image}`);
}

describe('tokenizeSource', () => {
  it('switches between text and field-code modes', () => {
    expect(tokens('Hi <$ a $>!')).toEqual(['Text@0:Hi ', 'OpenCanonical@3:<$', 'Identifier@6:a', 'CloseCanonical@8:$>', 'Text@10:!']);
  });

  it('stops text at openers and stray closers only', () => {
    expect(tokens('a < $ > }> >> $> b')).toEqual(['Text@0:a < $ > }> >> ', 'StrayClose@14:$>', 'Text@16: b']);
  });

  it('lexes the three delimiter spellings with their own closers', () => {
    expect(tokens('<${a}><$<b>><$c$>')).toEqual([
      'OpenBrace@0:<${',
      'Identifier@3:a',
      'CloseBrace@4:}>',
      'OpenAngle@6:<$<',
      'Identifier@9:b',
      'CloseAngle@10:>>',
      'OpenCanonical@12:<$',
      'Identifier@14:c',
      'CloseCanonical@15:$>',
    ]);
    // `}>` and `>>` are not closers of a canonical field code.
    expect(tokens('<$ a }> b >> $>')).toEqual([
      'OpenCanonical@0:<$',
      'Identifier@3:a',
      'Unknown@5:}',
      'Greater@6:>',
      'Identifier@8:b',
      'Greater@10:>',
      'Greater@11:>',
      'CloseCanonical@13:$>',
    ]);
  });

  it('replaces an unclosed field code by the next one', () => {
    expect(tokens('<$ a <${ b }>')).toEqual([
      'OpenCanonical@0:<$',
      'Identifier@3:a',
      'ReopenBrace@5:<${',
      'Identifier@9:b',
      'CloseBrace@11:}>',
    ]);
  });

  it('lexes operators longest first, keywords case-insensitively and names containing keywords as names', () => {
    expect(tokens('<$ <= >= <> == != && || < > = ! ^ : , . ( ) mod AND Orders $>').slice(1, -1)).toEqual([
      'LessEqual@3:<=',
      'GreaterEqual@6:>=',
      'LessGreater@9:<>',
      'EqualEqual@12:==',
      'BangEqual@15:!=',
      'AmpAmp@18:&&',
      'PipePipe@21:||',
      'Less@24:<',
      'Greater@26:>',
      'Equal@28:=',
      'Bang@30:!',
      'Caret@32:^',
      'Colon@34::',
      'Comma@36:,',
      'Dot@38:.',
      'LParen@40:(',
      'RParen@42:)',
      'Mod@44:mod',
      'And@48:AND',
      'Identifier@52:Orders',
    ]);
  });

  it('reads names in any script', () => {
    expect(tokens('<$ Contact.Prénom + Straße_2 + Oré $>').slice(1, -1)).toEqual([
      'Identifier@3:Contact',
      'Dot@10:.',
      'Identifier@11:Prénom',
      'Plus@18:+',
      'Identifier@20:Straße_2',
      'Plus@29:+',
      'Identifier@31:Oré',
    ]);
  });

  it('keeps malformed numbers in one token', () => {
    expect(tokens('<$ 12.34e-2 1. 12abc $>').slice(1, -1)).toEqual([
      'NumberLiteral@3:12.34e-2',
      'NumberLiteral@12:1.',
      'NumberLiteral@15:12abc',
    ]);
  });

  it('ends strings before the closer of their field code', () => {
    expect(tokens('<$ "a $> b" $>')).toEqual([
      'OpenCanonical@0:<$',
      'UnterminatedDoubleQuotedCanonical@3:"a ',
      'CloseCanonical@6:$>',
      'Text@8: b" ',
      'StrayClose@12:$>',
    ]);
    expect(tokens('<${ "a $> }>')).toEqual(['OpenBrace@0:<${', 'UnterminatedDoubleQuotedBrace@4:"a ', 'CloseCanonical@7:$>', 'Text@9: }>']);
  });

  it('lexes typographic strings, lone typographic quotes and unknown code points', () => {
    expect(tokens('<$ “a” ‘b’ ” 😀 $>').slice(1, -1)).toEqual([
      'TypographicDoubleCanonical@3:“a”',
      'TypographicSingleCanonical@7:‘b’',
      'LoneTypographicQuote@11:”',
      'Unknown@13:😀',
    ]);
  });

  it('skips every kind of white space inside field codes', () => {
    expect(tokens('<$\u00a0a\u3000\r\n\tb $>').slice(1, -1)).toEqual(['Identifier@3:a', 'Identifier@8:b']);
  });
});

describe('scanned tokens agree with the regexes they replace', () => {
  it('numbers and typographic strings (fixed seed)', () => {
    const number = /\d+(?:\.\d*)?(?:[eE][+-]?\d*)?[\w.]*/y;
    const typographic = /[\u2018\u2019](?:(?!\$>)[^\u2018\u2019])*[\u2018\u2019]/y;
    const pieces = fc.constantFrom('1', '0', '.', 'e', 'E', '+', '-', 'x', '_', ' ', '$>', '\u2018', '\u2019', '$', '>');
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 14 }).map((p) => p.join('')),
        (tail) => {
          const lexed = tokenizeSource(`<$ 1${tail}`)[1]!;
          number.lastIndex = 0;
          expect(lexed.image).toBe(number.exec(`1${tail}`)![0]);
          const quoted = tokenizeSource(`<$ \u2018${tail}`)[1]!;
          typographic.lastIndex = 0;
          const expected = typographic.exec(`\u2018${tail}`);
          if (expected) expect(quoted.image).toBe(expected[0]);
          else expect(quoted.tokenType.name).toBe('LoneTypographicQuote');
        },
      ),
    );
  });
});
