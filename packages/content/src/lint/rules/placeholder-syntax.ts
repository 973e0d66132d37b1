import type { TemplateText } from '../file.js';
import { templateEdit } from '../fixes.js';
import { ruleMeta, type Rule, type RuleContext } from '../rule.js';
import { isParameterName, scanPlaceholders } from '../../message/placeholders.js';
import { parameterFormat, structuredOf } from '../structure.js';

/**
 * Templates of a notification that may hold placeholders: body, text header, URL buttons, as the
 * message model splits the notification.
 */
export function placeholderTemplates(context: RuleContext): Array<{ template: TemplateText; role: 'body' | 'header' | 'url' }> {
  const model = context.file.response?.model;
  if (!structuredOf(context, 'notification') || model === undefined || model.contentType !== 'notification') return [];
  const out: Array<{ template: TemplateText; role: 'body' | 'header' | 'url' }> = [];
  const add = (pointer: string | undefined, role: 'body' | 'header' | 'url') => {
    const template = context.file.templateAt(pointer);
    if (template) out.push({ template, role });
  };
  add(model.body?.text?.pointer, 'body');
  if (model.header?.type === 'text') add(model.header.text?.pointer, 'header');
  for (const button of model.buttons) if (button.type === 'url-button') add(button.url?.pointer, 'url');
  return out;
}

/**
 * Placeholders must be written exactly as the response's parameter format says: `{{1}}` when
 * positional (the default), `{{first_name}}` when the envelope declares `"parameterFormat": "named"`
 * (header and body; a URL button's suffix is `{{1}}` in both formats, as Meta has it). Malformed
 * spellings get a fix; the other format is an error (Meta rejects a template that mixes them).
 */
export const placeholderSyntax: Rule = {
  meta: ruleMeta({
    id: 'placeholder-syntax',
    defaultSeverity: 'error',
    description: 'Placeholders must be written exactly `{{n}}`, or `{{name}}` when the response declares named parameters.',
    fixable: true,
    messages: {
      malformed: "Malformed placeholder '{{written}}': write '{{canonical}}'.",
      namedInPositional:
        'Named placeholder \'{{written}}\': this response\'s parameters are positional; write {{positional}} with a parameter of that index, or declare "parameterFormat": "named".',
      positionalInNamed:
        "Positional placeholder '{{written}}' in a response with named parameters: write {{named}} with a parameter of that name (Meta rejects a template that mixes both formats).",
      namedInUrl:
        "Named placeholder '{{written}}' in a button URL: a URL button's variable is always {{positional}}, also with named parameters.",
      badName: "Placeholder name '{{name}}': Meta's parameter names use lowercase letters, digits and underscores only.",
    },
  }),
  check(context) {
    const named = parameterFormat(context) === 'named';
    for (const { template, role } of placeholderTemplates(context)) {
      const text = template.value;
      const expectNamed = named && role !== 'url';
      for (const p of scanPlaceholders(text)) {
        const written = text.slice(p.start, p.end);
        const at = { template, start: p.start, end: p.end };
        if (p.named !== expectNamed) {
          const messageId = p.named ? (role === 'url' ? 'namedInUrl' : 'namedInPositional') : 'positionalInNamed';
          // Literal braces go through data: the message template reads {{…}} as its own fields.
          context.report({
            ...at,
            messageId,
            data: { written, positional: p.named && role === 'url' ? '{{1}}' : '{{1}}, {{2}}…', named: '{{a_name}}' },
          });
          continue;
        }
        if (p.named && !isParameterName(p.key)) {
          const lower = p.key.toLowerCase();
          context.report({
            ...at,
            messageId: 'badName',
            data: { name: p.key },
            ...(isParameterName(lower) ? { fix: templateEdit(template, p.start, p.end, `{{${lower}}}`) } : {}),
          });
          continue;
        }
        if (p.canonical) continue;
        const canonical = `{{${p.key}}}`;
        context.report({
          ...at,
          messageId: 'malformed',
          data: { written, canonical },
          fix: templateEdit(template, p.start, p.end, canonical),
        });
      }
    }
  },
};
