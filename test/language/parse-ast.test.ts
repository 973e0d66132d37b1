import { describe, expect, it } from 'vitest';
import { parse } from '@fieldcode/language';
import { formula, sexpr } from './parse-helpers.js';

describe('parse: template structure', () => {
  it('splits text and a canonical field code with exact offsets', () => {
    expect(parse('Hi <$ Contact.FirstName $>!')).toEqual({
      ast: {
        kind: 'Template',
        start: 0,
        end: 27,
        body: [
          { kind: 'Text', value: 'Hi ', start: 0, end: 3 },
          {
            kind: 'FieldCode',
            delimiter: 'canonical',
            open: { start: 3, end: 5 },
            close: { start: 24, end: 26 },
            start: 3,
            end: 26,
            expression: {
              kind: 'Member',
              object: { kind: 'Identifier', name: 'Contact', start: 6, end: 13 },
              property: 'FirstName',
              propertySpan: { start: 14, end: 23 },
              start: 6,
              end: 23,
            },
          },
          { kind: 'Text', value: '!', start: 26, end: 27 },
        ],
      },
      diagnostics: [],
    });
  });

  it('parses an empty template and plain text', () => {
    expect(parse('')).toEqual({ ast: { kind: 'Template', body: [], start: 0, end: 0 }, diagnostics: [] });
    expect(parse('Just text, $ and < and {{1}}.').ast.body).toEqual([
      { kind: 'Text', value: 'Just text, $ and < and {{1}}.', start: 0, end: 29 },
    ]);
  });

  it('accepts field codes without inner spaces and across lines', () => {
    const { ast, diagnostics } = parse('<$2 + 3$>\n<$\n  Agent.Signature\n$>');
    expect(diagnostics).toEqual([]);
    expect(ast.body.map((n) => (n.kind === 'FieldCode' ? sexpr(n.expression) : JSON.stringify(n.value)))).toEqual([
      '(+ 2 3)',
      '"\\n"',
      'Agent.Signature',
    ]);
    const last = ast.body[2]!;
    expect(last.kind === 'FieldCode' && last.expression).toEqual({
      kind: 'Member',
      object: { kind: 'Identifier', name: 'Agent', start: 15, end: 20 },
      property: 'Signature',
      propertySpan: { start: 21, end: 30 },
      start: 15,
      end: 30,
    });
  });

  it('builds a function call with argument spans', () => {
    const [node] = parse('<$ Left("Hello", 2) $>').ast.body;
    expect(node?.kind === 'FieldCode' && node.expression).toEqual({
      kind: 'Call',
      callee: { kind: 'Identifier', name: 'Left', start: 3, end: 7 },
      args: [
        { kind: 'String', value: 'Hello', quote: '"', start: 8, end: 15 },
        { kind: 'Number', value: 2, raw: '2', start: 17, end: 18 },
      ],
      start: 3,
      end: 19,
    });
  });

  it('builds properties with arguments on a member callee', () => {
    const [node] = parse('<$ Contact.EmailAddresses.Exists("a@b.c") $>').ast.body;
    expect(node?.kind === 'FieldCode' && node.expression).toEqual({
      kind: 'Call',
      callee: {
        kind: 'Member',
        object: {
          kind: 'Member',
          object: { kind: 'Identifier', name: 'Contact', start: 3, end: 10 },
          property: 'EmailAddresses',
          propertySpan: { start: 11, end: 25 },
          start: 3,
          end: 25,
        },
        property: 'Exists',
        propertySpan: { start: 26, end: 32 },
        start: 3,
        end: 32,
      },
      args: [{ kind: 'String', value: 'a@b.c', quote: '"', start: 33, end: 40 }],
      start: 3,
      end: 41,
    });
    expect(formula('Interaction.AttachedData("Key")')).toBe('Interaction.AttachedData("Key")');
    expect(formula('Interaction.AttachedData ("Key").Length')).toBe('Interaction.AttachedData("Key").Length');
    expect(formula('Now()')).toBe('Now()');
    expect(formula('If(a, "x", Left(b, 2))')).toBe('If(a, "x", Left(b, 2))');
  });

  it('builds unary, binary and parenthesised nodes with operator spans', () => {
    const [node] = parse('<$ -(1 + 2) * 3 $>').ast.body;
    expect(node?.kind === 'FieldCode' && node.expression).toEqual({
      kind: 'Binary',
      operator: '*',
      operatorSpan: { start: 12, end: 13 },
      start: 3,
      end: 15,
      left: {
        kind: 'Unary',
        operator: '-',
        operatorSpan: { start: 3, end: 4 },
        start: 3,
        end: 11,
        operand: {
          kind: 'Paren',
          start: 4,
          end: 11,
          expression: {
            kind: 'Binary',
            operator: '+',
            operatorSpan: { start: 7, end: 8 },
            start: 5,
            end: 10,
            left: { kind: 'Number', value: 1, raw: '1', start: 5, end: 6 },
            right: { kind: 'Number', value: 2, raw: '2', start: 9, end: 10 },
          },
        },
      },
      right: { kind: 'Number', value: 3, raw: '3', start: 14, end: 15 },
    });
  });

  it('parses every documented example of the reference without diagnostics', () => {
    const examples = [
      '<$2 + 3$>',
      '<$Agent.Signature$>',
      'Dear <$Contact.FirstName$>,',
      '<$Length("Hello, world!")$>',
      '<$Date(1965, 11, 23, 9, 3, 10)$>',
      '<$WeekdayName(Date(1965, 11, 23, 9, 3, 10))$>',
      '<$Length(WeekdayName(Date(1965, 11, 23, 9, 3, 10)))$>',
      '<$Contact.EmailAddresses.Count$>',
      '<$Contact.EmailAddresses.Exists("samd@acme.com")$>',
      '<$Find("Hello, World!", "lo")$>',
      '<$Left("Hello, World!", 5)$>',
      '<$Mid("Hello, World!", 2, 3)$>',
      '<$Length("Hello")$>',
      '<$14 Mod 5$>',
      '<$2^3$>',
      '<$2 >= 2$>',
      '<$2 : "#.##"$>',
      '<$Date(1965, 11, 23)$>',
      '<$Bool("Asteroids", True)$>',
      '<$Bool("off", True)$>',
      '<$Num("12.2e2Zork")$>',
      '<$Interaction.TimeZone$>',
      '<$ Contact.Title $> <$ Contact.FullName $>',
      '<$ -4 $> <$ 2*3 $> <$ 8/2 $> <$ 2 - 3 $> <$ 2 > 3 $> <$ 2 < 3 $> <$ 2 <= 3 $> <$ 2 = 3 $> <$ 2 <> 3 $>',
      '<$ Abs (-4) $> <$ If (True, 1, 2) $> <$ Interaction.AttachedData ("Key") $>',
    ];
    for (const example of examples) expect(parse(example).diagnostics, example).toEqual([]);
  });
});

