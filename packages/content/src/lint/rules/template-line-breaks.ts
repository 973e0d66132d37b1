import { ruleMeta, type Rule } from '../rule.js';
import { reportAt, viewTemplate } from '../template-view.js';

/**
 * More than two consecutive line breaks (two blank lines or more) in a template body: Meta's
 * review and WhatsApp Manager refuse bodies with runs of empty lines ("Paragraphs are not
 * supported in the body"; Meta's interactive carousel allows at most 2 line breaks, limits
 * reference §2). Warning: Meta documents no exact figure for template bodies.
 */
export const templateLineBreaks: Rule = {
  meta: ruleMeta({
    id: 'template-line-breaks',
    defaultSeverity: 'warning',
    description: 'No more than 2 consecutive line breaks in the template body (Meta may reject the template).',
    fixable: false,
    messages: {
      tooManyBreaks: '{{count}} consecutive line breaks in the body; keep at most 2 (Meta may reject the template).',
    },
  }),
  check(context) {
    const body = viewTemplate(context)?.body;
    if (!body) return;
    const re = /\n(?:[ \t]*\r?\n){2,}/g;
    for (let m = re.exec(body.text); m; m = re.exec(body.text)) {
      const breaks = (m[0].match(/\n/g) ?? []).length;
      reportAt(context, {
        path: body.pointer,
        start: m.index,
        end: m.index + m[0].length,
        messageId: 'tooManyBreaks',
        data: { count: breaks },
      });
    }
  },
};
