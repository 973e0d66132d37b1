import { ruleMeta, type Rule } from '../rule.js';
import { reportAt, viewTemplate } from '../template-view.js';

/**
 * A template body must not start or end with a variable: Meta's review rejects such templates
 * (META-REVIEW, "leading or trailing variable").
 */
export const templateVariableEdge: Rule = {
  meta: ruleMeta({
    id: 'template-variable-edge',
    defaultSeverity: 'error',
    description: 'The template body does not start or end with a variable (Meta rejects such templates).',
    fixable: false,
    messages: {
      startsWithVariable: 'The body must not start with a variable (Meta rejects such templates); put text before it.',
      endsWithVariable: 'The body must not end with a variable (Meta rejects such templates); add text after it.',
    },
  }),
  check(context) {
    const body = viewTemplate(context)?.body;
    if (!body || body.variables.length === 0) return;
    const first = body.variables[0]!;
    const last = body.variables[body.variables.length - 1]!;
    if (body.text.slice(0, first.start).trim() === '') {
      reportAt(context, {
        path: body.pointer,
        start: first.start,
        end: first.end,
        messageId: 'startsWithVariable',
      });
    }
    if (body.text.slice(last.end).trim() === '') {
      reportAt(context, {
        path: body.pointer,
        start: last.start,
        end: last.end,
        messageId: 'endsWithVariable',
      });
    }
  },
};
