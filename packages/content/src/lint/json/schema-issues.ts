import type { SchemaIssue } from '../../types.js';
import { childPointer, keyNodeOf, nodeAtPointer } from './pointer.js';
import type { JsonNode } from './tree.js';

/**
 * Where a schema issue is shown in the file (offsets), the pointer it concerns, and the message id
 * and data it is worded from: the ids are the `schema` rule's `meta.messages` (rules/schema.ts).
 */
export interface PositionedIssue {
  start: number;
  end: number;
  pointer: string;
  messageId: SchemaMessageId;
  data: Record<string, string | number>;
}

/** The cases of a schema issue, each worded by the `schema` rule. */
export type SchemaMessageId =
  | 'notificationBody'
  | 'unknownProperty'
  | 'missingProperty'
  | 'notAllowedValue'
  | 'wrongType'
  | 'tooLong'
  | 'tooShort'
  | 'tooManyItems'
  | 'tooFewItems'
  | 'validator';

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
    const { messageId, data } = schemaMessage(issue, root);
    const dedupe = `${start}:${end}:${messageId}:${JSON.stringify(data)}`;
    if (seen.has(dedupe)) continue;
    seen.add(dedupe);
    out.push({ start, end, pointer, messageId, data });
  }
  return out;
}

/** The message id and data of an issue; ajv's own wording is kept only for keywords without an id (`validator`). */
function schemaMessage(issue: SchemaIssue, root: JsonNode): { messageId: SchemaMessageId; data: Record<string, string | number> } {
  const where = issue.instancePath === '' ? 'The file' : `'${issue.instancePath}'`;
  const limit = issue.params.limit;
  switch (issue.keyword) {
    case 'contains': {
      // The notification schema requires exactly one body item; say so in the author's terms.
      const parent = nodeAtPointer(root, issue.instancePath.replace(/\/content$/, '')).node;
      const contentType =
        parent.type === 'object' ? parent.children?.find((p) => p.children?.[0]?.value === 'contentType')?.children?.[1]?.value : undefined;
      if (issue.instancePath.endsWith('/content') && contentType === 'notification') {
        return { messageId: 'notificationBody', data: { path: issue.instancePath } };
      }
      break;
    }
    case 'additionalProperties':
      return {
        messageId: 'unknownProperty',
        data: {
          property: String(issue.params.additionalProperty),
          location: issue.instancePath === '' ? 'the top level' : `'${issue.instancePath}'`,
        },
      };
    case 'required':
      return { messageId: 'missingProperty', data: { where, property: String(issue.params.missingProperty) } };
    case 'enum':
      if (Array.isArray(issue.params.allowedValues)) {
        const allowed = (issue.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ');
        return { messageId: 'notAllowedValue', data: { where, allowed } };
      }
      break;
    case 'type':
      return { messageId: 'wrongType', data: { where, type: [issue.params.type].flat().join(',') } };
    case 'maxLength':
      if (typeof limit === 'number') return { messageId: 'tooLong', data: { where, limit } };
      break;
    case 'minLength':
      if (typeof limit === 'number') return { messageId: 'tooShort', data: { where, limit } };
      break;
    case 'maxItems':
      if (typeof limit === 'number') return { messageId: 'tooManyItems', data: { where, limit } };
      break;
    case 'minItems':
      if (typeof limit === 'number') return { messageId: 'tooFewItems', data: { where, limit } };
      break;
  }
  // Other keywords (pattern, const, oneOf, minimum, …): the JSON Schema validator's wording.
  return { messageId: 'validator', data: { where, reason: issue.message } };
}
