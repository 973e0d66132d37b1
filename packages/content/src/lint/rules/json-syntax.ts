import { describeJsonSyntaxError } from '../json/syntax.js';
import { TextLines } from '../json/lines.js';
import { ruleMeta, type Rule, type RuleContext } from '../rule.js';
import type { JsonNode } from '../json/tree.js';

/** The file must be valid JSON; reports the first syntax error with a concrete explanation. */
export const jsonSyntax: Rule = {
  meta: ruleMeta({
    id: 'json-syntax',
    defaultSeverity: 'error',
    description: 'The file must be valid JSON (no comments, no trailing commas).',
    genesysRejects: true,
    fixable: false,
    appliesTo: ['structured-body', 'envelope', 'invalid-json'],
    messages: {
      // The shared JSON reader words syntax errors (json/syntax-error.ts).
      syntax: '{{message}}',
      duplicateKey: "Duplicate property '{{key}}': only its last value is used.",
    },
  }),
  check(context) {
    const errors = context.file.syntaxErrors;
    if (!errors || errors.length === 0) {
      if (context.file.root) reportDuplicateKeys(context, context.file.root);
      return;
    }
    const problem = describeJsonSyntaxError(context.file.text, errors, new TextLines(context.file.text));
    if (problem)
      context.report({ messageId: 'syntax', data: { message: problem.message }, range: { start: problem.start, end: problem.end } });
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
