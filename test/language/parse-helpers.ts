/**
 * Helpers for the parser suites: a compact S-expression view of expressions (so precedence tests
 * read as one exact string) and a flat view of diagnostics with their positions.
 */
import { parse, type Diagnostic, type Expression, type FieldCodeNode } from '@fieldcode/language';

/** `(op left right)`, `(op operand)`, `callee(args)`, `object.property`, literals as written. */
export function sexpr(node: Expression | null): string {
  if (node === null) return 'null';
  switch (node.kind) {
    case 'Number':
      return String(node.value);
    case 'String':
      return JSON.stringify(node.value);
    case 'Boolean':
      return node.value ? 'True' : 'False';
    case 'Identifier':
      return node.name;
    case 'Member':
      return `${sexpr(node.object)}.${node.property}`;
    case 'Call':
      return `${sexpr(node.callee)}(${node.args.map(sexpr).join(', ')})`;
    case 'Unary':
      return `(${node.operator} ${sexpr(node.operand)})`;
    case 'Binary':
      return `(${node.operator} ${sexpr(node.left)} ${sexpr(node.right)})`;
    case 'Paren':
      return `[${sexpr(node.expression)}]`;
    case 'Error':
      return '<error>';
  }
}

/** The field codes of a parsed template. */
export function fieldCodes(source: string): FieldCodeNode[] {
  return parse(source).ast.body.filter((node): node is FieldCodeNode => node.kind === 'FieldCode');
}

/** The expression of a single field code `<$ formula $>`, as an S-expression. */
export function formula(source: string): string {
  const { ast, diagnostics } = parse(`<$ ${source} $>`);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) return `errors: ${errors.map((d) => d.code).join(', ')}`;
  const node = ast.body[0];
  return node?.kind === 'FieldCode' ? sexpr(node.expression) : 'no field code';
}

/** A diagnostic as `code severity start-end` with `offset:line:column` positions. */
export function brief(diagnostic: Diagnostic): string {
  const { start, end } = diagnostic.range;
  return `${diagnostic.code} ${diagnostic.severity} ${start.offset}:${start.line}:${start.column}-${end.offset}:${end.line}:${end.column}`;
}

export function briefs(source: string): string[] {
  return parse(source).diagnostics.map(brief);
}
