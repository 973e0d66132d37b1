import { describe, it, expect } from 'vitest';
import { buildCatalog, signatureParameters } from './catalog.js';
import { completeAt, hoverAt, signatureAt } from './assist.js';
import { fieldCodeAt, findFieldCodes, unescapeJsonFragment } from './field-codes.js';

const functions = new Map([
  [
    'left',
    {
      name: 'Left',
      signature: 'Left(String, Number)',
      description: 'First characters.',
      extension: false,
      examples: [["Left('abc', 2)", 'ab']] as const,
    },
  ],
  ['if', { name: 'If', signature: 'If(Condition, Then[, Else])', description: 'Chooses.', extension: false }],
]);
const catalog = buildCatalog({
  functions,
  dataDictionary: {
    fields: {
      'Contact.MyFC_BillAmount': { type: 'string', maxLength: 12, description: 'Bill amount' },
      'Variables.CustomProp_Date': { type: 'string' },
    },
  },
  sampleData: { Contact: { FirstName: 'John', LastName: 'Smith' }, Variables: { CustomProp_Time: '3:00 PM' } },
});

describe('findFieldCodes', () => {
  it('finds the three spellings and skips quoted delimiters', () => {
    const text = "a <$ Contact.FirstName $> b <${ X }> c <$< Y >> d <$ If(x, '$>', 'z') $>";
    expect(findFieldCodes(text).map((s) => text.slice(s.start, s.end))).toEqual([
      '<$ Contact.FirstName $>',
      '<${ X }>',
      '<$< Y >>',
      "<$ If(x, '$>', 'z') $>",
    ]);
  });

  it('ends an unclosed field code at the end of the JSON string', () => {
    const text = '{"text": "Hi <$ Contact.", "x": 1}';
    const span = fieldCodeAt(text, 24)!;
    expect(span).toEqual({ start: 13, end: 24, exprStart: 15, exprEnd: 24, closed: false, close: '$>' });
  });

  it('unescapes JSON fragments', () => {
    expect(unescapeJsonFragment('If(x, \\"a\\", \'b\')')).toBe('If(x, "a", \'b\')');
    expect(unescapeJsonFragment('bad \\q')).toBe('bad \\q');
  });
});

describe('completeAt', () => {
  it('offers the field-code snippet after <$', () => {
    expect(completeAt('Hello <$', 8, catalog)).toEqual([
      {
        label: '<$ … $>',
        kind: 'snippet',
        insertText: ' $0 $>',
        snippet: true,
        detail: 'Field code',
        documentation: 'Inserts a field code: `<$ expression $>`.',
        replaceStart: 8,
        replaceEnd: 8,
        retrigger: true,
      },
    ]);
  });

  it('offers the properties of Contact from the data dictionary and sample data', () => {
    const text = '{"text": "Hi <$ Contact.Fi"}';
    const items = completeAt(text, 26, catalog);
    expect(items.map((i) => i.label)).toEqual(['MyFC_BillAmount', 'FirstName', 'LastName']);
    expect(items[1]).toMatchObject({ replaceStart: 24, replaceEnd: 26, detail: 'Contact.FirstName: string' });
  });

  it('offers objects, variables, functions and keywords after <$ ', () => {
    const items = completeAt('<$ Le', 5, catalog);
    expect(items.filter((i) => i.kind !== 'keyword').map((i) => `${i.kind}:${i.label}`)).toEqual([
      'object:Contact',
      'object:Agent',
      'object:Interaction',
      'variable:CustomProp_Date',
      'variable:CustomProp_Time',
      'function:If',
      'function:Left',
    ]);
    expect(items.find((i) => i.label === 'Left')).toMatchObject({
      insertText: 'Left(${1:String}, ${2:Number})',
      replaceStart: 3,
      replaceEnd: 5,
    });
    expect(items.find((i) => i.label === 'If')?.insertText).toBe('If(${1:Condition}, ${2:Then}, ${3:Else})');
  });

  it('offers nothing inside a string literal', () => {
    expect(completeAt("<$ Left('Con", 12, catalog)).toEqual([]);
  });
});

describe('hoverAt', () => {
  it('documents functions, objects and properties', () => {
    const text = '<$ Left(Contact.MyFC_BillAmount, 2) $>';
    expect(hoverAt(text, 4, catalog)).toMatchObject({ kind: 'function', name: 'Left', start: 3, end: 7 });
    expect(hoverAt(text, 4, catalog)!.documentation).toBe("`Left(String, Number)`\n\nFirst characters.\n\n`Left('abc', 2)` → `ab`");
    expect(hoverAt(text, 10, catalog)).toMatchObject({ kind: 'object', name: 'Contact', start: 8, end: 15 });
    expect(hoverAt(text, 20, catalog)).toMatchObject({
      kind: 'property',
      object: 'Contact',
      name: 'MyFC_BillAmount',
      documentation: '**Contact.MyFC_BillAmount** (string)\n\nBill amount',
    });
    expect(hoverAt(text, 0, catalog)).toBeNull();
  });
});

describe('signatureAt', () => {
  it('finds the innermost call and the active argument', () => {
    const text = "<$ If(Left(Contact.FirstName, 1) = 'J', 'yes', ";
    expect(signatureAt(text, text.length, catalog)).toMatchObject({ fn: { name: 'If' }, activeParameter: 2 });
    expect(signatureAt(text, 30, catalog)).toMatchObject({ fn: { name: 'Left' }, activeParameter: 1 });
  });

  it('reads parameter names from signatures', () => {
    expect(signatureParameters('Text(Value[, Pattern])')).toEqual(['Value', 'Pattern']);
    expect(signatureParameters('Now()')).toEqual([]);
  });
});
