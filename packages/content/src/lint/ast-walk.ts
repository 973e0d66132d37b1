import type { Expression, TemplateNode } from '@fieldcode/language';

/** Calls `visit` for every expression of a template, depth-first (iterative: no recursion limit). */
export function walkExpressions(ast: TemplateNode, visit: (node: Expression) => void): void {
  const stack: Expression[] = [];
  for (const part of ast.body) if (part.kind === 'FieldCode' && part.expression) stack.push(part.expression);
  while (stack.length > 0) {
    const node = stack.pop()!;
    visit(node);
    switch (node.kind) {
      case 'Member':
        stack.push(node.object);
        break;
      case 'Call':
        for (let i = node.args.length - 1; i >= 0; i--) stack.push(node.args[i]!);
        stack.push(node.callee);
        break;
      case 'Unary':
        stack.push(node.operand);
        break;
      case 'Binary':
        stack.push(node.right, node.left);
        break;
      case 'Paren':
        stack.push(node.expression);
        break;
      default:
        break;
    }
  }
}
