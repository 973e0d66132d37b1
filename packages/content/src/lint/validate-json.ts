import { getNodeValue } from 'jsonc-parser';
import type { Diagnostic } from '@fieldcode/language';
import type { SchemaName } from '../types.js';
import { TextLines } from './json/lines.js';
import { positionSchemaIssues } from './json/schema-issues.js';
import { describeJsonSyntaxError } from './json/syntax.js';
import { parseJsonTree } from './json/tree.js';
import { schemaValidator } from './rules/schema.js';

/**
 * Parses JSON text and validates it against one of the shipped schemas, with every problem
 * positioned in the text (`json-syntax`, `schema`). Used for `fieldcode.config.json` and data files.
 */
export function validateJsonText(text: string, schema: SchemaName): { value: unknown; diagnostics: Diagnostic[] } {
  const lines = new TextLines(text);
  const { root, errors } = parseJsonTree(text);
  if (errors.length > 0 || !root) {
    const problem = describeJsonSyntaxError(text, errors, lines);
    const range = lines.rangeAt(problem?.start ?? 0, problem?.end ?? 0);
    return { value: undefined, diagnostics: [{ code: 'json-syntax', severity: 'error', message: problem?.message ?? 'Invalid JSON', range }] };
  }
  const value = getNodeValue(root);
  const validate = schemaValidator();
  if (!validate) return { value, diagnostics: [] };
  const diagnostics: Diagnostic[] = positionSchemaIssues(root, validate(schema, value)).map((issue) => ({
    code: 'schema',
    severity: 'error',
    message: issue.message,
    range: lines.rangeAt(issue.start, issue.end),
    path: issue.pointer,
  }));
  diagnostics.sort((a, b) => a.range.start.offset - b.range.start.offset);
  return { value, diagnostics };
}
