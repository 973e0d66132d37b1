import { describeJsonSyntaxError } from '../json/syntax.js';
import { TextLines } from '../json/lines.js';
import { ruleMeta, type Rule } from '../rule.js';

/** The file must be valid JSON; reports the first syntax error with a concrete explanation. */
export const jsonSyntax: Rule = {
  meta: ruleMeta({ id: 'json-syntax', defaultSeverity: 'error', description: 'The file must be valid JSON (no comments, no trailing commas).', fixable: false }),
  check(context) {
    const errors = context.file.syntaxErrors;
    if (!errors || errors.length === 0) return;
    const problem = describeJsonSyntaxError(context.file.text, errors, new TextLines(context.file.text));
    if (problem) context.report({ message: problem.message, range: { start: problem.start, end: problem.end } });
  },
};
