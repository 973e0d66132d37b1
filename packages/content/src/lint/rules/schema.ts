import { getNodeValue } from 'jsonc-parser';
import { validateSchema } from '../../model/index.js';
import type { SchemaIssue, SchemaName } from '../../types.js';
import { positionSchemaIssues, type SchemaMessageId } from '../json/schema-issues.js';
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

/**
 * The wording of every schema issue, by case: the lint's `schema` findings and the JSON reader's
 * (`validateJsonText`: configs, data files) both word theirs from here.
 */
export const SCHEMA_MESSAGES: Readonly<Record<SchemaMessageId, string>> = Object.freeze({
  notificationBody: "A notification needs exactly one item of type 'notification' (the message body) in '{{path}}'.",
  unknownProperty: "Unknown property '{{property}}' (not allowed at {{location}}).",
  missingProperty: "{{where}} is missing the required property '{{property}}'.",
  notAllowedValue: '{{where}} must be equal to one of the allowed values: {{allowed}}.',
  wrongType: '{{where}} must be {{type}}.',
  tooLong: '{{where}} must NOT have more than {{limit}} characters.',
  tooShort: '{{where}} must NOT have fewer than {{limit}} characters.',
  tooManyItems: '{{where}} must NOT have more than {{limit}} items.',
  tooFewItems: '{{where}} must NOT have fewer than {{limit}} items.',
  // Keywords without a case of their own (pattern, const, oneOf, minimum, …): the validator's words.
  validator: '{{where}} {{reason}}.',
});

/** The file must match `schemas/standard-response.schema.json`. */
export const schema: Rule = {
  meta: ruleMeta({
    id: 'schema',
    defaultSeverity: 'error',
    description: 'The file must match the standard-response JSON Schema.',
    genesysRejects: true,
    fixable: false,
    appliesTo: ['structured-body', 'envelope'],
    // Positioned by json/schema-issues.ts, which tells the case (message id) and its data.
    messages: SCHEMA_MESSAGES,
  }),
  check(context) {
    const root = context.file.root;
    const validate = schemaValidator();
    if (!root || !validate) return;
    const issues = validate('standard-response', valueOf(context.file.text, root));
    for (const issue of positionSchemaIssues(root, issues)) {
      context.report({
        messageId: issue.messageId,
        data: issue.data,
        range: { start: issue.start, end: issue.end },
        path: issue.pointer,
      });
    }
  },
};
