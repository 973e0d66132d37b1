import { describe, expect, it } from 'vitest';
import { parse } from '@fieldcode/language';
import { brief, briefs, fieldCodes, sexpr } from './parse-helpers.js';

describe('parse: error recovery', () => {
  it('reports an unclosed field code at its opener and keeps the text before it', () => {
    const source = 'x\n  <$ Contact.FirstName, welcome\nbye';
    const { ast, diagnostics } = parse(source);
    expect(diagnostics).toEqual([
      {
        code: 'unclosed-field-code',
        severity: 'error',
        message: "Unclosed field code: '<$' at line 2, column 3 has no matching '$>'",
        range: { start: { offset: 4, line: 2, column: 3 }, end: { offset: 6, line: 2, column: 5 } },
      },
    ]);
    expect(ast.body).toEqual([
      { kind: 'Text', value: 'x\n  ', start: 0, end: 4 },
      {
        kind: 'FieldCode',
        delimiter: 'canonical',
        open: { start: 4, end: 6 },
        close: null,
        expression: null,
        start: 4,
        end: source.length,
      },
    ]);
  });

  it('ends an unclosed field code at the next opener, which still parses', () => {
    const { ast, diagnostics } = parse('<$ a <$ b $> c');
    expect(diagnostics.map(brief)).toEqual(['unclosed-field-code error 0:1:1-2:1:3']);
    expect(ast.body).toEqual([
      {
        kind: 'FieldCode',
        delimiter: 'canonical',
        open: { start: 0, end: 2 },
        close: null,
        start: 0,
        end: 5,
        expression: { kind: 'Identifier', name: 'a', start: 3, end: 4 },
      },
      {
        kind: 'FieldCode',
        delimiter: 'canonical',
        open: { start: 5, end: 7 },
        close: { start: 10, end: 12 },
        start: 5,
        end: 12,
        expression: { kind: 'Identifier', name: 'b', start: 8, end: 9 },
      },
      { kind: 'Text', value: ' c', start: 12, end: 14 },
    ]);
  });

  it('names the expected closer of an unclosed brace field code', () => {
    expect(parse('<${ a').diagnostics[0]?.message).toBe("Unclosed field code: '<${' at line 1, column 1 has no matching '}>'");
  });

  it('warns about a stray $> and prints it as text', () => {
    const { ast, diagnostics } = parse('a $> b');
    expect(diagnostics).toEqual([
      {
        code: 'unexpected-close-delimiter',
        severity: 'warning',
        message: "Unexpected '$>': no field code is open here, so it is printed as text",
        range: { start: { offset: 2, line: 1, column: 3 }, end: { offset: 4, line: 1, column: 5 } },
      },
    ]);
    expect(ast.body).toEqual([{ kind: 'Text', value: 'a $> b', start: 0, end: 6 }]);
  });

  it('reports an unterminated string from the quote to the end of the field code', () => {
    const { ast, diagnostics } = parse('<$ "abc $> x');
    expect(diagnostics).toEqual([
      {
        code: 'unterminated-string',
        severity: 'error',
        message: 'Unterminated string: the " at line 1, column 4 has no closing "',
        range: { start: { offset: 3, line: 1, column: 4 }, end: { offset: 8, line: 1, column: 9 } },
      },
    ]);
    expect(ast.body[0]).toMatchObject({ close: { start: 8, end: 10 }, expression: { kind: 'String', value: 'abc ' } });
    expect(ast.body[1]).toEqual({ kind: 'Text', value: ' x', start: 10, end: 12 });
    expect(briefs(`<$ 'it $>`)).toEqual(['unterminated-string error 3:1:4-7:1:8']);
    expect(briefs('<$ "a\\$>')).toEqual(['unterminated-string error 3:1:4-6:1:7']);
  });

  it('reports typographic quotes with a fix to straight quotes', () => {
    const { ast, diagnostics } = parse('<$ Interaction.AttachedData(“Key”) $>');
    expect(diagnostics).toEqual([
      {
        code: 'typographic-quote',
        severity: 'error',
        message: 'Typographic quotes \'“…”\' cannot delimit a string; use "…"',
        range: { start: { offset: 28, line: 1, column: 29 }, end: { offset: 33, line: 1, column: 34 } },
        fix: {
          range: { start: { offset: 28, line: 1, column: 29 }, end: { offset: 33, line: 1, column: 34 } },
          text: '"Key"',
        },
      },
    ]);
    const node = ast.body[0]!;
    expect(node.kind === 'FieldCode' && sexpr(node.expression)).toBe('Interaction.AttachedData("Key")');
    expect(parse('<$ ‘x’ $>').diagnostics[0]?.fix?.text).toBe("'x'");
    expect(parse('<$ “say \\ "hi"” $>').diagnostics[0]?.fix?.text).toBe('"say \\\\ \\"hi\\""');
    const path = parse('<$ “C:\\temp” $>');
    expect(path.diagnostics[0]?.fix?.text).toBe('"C:\\\\temp"');
    expect(path.ast.body[0]).toMatchObject({ expression: { kind: 'String', value: 'C:\\temp', quote: '"' } });
  });

  it('reports a lone typographic quote with a fix', () => {
    const { diagnostics } = parse('<$ a ” b $>');
    expect(diagnostics.map(brief)).toEqual(['typographic-quote error 5:1:6-6:1:7', 'unexpected-token error 7:1:8-8:1:9']);
    expect(diagnostics[0]?.fix?.text).toBe('"');
    expect(parse('<$ ’ $>').diagnostics[0]?.fix?.text).toBe("'");
  });

  it('reports a missing ) where it was expected and keeps the call', () => {
    const { ast, diagnostics } = parse('<$ Left("a", 1 $>');
    expect(diagnostics).toEqual([
      {
        code: 'missing-parenthesis',
        severity: 'error',
        message: "Missing ')' to close the '(' at line 1, column 8",
        range: { start: { offset: 14, line: 1, column: 15 }, end: { offset: 14, line: 1, column: 15 } },
      },
    ]);
    expect(ast.body[0]).toMatchObject({ expression: { kind: 'Call', start: 3, end: 14, args: [{ value: 'a' }, { value: 1 }] } });
  });

  it('reports one missing ) per unclosed (', () => {
    const { ast, diagnostics } = parse('<$ Left(Mid("abc", 1, 2 $>');
    expect(diagnostics.map((d) => `${brief(d)} ${d.message}`)).toEqual([
      "missing-parenthesis error 23:1:24-23:1:24 Missing ')' to close the '(' at line 1, column 12",
      "missing-parenthesis error 23:1:24-23:1:24 Missing ')' to close the '(' at line 1, column 8",
    ]);
    const node = ast.body[0]!;
    expect(node.kind === 'FieldCode' && sexpr(node.expression)).toBe('Left(Mid("abc", 1, 2))');
    expect(briefs('<$ (1 + 2 $>')).toEqual(['missing-parenthesis error 9:1:10-9:1:10']);
  });

  it('reports an unexpected token inside an argument list', () => {
    const { diagnostics } = parse('<$ Left("a" 1) $>');
    expect(diagnostics.map((d) => `${brief(d)} ${d.message}`)).toEqual([
      "unexpected-token error 12:1:13-13:1:14 Expected ',' or ')' to close the '(' at line 1, column 8, but found '1'",
    ]);
  });

  it('recovers inside argument lists and reports every error of one field code', () => {
    const skip = parse('<$ f(g(x) 2, 3) $>');
    expect(skip.diagnostics.map((d) => `${brief(d)} ${d.message}`)).toEqual([
      "unexpected-token error 10:1:11-11:1:12 Expected ',' or ')' to close the '(' at line 1, column 5, but found '2'",
    ]);
    const node = skip.ast.body[0]!;
    expect(node.kind === 'FieldCode' && sexpr(node.expression)).toBe('f(g(x), 3)');
    const two = parse('<$ f(a b c d) + g(x y) $>');
    expect(two.diagnostics.map((d) => `${brief(d)} ${d.message}`)).toEqual([
      "unexpected-token error 7:1:8-8:1:9 Expected ',' or ')' to close the '(' at line 1, column 5, but found 'b'",
      "unexpected-token error 20:1:21-21:1:22 Expected ',' or ')' to close the '(' at line 1, column 18, but found 'y'",
    ]);
    expect(parse('<$ (1 2) $>').diagnostics[0]?.message).toBe("Expected ')' to close the '(' at line 1, column 4, but found '2'");
  });

  it('reports missing operands and keeps the rest of the expression', () => {
    const plus = parse('<$ 1 + $>');
    expect(plus.diagnostics.map((d) => `${brief(d)} ${d.message}`)).toEqual([
      "unexpected-token error 7:1:8-9:1:10 Expected a value (a number, a string, a name or '(') after '+', but found '$>'",
    ]);
    expect(plus.ast.body[0]).toMatchObject({
      expression: { kind: 'Binary', operator: '+', right: { kind: 'Error', start: 6, end: 6 } },
    });
    const star = parse('<$ 1 + * 2 $>');
    expect(star.diagnostics.map(brief)).toEqual(['unexpected-token error 7:1:8-8:1:9']);
    const node = star.ast.body[0]!;
    expect(node.kind === 'FieldCode' && sexpr(node.expression)).toBe('(+ 1 (* <error> 2))');
    expect(parse('<$ f(a,) $>').diagnostics[0]?.message).toBe(
      "Expected a value (a number, a string, a name or '(') after ',', but found ')'",
    );
    expect(briefs('<$ )$>')).toEqual(['unexpected-token error 3:1:4-4:1:5']);
  });

  it('reports extra tokens and unknown characters', () => {
    expect(parse('<$ a b $>').diagnostics.map((d) => `${brief(d)} ${d.message}`)).toEqual([
      "unexpected-token error 5:1:6-6:1:7 Unexpected 'b': expected an operator or '$>'",
    ]);
    expect(parse('<$ a ; b $>').diagnostics.map((d) => `${brief(d)} ${d.message}`)).toEqual([
      "unexpected-token error 5:1:6-6:1:7 Unexpected character ';'",
    ]);
    expect(parse('<$ 😀 $>').diagnostics.map((d) => `${brief(d)} ${d.message}`)).toEqual([
      "unexpected-token error 3:1:4-5:1:6 Unexpected character '😀'",
    ]);
    expect(parse('<$ a.b. $>').diagnostics.map((d) => `${brief(d)} ${d.message}`)).toEqual([
      "unexpected-token error 8:1:9-10:1:11 Expected a property name after '.', but found '$>'",
    ]);
  });

  it('reports an empty field code', () => {
    expect(parse('<$ $>')).toEqual({
      ast: {
        kind: 'Template',
        start: 0,
        end: 5,
        body: [
          {
            kind: 'FieldCode',
            delimiter: 'canonical',
            open: { start: 0, end: 2 },
            close: { start: 3, end: 5 },
            expression: null,
            start: 0,
            end: 5,
          },
        ],
      },
      diagnostics: [
        {
          code: 'empty-field-code',
          severity: 'error',
          message: 'Empty field code: write an expression between the delimiters',
          range: { start: { offset: 0, line: 1, column: 1 }, end: { offset: 5, line: 1, column: 6 } },
        },
      ],
    });
  });

  it('reports invalid numbers and invalid escapes', () => {
    expect(parse('<$ 1. + 2e + 12abc $>').diagnostics.map((d) => `${brief(d)} ${d.message}`)).toEqual([
      "invalid-number error 3:1:4-5:1:6 Invalid number '1.'",
      "invalid-number error 8:1:9-10:1:11 Invalid number '2e'",
      "invalid-number error 13:1:14-18:1:19 Invalid number '12abc'",
    ]);
    const escape = parse('<$ "a\\qb" $>');
    expect(escape.diagnostics.map((d) => `${brief(d)} ${d.message}`)).toEqual([
      "invalid-escape warning 5:1:6-7:1:8 Unknown escape '\\q': it stands for 'q'. Known escapes: \\a \\b \\f \\n \\r \\t \\v \\' \\\" \\\\",
    ]);
    expect(escape.ast.body[0]).toMatchObject({ expression: { kind: 'String', value: 'aqb' } });
  });

  it('reports every error of a template with several, with lines and columns', () => {
    const source =
      'Hello <$ Contact.FirstName $>,\r\nYour total: <$ (1 + 2 $> today.\n<$ “Key” $> and <$ "open $> end $>\n<$ Left("a" 1) $> tail';
    const { ast, diagnostics } = parse(source);
    expect(diagnostics.map(brief)).toEqual([
      'missing-parenthesis error 53:2:22-53:2:22',
      'typographic-quote error 67:3:4-72:3:9',
      'unterminated-string error 83:3:20-89:3:26',
      'unexpected-close-delimiter warning 96:3:33-98:3:35',
      'unexpected-token error 111:4:13-112:4:14',
    ]);
    // Text after each broken field code is still there.
    expect(ast.body.filter((n) => n.kind === 'Text').map((n) => n.kind === 'Text' && n.value)).toEqual([
      'Hello ',
      ',\r\nYour total: ',
      ' today.\n',
      ' and ',
      ' end $>\n',
      ' tail',
    ]);
    expect(fieldCodes(source).map((n) => sexpr(n.expression))).toEqual(['Contact.FirstName', '[(+ 1 2)]', '"Key"', '"open "', 'Left("a")']);
  });

  it('lists diagnostics in source order', () => {
    expect(briefs('<$ a b "x $> <$ 1. + c d $>')).toEqual([
      'unexpected-token error 5:1:6-6:1:7',
      'unterminated-string error 7:1:8-10:1:11',
      'invalid-number error 16:1:17-18:1:19',
      'unexpected-token error 23:1:24-24:1:25',
    ]);
  });

  it('reports nesting deeper than limits.maxDepth before parsing', () => {
    const deep = `<$ ${'('.repeat(10_000)}1${')'.repeat(10_000)} $>`;
    const { ast, diagnostics } = parse(deep);
    expect(diagnostics.map((d) => `${brief(d)} ${d.message}`)).toEqual([
      'nesting-too-deep error 67:1:68-68:1:69 Expression nested too deeply: more than 64 levels of parentheses, calls or unary operators',
    ]);
    expect(ast.body[0]).toMatchObject({ expression: { kind: 'Error', start: 3, end: 20_004 } });
    expect(briefs(`<$ ${'-'.repeat(10_000)}1 $>`)).toEqual(['nesting-too-deep error 67:1:68-68:1:69']);
    expect(briefs(`<$ ${'Not '.repeat(100)}a $>`)).toEqual(['nesting-too-deep error 259:1:260-262:1:263']);
    expect(parse('<$ ((1)) $>', { limits: { maxDepth: 1 } }).diagnostics.map(brief)).toEqual(['nesting-too-deep error 4:1:5-5:1:6']);
    expect(parse(`<$ ${'('.repeat(64)}1${')'.repeat(64)} $>`).diagnostics).toEqual([]);
  });

  it('does not lex a template longer than limits.maxTemplateLength', () => {
    expect(parse('<$ a $> and more', { limits: { maxTemplateLength: 10 } })).toEqual({
      ast: { kind: 'Template', body: [], start: 0, end: 16 },
      diagnostics: [
        {
          code: 'template-too-large',
          severity: 'error',
          message: 'Template is 16 characters long; the limit is 10',
          range: { start: { offset: 0, line: 1, column: 1 }, end: { offset: 0, line: 1, column: 1 } },
        },
      ],
    });
    expect(parse('x'.repeat(100_001)).diagnostics.map((d) => d.code)).toEqual(['template-too-large']);
    expect(parse('x'.repeat(100_000)).diagnostics).toEqual([]);
  });

  it('never throws on input of the wrong type', () => {
    expect(parse(undefined as unknown as string).ast.body).toEqual([]);
    expect(parse(42 as unknown as string).ast.body).toEqual([{ kind: 'Text', value: '42', start: 0, end: 2 }]);
    expect(parse(Object.create(null) as string).ast.body).toEqual([]);
  });
});