describe('parse: precedence and associativity (reference §4.1)', () => {
  it.each([
    ['-2^2', '(^ (- 2) 2)'],
    ['2^3^2', '(^ (^ 2 3) 2)'],
    ['Not a = b', '(Not (= a b))'],
    ['1 + 1 : "#.##"', '(: (+ 1 1) "#.##")'],
    ['1 + 2 * 3', '(+ 1 (* 2 3))'],
    ['2 * 3 ^ 2', '(* 2 (^ 3 2))'],
    ['10 - 4 - 3', '(- (- 10 4) 3)'],
    ['8 / 2 / 2', '(/ (/ 8 2) 2)'],
    ['14 Mod 5 * 2', '(* (Mod 14 5) 2)'],
    ['1 + 2 < 4', '(< (+ 1 2) 4)'],
    ['1 < 2 = True', '(= (< 1 2) True)'],
    ['a < b And c', '(And (< a b) c)'],
    ['Not a And b', '(And (Not a) b)'],
    ['a And Not b', '(And a (Not b))'],
    ['Not Not a', '(Not (Not a))'],
    ['a Or b And c', '(Or a (And b c))'],
    ['a XOr b And c', '(XOr a (And b c))'],
    ['a Or b XOr c', '(Or a (XOr b c))'],
    ['a And b XOr c Or d', '(Or (XOr (And a b) c) d)'],
    ['a Or b : "x"', '(: (Or a b) "x")'],
    ['a : "x" : "y"', '(: (: a "x") "y")'],
    ['- -a', '(- (- a))'],
    ['-a.b', '(- a.b)'],
    ['+3', '(+ 3)'],
    ['2 - -3', '(- 2 (- 3))'],
    ['-2 ^ -2', '(^ (- 2) (- 2))'],
    ['(1 + 2) * 3', '(* [(+ 1 2)] 3)'],
    ['2 ^ (3 ^ 2)', '(^ 2 [(^ 3 2)])'],
  ])('%s → %s', (source, expected) => {
    expect(formula(source)).toBe(expected);
  });
});

