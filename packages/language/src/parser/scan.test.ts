import { describe, expect, it } from 'vitest';
import { scanFieldCodes } from './scan.js';

function kinds(source: string): string[] {
  return scanFieldCodes(source).map((t) => `${t.kind}:${source.slice(t.start, t.end)}`);
}

describe('scanFieldCodes', () => {
  it('classifies the tokens of field codes and skips the text around them', () => {
    expect(kinds('Hi <$ Contact.FirstName $>, <$ Left(CustomProp_Date, 2) : "#" $>!')).toEqual([
      'delimiter:<$',
      'object:Contact',
      'punctuation:.',
      'property:FirstName',
      'delimiter:$>',
      'delimiter:<$',
      'function:Left',
      'punctuation:(',
      'identifier:CustomProp_Date',
      'punctuation:,',
      'number:2',
      'punctuation:)',
      'operator::',
      'string:"#"',
      'delimiter:$>',
    ]);
  });

  it('marks keywords, operators and the other delimiter spellings', () => {
    expect(kinds('<${ Not a And True }> <$< x >= 1 >>')).toEqual([
      'delimiter:<${',
      'keyword:Not',
      'identifier:a',
      'keyword:And',
      'keyword:True',
      'delimiter:}>',
      'delimiter:<$<',
      'identifier:x',
      'operator:>=',
      'number:1',
      'delimiter:>>',
    ]);
  });

  it('reports strings of every kind, properties with arguments and keyword-named properties', () => {
    expect(kinds("<$ Interaction.AttachedData('Key').Or + “x” + \"open $>")).toEqual([
      'delimiter:<$',
      'object:Interaction',
      'punctuation:.',
      'property:AttachedData',
      'punctuation:(',
      "string:'Key'",
      'punctuation:)',
      'punctuation:.',
      'property:Or',
      'operator:+',
      'string:“x”',
      'operator:+',
      'string:"open ',
      'delimiter:$>',
    ]);
  });

  it('knows the objects in any case', () => {
    expect(
      kinds('<$ contact + AGENT + Interaction + Variables.X + Other $>').filter(
        (k) => !k.startsWith('operator') && !k.startsWith('delimiter'),
      ),
    ).toEqual([
      'object:contact',
      'object:AGENT',
      'object:Interaction',
      'object:Variables',
      'punctuation:.',
      'property:X',
      'identifier:Other',
    ]);
  });

  it('returns nothing for text without field codes or for non-strings', () => {
    expect(scanFieldCodes('plain $> text')).toEqual([]);
    expect(scanFieldCodes(undefined as unknown as string)).toEqual([]);
  });

  it('gives exact offsets', () => {
    expect(scanFieldCodes('x<$a$>')).toEqual([
      { kind: 'delimiter', start: 1, end: 3 },
      { kind: 'identifier', start: 3, end: 4 },
      { kind: 'delimiter', start: 4, end: 6 },
    ]);
  });
});
