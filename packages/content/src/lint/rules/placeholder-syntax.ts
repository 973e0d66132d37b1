import type { TemplateText } from '../file.js';
import { templateEdit } from '../fixes.js';
import { ruleMeta, type Rule, type RuleContext } from '../rule.js';
import { notificationParts, structuredOf, templateProperty } from '../structure.js';

/** Templates of a notification that may hold `{{n}}` placeholders: body, text header, URL buttons. */
export function placeholderTemplates(context: RuleContext): Array<{ template: TemplateText; role: 'body' | 'header' | 'url' }> {
  const s = structuredOf(context, 'notification');
  if (!s) return [];
  const parts = notificationParts(s);
  const out: Array<{ template: TemplateText; role: 'body' | 'header' | 'url' }> = [];
  const body = templateProperty(context, parts.body?.node, 'text');
  if (body) out.push({ template: body, role: 'body' });
  if (parts.header?.type === 'text') {
    const header = templateProperty(context, parts.header.node, 'text');
    if (header) out.push({ template: header, role: 'header' });
  }
  for (const b of parts.buttons) {
    if (b.type !== 'url-button') continue;
    const url = templateProperty(context, b.node, 'url');
    if (url) out.push({ template: url, role: 'url' });
  }
  return out;
}

const CANDIDATE = /\{+[ \t]*\(?[ \t]*([0-9]+)[ \t]*\)?[ \t]*\}+/g;

/** Malformed placeholders (`{1}`, `{{ 1}`, `{(1)}`, `{{1}`, `{{{1}}}`) with a fix to `{{1}}`. */
export const placeholderSyntax: Rule = {
  meta: ruleMeta({ id: 'placeholder-syntax', defaultSeverity: 'error', description: 'Placeholders must be written exactly `{{n}}`.', fixable: true }),
  check(context) {
    for (const { template } of placeholderTemplates(context)) {
      const text = template.value;
      CANDIDATE.lastIndex = 0;
      for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
        const canonical = `{{${Number(m[1])}}}`;
        if (m[0] === canonical) continue;
        context.report({
          template,
          start: m.index,
          end: m.index + m[0].length,
          message: `Malformed placeholder '${m[0]}': write '${canonical}'.`,
          fix: templateEdit(template, m.index, m.index + m[0].length, canonical),
        });
      }
    }
  },
};
