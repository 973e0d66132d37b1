import { getNodeValue } from 'jsonc-parser';
import { validateSchema } from '../../model/index.js';
import type { SchemaIssue, SchemaName } from '../../types.js';
import { positionSchemaIssues } from '../json/schema-issues.js';
import { ruleMeta, type Rule } from '../rule.js';

type Validate = (name: SchemaName, value: unknown) => SchemaIssue[];

/** The model's validator, when the model module provides it. */
export function schemaValidator(): Validate | undefined {
  return typeof validateSchema === 'function' ? validateSchema : undefined;
}

/** The parsed value: the file is strict JSON here, so the native parser (much faster) agrees with the tree. */
function valueOf(text: string, root: Parameters<typeof getNodeValue>[0]): unknown {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return getNodeValue(root);
  }
}

/** The file must match `schemas/standard-response.schema.json`. */
export const schema: Rule = {
  meta: ruleMeta({
    id: 'schema',
    defaultSeverity: 'error',
    description: 'The file must match the standard-response JSON Schema.',
    genesysRejects: true,
    fixable: false,
    appliesTo: ['structured-body', 'envelope'],
    messages: {
      // The schema issues are worded where they are positioned (schema/positions.ts).
      schema: '{{message}}',
    },
  }),
  check(context) {
    const root = context.file.root;
    const validate = schemaValidator();
    if (!root || !validate) return;
    const issues = validate('standard-response', valueOf(context.file.text, root));
    for (const issue of positionSchemaIssues(root, issues)) {
      context.report({
        messageId: 'schema',
        data: { message: issue.message },
        range: { start: issue.start, end: issue.end },
        path: issue.pointer,
      });
    }
  },
};
