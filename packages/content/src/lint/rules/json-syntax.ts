import { describeJsonSyntaxError, type JsonSyntaxMessageId } from '../json/syntax.js';
import { TextLines } from '../json/lines.js';
import { ruleMeta, type Rule, type RuleContext } from '../rule.js';
import type { JsonNode } from '../json/tree.js';

/**
 * The wording of each case of a JSON syntax error (`found` is what the parser met, `hints` the
 * bracket context): the lint's `json-syntax` findings and the JSON reader's (`parseJsonText`,
 * `validateJsonText`) are worded from here.
 */
export const JSON_SYNTAX_MESSAGES: Readonly<Record<JsonSyntaxMessageId, string>> = Object.freeze({
  unexpectedCharacter: 'Unexpected character {{found}}{{hints}}',
  unexpectedCharacterUnquoted: 'Unexpected character{{hints}}',
  invalidNumber: 'Invalid number but found {{found}}{{hints}}',
  propertyNameExpected: 'Expected a property name in double quotes but found {{found}}{{hints}}',
  valueExpected: 'Expected a value but found {{found}}{{hints}}',
  colonExpected: "Expected ':' after the property name but found {{found}}{{hints}}",
  commaExpected: "Expected ',' but found {{found}}{{hints}}",
  closeBraceExpected: "Expected ',' or '}' but found {{found}}{{hints}}",
  closeBracketExpected: "Expected ',' or ']' but found {{found}}{{hints}}",
  endOfFileExpected: 'Unexpected content after the end of the JSON value but found {{found}}{{hints}}',
  comment: 'Comments are not allowed in JSON{{hints}}',
  unterminatedComment: 'Unterminated comment but found {{found}}{{hints}}',
  unterminatedString: "Unterminated string: a JSON string must end with '\"' on the same line{{hints}}",
  incompleteNumber: 'Incomplete number but found {{found}}{{hints}}',
  invalidUnicode: "Invalid '\\u' escape: it needs 4 hexadecimal digits{{hints}}",
  invalidEscape: 'Invalid escape sequence in a JSON string (only \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX are allowed){{hints}}',
  controlCharacter: 'Control characters must be escaped in JSON strings (write a line break as \\n, a tab as \\t){{hints}}',
  invalidJson: 'Invalid JSON but found {{found}}{{hints}}',
  nestingTooDeep: 'The JSON is nested more than {{depth}} levels deep here; a standard response needs only a few levels.',
});

/** The file must be valid JSON; reports the first syntax error with a concrete explanation. */
export const jsonSyntax: Rule = {
  meta: ruleMeta({
    id: 'json-syntax',
    defaultSeverity: 'error',
    description: 'The file must be valid JSON (no comments, no trailing commas).',
    genesysRejects: true,
    fixable: false,
    appliesTo: ['structured-body', 'envelope', 'invalid-json'],
    // json/syntax.ts tells the case of the first syntax error and its data.
    messages: { ...JSON_SYNTAX_MESSAGES, duplicateKey: "Duplicate property '{{key}}': only its last value is used." },
  }),
  check(context) {
    const errors = context.file.syntaxErrors;
    if (!errors || errors.length === 0) {
      if (context.file.root) reportDuplicateKeys(context, context.file.root);
      return;
    }
    const problem = describeJsonSyntaxError(context.file.text, errors, new TextLines(context.file.text));
    if (problem) context.report({ messageId: problem.messageId, data: problem.data, range: { start: problem.start, end: problem.end } });
  },
};

/** Duplicate keys are valid JSON but ambiguous: parsers keep the last value (warning). */
function reportDuplicateKeys(context: RuleContext, root: JsonNode): void {
  const stack: JsonNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'object') {
      const seen = new Set<string>();
      for (const prop of node.children ?? []) {
        const key = prop.children?.[0];
        if (key && typeof key.value === 'string') {
          if (seen.has(key.value)) {
            context.report({ node: key, severity: 'warning', messageId: 'duplicateKey', data: { key: key.value } });
          }
          seen.add(key.value);
        }
        const value = prop.children?.[1];
        if (value) stack.push(value);
      }
    } else if (node.type === 'array') {
      stack.push(...(node.children ?? []));
    }
  }
}
