import { ruleMeta, type Rule } from '../rule.js';
import { reportAt, viewTemplate } from '../template-view.js';

/** Only punctuation, symbols, formatting marks and spaces. */
const ONLY_PUNCTUATION = /^[\s\p{P}\p{S}]+$/u;

/**
 * A body whose last variable is followed only by punctuation (`… is {{1}}.`) reads to Meta's
 * review as ending with a variable; it may be rejected (BSP rejection guides quote "Thanks {{1}}!"
 * as ending with a variable). A body ending on the variable itself is `template-variable-edge`.
 * Only responses that declare a `category` (authored for review) are checked: the pattern is
 * common in approved templates, so it is a risk to weigh before submitting, not after.
 */
export const templateTrailingPunctuation: Rule = {
  meta: ruleMeta({
    id: 'template-trailing-punctuation',
    defaultSeverity: 'warning',
    description: 'The template body does not end with a variable followed only by punctuation (Meta may reject the template).',
    fixable: false,
    messages: {
      trailingPunctuation:
        'The body ends with {{variable}} followed only by {{punctuation}}: Meta may treat it as ending with a variable; end with a few words instead.',
    },
  }),
  check(context) {
    // A heuristic: only for templates authored for Meta's review (a declared category).
    const template = viewTemplate(context);
    if (template?.category === undefined) return;
    const body = template.body;
    const last = body?.variables[body.variables.length - 1];
    if (!body || !last) return;
    const after = body.text.slice(last.end);
    if (after.trim() === '' || !ONLY_PUNCTUATION.test(after)) return;
    reportAt(context, {
      path: body.pointer,
      start: last.start,
      end: last.end + after.trimEnd().length,
      messageId: 'trailingPunctuation',
      data: { variable: `{{${last.key}}}`, punctuation: JSON.stringify(after.trim()) },
    });
  },
};
