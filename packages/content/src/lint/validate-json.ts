import { getNodeValue } from 'jsonc-parser';
import type { Diagnostic } from '@fieldcode/language';
import type { SchemaName } from '../types.js';
import { TextLines } from './json/lines.js';
import { nodeAtPointer } from './json/pointer.js';
import { positionSchemaIssues } from './json/schema-issues.js';
import { JsonStringText } from './json/strings.js';
import { describeJsonSyntaxError } from './json/syntax.js';
import { parseJsonTree, type JsonNode } from './json/tree.js';
import { fillMessage } from './rule.js';
import { JSON_SYNTAX_MESSAGES } from './rules/json-syntax.js';
import { SCHEMA_MESSAGES, schemaValidator } from './rules/schema.js';

export interface ParsedJsonText {
  lines: TextLines;
  root: JsonNode | undefined;
  value: unknown;
  diagnostics: Diagnostic[];
}

/** How a JSON text is read. */
export interface JsonReadOptions {
  /**
   * Quote the text found at a syntax error (default true). False for files that are not the
   * project's own (render data, ESP logs, configs and data schemas): the message then names what
   * was found by its kind, so no byte of such a file reaches the output.
   */
  quoteText?: boolean;
}

/**
 * One parse of a JSON text: its tree and value, or one `json-syntax` diagnostic worded as the lint
 * words it (nesting beyond the lint's depth limit included). Shared by the modules that read JSON text.
 */
export function parseJsonDocument(text: string, options: JsonReadOptions = {}): ParsedJsonText {
  const lines = new TextLines(text);
  const { root, errors } = parseJsonTree(text);
  if (errors.length > 0 || !root) {
    const problem = describeJsonSyntaxError(text, errors, lines, Object.hasOwn(options, 'quoteText') ? options.quoteText !== false : true);
    const range = lines.rangeAt(problem?.start ?? 0, problem?.end ?? 0);
    return {
      lines,
      root: undefined,
      value: undefined,
      diagnostics: [
        {
          code: 'json-syntax',
          severity: 'error',
          message: problem === undefined ? 'Invalid JSON' : fillMessage(JSON_SYNTAX_MESSAGES[problem.messageId], problem.data),
          range,
        },
      ],
    };
  }
  return { lines, root, value: getNodeValue(root), diagnostics: [] };
}

/**
 * Parses strict JSON text. `value` is undefined when the text is not JSON; the problem is then one
 * positioned `json-syntax` diagnostic with the same message as the lint's `json-syntax` rule.
 */
export function parseJsonText(text: string, options: JsonReadOptions = {}): { value: unknown; diagnostics: Diagnostic[] } {
  const { value, diagnostics } = parseJsonDocument(text, options);
  return { value, diagnostics };
}

/**
 * Parses JSON text and validates it against one of the shipped schemas, with every problem
 * positioned in the text (`json-syntax`, `schema`). Used for `fieldcode.config.json` and data files.
 */
export function validateJsonText(text: string, schema: SchemaName): { value: unknown; diagnostics: Diagnostic[] } {
  // Configs and data files may be any file a user points at: their text is never quoted.
  const { lines, root, value, diagnostics: syntax } = parseJsonDocument(text, { quoteText: false });
  if (!root) return { value, diagnostics: syntax };
  const validate = schemaValidator();
  if (!validate) return { value, diagnostics: [] };
  const diagnostics: Diagnostic[] = positionSchemaIssues(root, validate(schema, value)).map((issue) => ({
    code: 'schema',
    severity: 'error',
    message: fillMessage(SCHEMA_MESSAGES[issue.messageId], issue.data),
    range: lines.rangeAt(issue.start, issue.end),
    path: issue.pointer,
  }));
  diagnostics.sort((a, b) => a.range.start.offset - b.range.start.offset);
  return { value, diagnostics };
}

/**
 * Moves diagnostics of `renderStandardResponse` onto the file text they came from. Such a
 * diagnostic carries `path` (the JSON pointer of a string value) and a range relative to that
 * string's decoded text; the result is positioned in the file through the JSON escapes (`\n`,
 * `\"`, `\u00e9`). A path naming a non-string value gives the start of that value; a diagnostic
 * without a resolvable path is returned as it is. Text that is not JSON returns the input unchanged.
 */
export function positionInJsonText(text: string, diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const { lines, root } = parseJsonDocument(text);
  if (!root) return [...diagnostics];
  return diagnostics.map((diagnostic) => {
    if (diagnostic.path === undefined) return diagnostic;
    const { node, exact } = nodeAtPointer(root, diagnostic.path);
    if (!exact) return diagnostic;
    if (node.type !== 'string') return { ...diagnostic, range: lines.rangeAt(node.offset, node.offset) };
    const string = new JsonStringText(text, node);
    return {
      ...diagnostic,
      range: lines.rangeAt(string.toFileOffset(diagnostic.range.start.offset), string.toFileOffset(diagnostic.range.end.offset)),
    };
  });
}
