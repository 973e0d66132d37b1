import { ruleMeta, type Rule } from '../rule.js';
import { reportAt, viewTemplate } from '../template-view.js';

/**
 * Meta rejects templates with "too many variable parameters relative to the message length"
 * (META-REVIEW) without publishing a ratio. This rule uses the widely quoted rule of thumb of at
 * least 3 words per variable plus one: words and variables together ≥ 3 × variables + 1
 * (Syniverse, "How to avoid too many parameters rejection in WhatsApp Templates").
 */
export const templateVariableDensity: Rule = {
  meta: ruleMeta({
    id: 'template-variable-density',
    defaultSeverity: 'warning',
    description:
      'Enough words for the number of variables in the template body (Meta may reject templates with too many variables for their length).',
    fixable: false,
    messages: {
      tooDense:
        'The body has {{variables}} and {{words}}; Meta may reject it for too many variables for its length: aim for at least {{wanted}} words besides the variables (words and variables together ≥ 3 × {{count}} + 1).',
    },
  }),
  check(context) {
    // A heuristic: only for templates authored for Meta's review (a declared category).
    const template = viewTemplate(context);
    if (template?.category === undefined) return;
    const body = template.body;
    if (!body || body.variables.length === 0) return;
    const n = body.variables.length;
    let withoutVariables = '';
    let last = 0;
    for (const v of body.variables) {
      withoutVariables += `${body.text.slice(last, v.start)} `;
      last = v.end;
    }
    withoutVariables += body.text.slice(last);
    const words = withoutVariables.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    const needed = 3 * n + 1;
    if (words + n >= needed) return;
    reportAt(context, {
      path: body.pointer,
      messageId: 'tooDense',
      data: {
        variables: `${n} ${n === 1 ? 'variable' : 'variables'}`,
        words: `${words} ${words === 1 ? 'word' : 'words'}`,
        wanted: needed - n,
        count: n,
      },
    });
  },
};
