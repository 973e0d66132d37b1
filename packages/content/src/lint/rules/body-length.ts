import { getNodeValue } from 'jsonc-parser';
import type { TemplateText } from '../file.js';
import { renderTemplate } from '../language.js';
import { propertyNode } from '../json/tree.js';
import { ruleMeta, type Rule, type RuleContext } from '../rule.js';
import { checkLength, notificationParts, parameterEntries, placeholders, renderedLength, structuredOf, templateProperty, unitName, type LengthBounds, type ParameterEntry } from '../structure.js';

/**
 * Message bodies: the notification body with `{{n}}` filled by its parameters, interactive bodies,
 * list bodies (error and "many clients" warning figures), plain text and `.txt` files.
 */
export const bodyLength: Rule = {
  meta: ruleMeta({ id: 'body-length', defaultSeverity: 'error', description: 'Message bodies must fit the profile (1024 characters for WhatsApp templates, also after rendering).', fixable: false }),
  check(context) {
    const plain = context.file.plainText;
    if (plain) checkBody(context, plain, [], context.limit('text.length'), 'The text');
    const s = context.file.structured;
    if (!s) return;
    switch (s.contentType) {
      case 'notification': {
        const body = notificationParts(s).body;
        const text = body && templateProperty(context, body.node, 'text');
        if (body && text) {
          const params = parameterEntries(context, body);
          const bounds = checkBody(context, text, params, context.limit('body.length'), 'The body');
          checkWithSampleData(context, text, params, bounds);
        }
        break;
      }
      case 'single-selection-list': {
        const text = templateProperty(context, s.node, 'text');
        if (!text) break;
        const limit = context.limit('list.body.length') ?? context.limit('body.length') ?? context.limit('interactive.string.length');
        const bounds = checkBody(context, text, [], limit, 'The list body');
        const warn = context.limit('list.body.warnLength');
        if (bounds && warn && limit && bounds.min > warn.value && bounds.min <= limit.value) {
          context.report({
            template: text,
            severity: 'warning',
            message: `The list body is ${bounds.min} ${unitName(context)} long; many WhatsApp clients and providers still cap list bodies at ${warn.value}.`,
          });
        }
        break;
      }
      case 'text': {
        const text = templateProperty(context, s.node, 'text');
        if (text) checkBody(context, text, [], context.limit('text.length'), 'The text');
        break;
      }
      default: {
        if (structuredOf(context, 'reply-buttons', 'quick-replies', 'generic')) {
          const text = templateProperty(context, s.node, 'text');
          const limit = context.limit('body.length') ?? context.limit('interactive.string.length') ?? context.limit('text.length');
          if (text) checkBody(context, text, [], limit, 'The body');
        }
      }
    }
  },
};

function checkBody(context: RuleContext, text: TemplateText, params: ParameterEntry[], limit: { value: number; source: string } | undefined, what: string) {
  if (!limit) return undefined;
  const bounds = renderedLength(context, text, params);
  checkLength(context, text, bounds, limit, what);
  return bounds;
}

/**
 * "Also after rendering": with the envelope's `sampleData`, render the body (field codes
 * evaluated, `{{n}}` filled with the rendered parameters) and check the result too.
 */
function checkWithSampleData(context: RuleContext, text: TemplateText, params: ParameterEntry[], bounds: LengthBounds | undefined): void {
  const limit = context.limit('body.length');
  const sample = propertyNode(context.file.envelope, 'sampleData');
  if (!limit || !bounds || bounds.min > limit.value || !sample || sample.type !== 'object') return;
  const data = getNodeValue(sample) as unknown;
  const values = new Map<number, string>();
  for (const p of params) if (p.index !== undefined && p.value) values.set(p.index, renderTemplate(p.value.value, data));
  let rendered = renderTemplate(text.value, data);
  const found = placeholders(rendered);
  for (let i = found.length - 1; i >= 0; i--) {
    const p = found[i]!;
    const value = values.get(p.number);
    if (value !== undefined) rendered = rendered.slice(0, p.start) + value + rendered.slice(p.end);
  }
  const length = context.measure(rendered);
  if (length > limit.value) {
    context.report({
      template: text,
      message: `With the sample data the body renders to ${length} ${unitName(context)}; the limit is ${limit.value} (${context.profile.name}).`,
    });
  }
}
