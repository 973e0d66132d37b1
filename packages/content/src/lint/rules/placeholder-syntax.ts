import type { TemplateText } from '../file.js';
import { templateEdit } from '../fixes.js';
import { ruleMeta, type Rule, type RuleContext } from '../rule.js';
import { notificationParts, placeholders, structuredOf, templateProperty } from '../structure.js';

/** Templates of a notification that may hold `{{n}}` placeholders: body, text header, URL buttons. */
export function placeholderTemplates(context: RuleContext): Array<{ template: TemplateText; role: 'body' | 'header' | 'url' }> {
  const s = structuredOf(context, 'notification');
  if (!s) return [];
  const parts = notificationParts(context);
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

/** `{{first_name}}`: Meta's named style, which the Genesys notification shape does not use. */
const NAMED = /\{\{\s*[A-Za-z_][A-Za-z0-9_]*\s*\}\}/g;

/** Malformed placeholders (`{1}`, `{{ 1}`, `{(1)}`, `{{1}`, `{{{1}}}`) with a fix to `{{1}}`. */
export const placeholderSyntax: Rule = {
  meta: ruleMeta({
    id: 'placeholder-syntax',
    defaultSeverity: 'error',
    description: 'Placeholders must be written exactly `{{n}}`.',
    fixable: true,
  }),
  check(context) {
    for (const { template } of placeholderTemplates(context)) {
      const text = template.value;
      for (const p of placeholders(text, true)) {
        const written = text.slice(p.start, p.end);
        const canonical = `{{${p.number}}}`;
        if (written === canonical) continue;
        context.report({
          template,
          start: p.start,
          end: p.end,
          message: `Malformed placeholder '${written}': write '${canonical}'.`,
          fix: templateEdit(template, p.start, p.end, canonical),
        });
      }
      NAMED.lastIndex = 0;
      for (let m = NAMED.exec(text); m; m = NAMED.exec(text)) {
        context.report({
          template,
          start: m.index,
          end: m.index + m[0].length,
          message: `Named placeholder '${m[0]}': notification parameters are numbered; write {{1}}, {{2}}… with a parameter of that index.`,
        });
      }
    }
  },
};