describe('parse: operator synonyms are normalised', () => {
  it.each([
    ['a LT b', '(< a b)'],
    ['a lt b', '(< a b)'],
    ['a LE b', '(<= a b)'],
    ['a GT b', '(> a b)'],
    ['a GE b', '(>= a b)'],
    ['a EQ b', '(= a b)'],
    ['a == b', '(= a b)'],
    ['a NE b', '(<> a b)'],
    ['a != b', '(<> a b)'],
    ['a <> b', '(<> a b)'],
    ['a && b', '(And a b)'],
    ['a AND b', '(And a b)'],
    ['a || b', '(Or a b)'],
    ['a or b', '(Or a b)'],
    ['a xor b', '(XOr a b)'],
    ['!a', '(Not a)'],
    ['not a', '(Not a)'],
    ['7 mod 2', '(Mod 7 2)'],
    ['7 MOD 2', '(Mod 7 2)'],
    ['TRUE', 'True'],
    ['false', 'False'],
  ])('%s → %s', (source, expected) => {
    expect(formula(source)).toBe(expected);
  });

  it('keeps keyword-like names that only start with a keyword as identifiers', () => {
    expect(formula('Order + Notes + Andrew + Modulo + LTV + Trueness')).toBe('(+ (+ (+ (+ (+ Order Notes) Andrew) Modulo) LTV) Trueness)');
  });

  it('records the operator span of a word operator', () => {
    const [node] = parse('<$ a XOr b $>').ast.body;
    expect(node?.kind === 'FieldCode' && node.expression?.kind === 'Binary' && node.expression.operatorSpan).toEqual({
      start: 5,
      end: 8,
    });
  });
});

describe('parse: literals', () => {
  it.each([
    ['42', 42, '42'],
    ['0.5', 0.5, '0.5'],
    ['12.34e-2', 0.1234, '12.34e-2'],
    ['12.2e2', 1220, '12.2e2'],
    ['1E5', 100000, '1E5'],
    ['2e+3', 2000, '2e+3'],
  ])('number %s', (raw, value, rawOut) => {
    const [node] = parse(`<$ ${raw} $>`).ast.body;
    expect(node?.kind === 'FieldCode' && node.expression).toEqual({
      kind: 'Number',
      value,
      raw: rawOut,
      start: 3,
      end: 3 + raw.length,
    });
  });

  it.each([
    ['\\a', '\u0007'],
    ['\\b', '\b'],
    ['\\f', '\f'],
    ['\\n', '\n'],
    ['\\r', '\r'],
    ['\\t', '\t'],
    ['\\v', '\v'],
    ["\\'", "'"],
    ['\\"', '"'],
    ['\\\\', '\\'],
  ])('escape %s in double and single quotes', (escape, value) => {
    const double = parse(`<$ "x${escape}y" $>`);
    expect(double.diagnostics).toEqual([]);
    expect(double.ast.body[0]).toMatchObject({ expression: { kind: 'String', value: `x${value}y`, quote: '"' } });
    const single = parse(`<$ 'x${escape}y' $>`);
    expect(single.diagnostics).toEqual([]);
    expect(single.ast.body[0]).toMatchObject({ expression: { kind: 'String', value: `x${value}y`, quote: "'" } });
  });

  it('parses single- and double-quoted strings with the other quote inside', () => {
    const { ast, diagnostics } = parse(`<$ 'say "hi"' + "it's" $>`);
    expect(diagnostics).toEqual([]);
    const node = ast.body[0]!;
    expect(node.kind === 'FieldCode' && sexpr(node.expression)).toBe('(+ "say \\"hi\\"" "it\'s")');
    expect(node.kind === 'FieldCode' && node.expression).toMatchObject({
      left: { kind: 'String', quote: "'", start: 3, end: 13 },
      right: { kind: 'String', quote: '"', start: 16, end: 22 },
    });
  });

  it('keeps field-code delimiters of another style and line breaks inside strings', () => {
    expect(formula('"<$ a }> b >>"')).toBe('"<$ a }> b >>"');
    expect(formula('"two\nlines"')).toBe('"two\\nlines"');
  });

  it('reads True and False in any case as booleans', () => {
    const [node] = parse('<$ Bool("off", tRuE) $>').ast.body;
    expect(node?.kind === 'FieldCode' && node.expression).toMatchObject({
      args: [{ kind: 'String' }, { kind: 'Boolean', value: true, start: 15, end: 19 }],
    });
  });
});
