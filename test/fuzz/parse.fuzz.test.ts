/**
 * Property-based robustness of `parse`: it never throws, every diagnostic range lies inside the
 * input with consistent line/column, every AST node lies inside the input, and deep nesting is a
 * diagnostic rather than a stack overflow.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createLineIndex, parse, scanFieldCodes, type Expression, type Position } from '@fieldcode/language';

const FRAGMENTS = [
  '<$',
  '$>',
  '<${',
  '}>',
  '<$<',
  '>>',
  ' ',
  '\n',
  '\r\n',
  '\t',
  '(',
  ')',
  ',',
  '.',
  ':',
  '"',
  "'",
  '\\',
  '“',
  '”',
  '‘',
  '’',
  'Contact',
  'FirstName',
  'Interaction',
  'AttachedData',
  'Left',
  'If',
  'a',
  '_x1',
  '1',
  '12.34e-2',
  '1.',
  '2e',
  '0',
  '+',
  '-',
  '*',
  '/',
  '^',
  'Mod',
  'And',
  'Or',
  'XOr',
  'Not',
  '!',
  '&&',
  '||',
  '=',
  '==',
  '!=',
  '<>',
  '<',
  '<=',
  '>',
  '>=',
  'LT',
  'ge',
  'True',
  'false',
  '"text"',
  "'x'",
  '"\\q"',
  '@',
  '#',
  '😀',
  '\u00a0',
  'Hello ',
  '{{1}}',
];

const fieldCodeish = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }).map((parts) => parts.join(''));
const anyText = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), fieldCodeish);

function checkPosition(position: Position, expected: Position, length: number): void {
  expect(position).toEqual(expected);
  expect(position.offset).toBeGreaterThanOrEqual(0);
  expect(position.offset).toBeLessThanOrEqual(length);
}

function checkExpression(node: Expression, length: number): void {
  expect(node.start).toBeGreaterThanOrEqual(0);
  expect(node.end).toBeGreaterThanOrEqual(node.start);
  expect(node.end).toBeLessThanOrEqual(length);
  switch (node.kind) {
    case 'Member':
      checkExpression(node.object, length);
      break;
    case 'Call':
      checkExpression(node.callee, length);
      for (const arg of node.args) checkExpression(arg, length);
      break;
    case 'Unary':
      checkExpression(node.operand, length);
      break;
    case 'Binary':
      checkExpression(node.left, length);
      checkExpression(node.right, length);
      break;
    case 'Paren':
      checkExpression(node.expression, length);
      break;
    default:
      break;
  }
}

function checkParse(source: string): void {
  const { ast, diagnostics } = parse(source);
  const lines = createLineIndex(source);
  for (const diagnostic of diagnostics) {
    const { start, end } = diagnostic.range;
    checkPosition(start, lines.positionAt(start.offset), source.length);
    checkPosition(end, lines.positionAt(end.offset), source.length);
    expect(end.offset).toBeGreaterThanOrEqual(start.offset);
    expect(diagnostic.message.length).toBeGreaterThan(0);
    if (diagnostic.fix) {
      expect(diagnostic.fix.range.start.offset).toBeGreaterThanOrEqual(0);
      expect(diagnostic.fix.range.end.offset).toBeLessThanOrEqual(source.length);
    }
  }
  // Body nodes tile the source in order without overlap.
  let previousEnd = 0;
  for (const node of ast.body) {
    expect(node.start).toBeGreaterThanOrEqual(previousEnd);
    expect(node.end).toBeGreaterThanOrEqual(node.start);
    previousEnd = node.end;
    if (node.kind === 'Text') expect(node.value).toBe(source.slice(node.start, node.end));
    else if (node.expression) checkExpression(node.expression, source.length);
  }
  expect(previousEnd).toBeLessThanOrEqual(source.length);
  for (const token of scanFieldCodes(source)) {
    expect(token.start).toBeGreaterThanOrEqual(0);
    expect(token.end).toBeLessThanOrEqual(source.length);
  }
}

describe('parse fuzzing', () => {
  it('never throws and keeps every range inside the input (arbitrary strings)', () => {
    fc.assert(fc.property(anyText, (source) => checkParse(source)));
  });

  it('never throws and keeps every range inside the input (field-code fragments)', () => {
    fc.assert(fc.property(fieldCodeish, (source) => checkParse(`<$ ${source} $> tail`)));
  });

  it('covers text outside field codes exactly once', () => {
    fc.assert(
      fc.property(fieldCodeish, (source) => {
        const { ast } = parse(source);
        const text = ast.body.map((node) => (node.kind === 'Text' ? node.value : '')).join('');
        const codes = ast.body.map((node) => (node.kind === 'FieldCode' ? source.slice(node.start, node.end) : '')).join('');
        expect(text.length + codes.length).toBe(source.length);
      }),
    );
  });

  it('parses long broken templates completely, reporting each broken field code', () => {
    const cases: Array<[string, number]> = [
      ['<$'.repeat(20_000), 10_000], // '<$<' opens an angle field code, '$' is unexpected
      ['<$ )'.repeat(10_000), 10_000],
      ['<$ ( $>'.repeat(5_000), 10_000], // a missing value and a missing ')'
      ['<$ 1 + $>'.repeat(5_000), 5_000],
      ['<$ "'.repeat(10_000), 5_000], // '"<$ "' is a string: 5 000 unclosed field codes
      ['$>'.repeat(20_000), 20_000],
      [`<$ ${'1 + '.repeat(10_000)}1 $>`, 0],
      [`<$ ${'a b '.repeat(10_000)} $>`, 1],
      [`<$ ${'@'.repeat(20_000)} $>`, 1],
    ];
    for (const [source, count] of cases) {
      const { ast, diagnostics } = parse(source);
      expect(diagnostics.length, source.slice(0, 12)).toBe(count);
      expect(ast.end).toBe(source.length);
    }
  });

  it('turns 10,000 nested parentheses into nesting-too-deep', () => {
    for (const source of [
      `<$ ${'('.repeat(10_000)}`,
      `<$ ${'('.repeat(10_000)} $>`,
      `<$ ${'Left('.repeat(10_000)}1${')'.repeat(10_000)} $>`,
      `<$ ${'-('.repeat(5_000)}1 $>`,
    ]) {
      const { diagnostics } = parse(source);
      checkParse(source);
      const codes = diagnostics.map((d) => d.code);
      expect(codes.includes('nesting-too-deep') || codes.includes('unclosed-field-code')).toBe(true);
    }
    expect(parse(`<$ ${'('.repeat(10_000)} $>`).diagnostics.map((d) => d.code)).toEqual(['nesting-too-deep']);
  });
});
