/** Static data paths of expressions, as the evaluator resolves them. */
import type { Expression, Span } from '../ast.js';
import { objectNames } from '../runtime/compiler.js';

export interface PathUse {
  path: string;
  span: Span;
}

/**
 * The data path an expression reads when it is a name chain: `Contact.FirstName`,
 * `Variables.CustomProp_Date` (bare name), `Interaction.AttachedData.Language`
 * (`AttachedData("Language")`), `Contact.EmailAddresses` (receiver of `Exists`).
 * Null when the expression is not a path.
 */
export function pathOf(node: Expression): string | null {
  switch (node.kind) {
    case 'Identifier': {
      const canonical = objectNames.get(node.name.toLowerCase());
      return canonical ?? `Variables.${node.name}`;
    }
    case 'Member': {
      const base = pathOf(node.object);
      return base === null ? null : `${base}.${node.property}`;
    }
    case 'Call': {
      if (node.callee.kind !== 'Member') return null;
      const lower = node.callee.property.toLowerCase();
      const base = pathOf(node.callee.object);
      if (base === null) return null;
      if (lower === 'attacheddata') {
        const key = node.args[0];
        return key !== undefined && key.kind === 'String' && node.args.length === 1
          ? `${base}.${node.callee.property}.${key.value}`
          : `${base}.${node.callee.property}`;
      }
      return lower === 'exists' ? base : null;
    }
    default:
      return null;
  }
}
