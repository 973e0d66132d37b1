import { ruleMeta, type Rule } from '../rule.js';
import { reportAt, viewTemplate } from '../template-view.js';

/**
 * Two variables with only spaces between them give the reviewer no context; Meta may reject the
 * template (Twilio's WhatsApp template rules; BSP rejection guides). Header and body.
 */
export const templateAdjacentVariables: Rule = {
  meta: ruleMeta({
    id: 'template-adjacent-variables',
    defaultSeverity: 'warning',
    description: 'No two template variables side by side without text between them (Meta may reject the template).',
    fixable: false,
    messages: {
      adjacent: 'Adjacent variables {{first}} and {{second}}: put text between them (Meta may reject the template).',
    },
  }),
  check(context) {
    const template = viewTemplate(context);
    for (const part of [template?.header?.text, template?.body]) {
      if (!part) continue;
      for (let i = 1; i < part.variables.length; i++) {
        const a = part.variables[i - 1]!;
        const b = part.variables[i]!;
        if (part.text.slice(a.end, b.start).trim() !== '') continue;
        reportAt(context, {
          path: part.pointer,
          start: a.start,
          end: b.end,
          messageId: 'adjacent',
          data: { first: `{{${a.key}}}`, second: `{{${b.key}}}` },
        });
      }
    }
  },
};
