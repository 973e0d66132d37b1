import { describe, expect, it } from 'vitest';
import { parse } from '@fieldcode/language';
import { brief, fieldCodes, sexpr } from './parse-helpers.js';

describe('parse: delimiter spellings (SPEC §2.1)', () => {
  it('parses the seed spelling <${ … }> with a non-canonical-delimiter warning and fix', () => {
    const source = '<${ Contact.FirstName }>';
    const { ast, diagnostics } = parse(source);
    expect(diagnostics).toEqual([
      {
        code: 'non-canonical-delimiter',
        severity: 'warning',
        message: "Field code written '<${ … }>'; the standard spelling is '<$ … $>'",
        range: { start: { offset: 0, line: 1, column: 1 }, end: { offset: 24, line: 1, column: 25 } },
        fix: {
          range: { start: { offset: 0, line: 1, column: 1 }, end: { offset: 24, line: 1, column: 25 } },
          text: '<$ Contact.FirstName $>',
        },
        data: { open: '<${', close: '}>' },
      },
    ]);
    expect(ast.body).toEqual([
      {
        kind: 'FieldCode',
        delimiter: 'brace',
        open: { start: 0, end: 3 },
        close: { start: 22, end: 24 },
        start: 0,
        end: 24,
        expression: {
          kind: 'Member',
          object: { kind: 'Identifier', name: 'Contact', start: 4, end: 11 },
          property: 'FirstName',
          propertySpan: { start: 12, end: 21 },
          start: 4,
          end: 21,
        },
      },
    ]);
  });

  it('parses the spelling <$< … >> with a warning and fix', () => {
    const source = '<$< CustomProp_Date >>';
    const { ast, diagnostics } = parse(source);
    expect(diagnostics).toEqual([
      {
        code: 'non-canonical-delimiter',
        severity: 'warning',
        message: "Field code written '<$< … >>'; the standard spelling is '<$ … $>'",
        range: { start: { offset: 0, line: 1, column: 1 }, end: { offset: 22, line: 1, column: 23 } },
        fix: {
          range: { start: { offset: 0, line: 1, column: 1 }, end: { offset: 22, line: 1, column: 23 } },
          text: '<$ CustomProp_Date $>',
        },
        data: { open: '<$<', close: '>>' },
      },
    ]);
    expect(ast.body[0]).toMatchObject({
      delimiter: 'angle',
      open: { start: 0, end: 3 },
      close: { start: 20, end: 22 },
      expression: { kind: 'Identifier', name: 'CustomProp_Date', start: 4, end: 19 },
    });
  });

  it('parses the seed parameter values', () => {
    const source =
      '<${ Contact.FirstName }> <${ Contact.LastName }>|<${ Contact.MyFC_BillAmount }> *|<${ CustomProp_Date }> <${ CustomProp_Time }>';
    const { diagnostics } = parse(source);
    expect(diagnostics.map((d) => `${brief(d)} ${d.fix?.text}`)).toEqual([
      'non-canonical-delimiter warning 0:1:1-24:1:25 <$ Contact.FirstName $>',
      'non-canonical-delimiter warning 25:1:26-48:1:49 <$ Contact.LastName $>',
      'non-canonical-delimiter warning 49:1:50-79:1:80 <$ Contact.MyFC_BillAmount $>',
      'non-canonical-delimiter warning 82:1:83-104:1:105 <$ CustomProp_Date $>',
      'non-canonical-delimiter warning 105:1:106-127:1:128 <$ CustomProp_Time $>',
    ]);
    expect(fieldCodes(source).map((n) => sexpr(n.expression))).toEqual([
      'Contact.FirstName',
      'Contact.LastName',
      'Contact.MyFC_BillAmount',
      'CustomProp_Date',
      'CustomProp_Time',
    ]);
  });

  it('trims the inner whitespace of the fix to one space each side, keeping the formula as written', () => {
    expect(parse('<${\n   Left( "a" ,1 )\t}>').diagnostics[0]?.fix?.text).toBe('<$ Left( "a" ,1 ) $>');
    expect(parse('<${Contact.FirstName}>').diagnostics[0]?.fix?.text).toBe('<$ Contact.FirstName $>');
  });

  it('understands $> as the closer of any spelling', () => {
    const { ast, diagnostics } = parse('<${ a $> <$< b $>');
    expect(diagnostics.map((d) => `${brief(d)} ${d.fix?.text}`)).toEqual([
      'non-canonical-delimiter warning 0:1:1-8:1:9 <$ a $>',
      'non-canonical-delimiter warning 9:1:10-17:1:18 <$ b $>',
    ]);
    expect(ast.body.map((n) => n.kind === 'FieldCode' && n.delimiter)).toEqual(['brace', false, 'angle']);
  });

  it('keeps > and >= operators in <$< … >> field codes', () => {
    expect(fieldCodes('<$< a > b >>').map((n) => sexpr(n.expression))).toEqual(['(> a b)']);
    expect(fieldCodes('<$< a >= "}>" >>').map((n) => sexpr(n.expression))).toEqual(['(>= a "}>")']);
  });

  it('reads }> and >> as text outside field codes', () => {
    expect(parse('a }> b >> c').ast.body).toEqual([{ kind: 'Text', value: 'a }> b >> c', start: 0, end: 11 }]);
  });
});
