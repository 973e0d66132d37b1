import { ruleMeta, type Rule } from '../rule.js';
import { reportAt, viewTemplate } from '../template-view.js';

/** Characters that do not count as context around a variable: spaces, punctuation, formatting marks. */
const NO_CONTEXT = /^[\s\p{P}\p{S}]*$/u;

/**
 * A line or a sentence made only of a variable ("floating parameter") gives the reviewer no idea
 * of what it holds; Meta may reject the template (META-REVIEW asks for clear variable purpose;
 * BSP rejection guides name floating parameters). Variables at the body's very start or end are
 * left to `template-variable-edge`.
 */
export const templateVariableAlone: Rule = {
  meta: ruleMeta({
    id: 'template-variable-alone',
    defaultSeverity: 'warning',
    description: 'No line or sentence of the template body made only of a variable (Meta may reject the template).',
    fixable: false,
    messages: {
      alone:
        'Variable {{variable}} makes a line or sentence on its own: surround it with text that says what it holds (Meta may reject the template).',
    },
  }),
  check(context) {
    const body = viewTemplate(context)?.body;
    if (!body || body.variables.length === 0) return;
    const text = body.text;
    const first = body.variables[0]!;
    const last = body.variables[body.variables.length - 1]!;
    for (const v of body.variables) {
      if ((v === first && text.slice(0, v.start).trim() === '') || (v === last && text.slice(v.end).trim() === '')) continue;
      // The segment around the variable, bounded by line breaks and sentence ends (. ! ? followed by space).
      const before = text.slice(0, v.start);
      const after = text.slice(v.end);
      const startAt = Math.max(before.lastIndexOf('\n'), lastSentenceEnd(before)) + 1;
      const afterEnd = firstBoundary(after);
      const segment = before.slice(startAt) + after.slice(0, afterEnd);
      const others = body.variables.some((o) => o !== v && o.start >= startAt && o.end <= v.end + afterEnd);
      if (!others && NO_CONTEXT.test(segment)) {
        reportAt(context, {
          path: body.pointer,
          start: v.start,
          end: v.end,
          messageId: 'alone',
          data: { variable: `{{${v.key}}}` },
        });
      }
    }
  },
};

function lastSentenceEnd(text: string): number {
  let at = -1;
  const re = /[.!?](?=\s)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) at = m.index;
  return at;
}

function firstBoundary(text: string): number {
  const newline = text.indexOf('\n');
  const m = /[.!?](\s|$)/.exec(text);
  const sentence = m ? m.index + 1 : -1;
  const candidates = [newline, sentence].filter((n) => n >= 0);
  return candidates.length > 0 ? Math.min(...candidates) : text.length;
}
