import type { SchemaIssue } from '../../types.js';
import { childPointer, keyNodeOf, nodeAtPointer } from './pointer.js';
import type { JsonNode } from './tree.js';

/** Where a schema issue is shown in the file (offsets) and the pointer it concerns. */
export interface PositionedIssue {
  start: number;
  end: number;
  pointer: string;
  message: string;
}

/**
 * Positions ajv issues: `additionalProperties` → the extra key, `required` → the key of the
 * object missing it (or its opening brace at the root), anything else → the offending value.
 * Drops the `if` wrapper issues of `if/then` dispatch and duplicates.
 */
export function positionSchemaIssues(root: JsonNode, issues: readonly SchemaIssue[]): PositionedIssue[] {
  const out: PositionedIssue[] = [];
  const seen = new Set<string>();
  for (const issue of issues) {
    if (issue.keyword === 'if') continue;
    let pointer = issue.instancePath;
    let start: number;
    let end: number;
    const { node, exact } = nodeAtPointer(root, pointer);
    if (issue.keyword === 'additionalProperties' && typeof issue.params.additionalProperty === 'string') {
      pointer = childPointer(pointer, issue.params.additionalProperty);
      const target = nodeAtPointer(root, pointer);
      const key = target.exact ? keyNodeOf(target.node) : undefined;
      const n = key ?? target.node;
      start = n.offset;
      end = n.offset + n.length;
    } else if (issue.keyword === 'required') {
      const key = keyNodeOf(node);
      if (key) {
        start = key.offset;
        end = key.offset + key.length;
      } else {
        start = node.offset;
        end = node.offset + 1;
      }
    } else {
      start = node.offset;
      end = node.offset + (exact ? node.length : 1);
    }
    const message = schemaMessage(issue, root);
    const dedupe = `${start}:${end}:${message}`;
    if (seen.has(dedupe)) continue;
    seen.add(dedupe);
    out.push({ start, end, pointer, message });
  }
  return out;
}

function schemaMessage(issue: SchemaIssue, root: JsonNode): string {
  const where = issue.instancePath === '' ? 'The file' : `'${issue.instancePath}'`;
  switch (issue.keyword) {
    case 'contains': {
      // The notification schema requires exactly one body item; say so in the author's terms.
      const parent = nodeAtPointer(root, issue.instancePath.replace(/\/content$/, '')).node;
      const contentType =
        parent.type === 'object' ? parent.children?.find((p) => p.children?.[0]?.value === 'contentType')?.children?.[1]?.value : undefined;
      if (issue.instancePath.endsWith('/content') && contentType === 'notification') {
        return `A notification needs exactly one item of type 'notification' (the message body) in '${issue.instancePath}'.`;
      }
      return `${where} ${issue.message}.`;
    }
    case 'additionalProperties':
      return `Unknown property '${String(issue.params.additionalProperty)}' (not allowed at ${issue.instancePath === '' ? 'the top level' : `'${issue.instancePath}'`}).`;
    case 'required':
      return `${where} is missing the required property '${String(issue.params.missingProperty)}'.`;
    case 'enum':
      return `${where} ${issue.message}${Array.isArray(issue.params.allowedValues) ? `: ${(issue.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}` : ''}.`;
    default:
      return `${where} ${issue.message}.`;
  }
}
