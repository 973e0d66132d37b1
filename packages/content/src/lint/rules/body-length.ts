import type { TemplateText } from '../file.js';
import { ruleMeta, type Rule, type RuleContext } from '../rule.js';
import { checkTableLimits, LENGTH_MESSAGES, unitName, type LengthBounds } from '../structure.js';

/**
 * Message bodies: the notification body with `{{n}}` filled by its parameters, interactive bodies,
 * list bodies (error and "many clients" warning figures), plain text and `.txt` files.
 */
export const bodyLength: Rule = {
  meta: ruleMeta({
    id: 'body-length',
    defaultSeverity: 'error',
    description: 'Message bodies must fit the profile (1024 characters for WhatsApp templates, also after rendering).',
    fixable: false,
    messages: {
      ...LENGTH_MESSAGES,
      listBodyCap: 'The list body is {{length}} {{unit}} long; many WhatsApp clients and providers still cap list bodies at {{cap}}.',
      sampleDataTooLong: 'With the sample data the body renders to {{length}} {{unit}}; the limit is {{limit}} ({{profile}}).',
    },
  }),
  check(context) {
    const contentType = context.file.response?.model.contentType;
    for (const { check, template, bounds } of checkTableLimits(context, 'body-length')) {
      if (contentType === 'notification' && check.id === 'body.length' && template.pointer !== '/plainText')
        checkWithSampleData(context, template, bounds);
      if (check.id === 'list.body.length' || (contentType === 'single-selection-list' && template.pointer !== '/plainText')) {
        const warn = context.limit('list.body.warnLength');
        if (warn && bounds.min > warn.value && bounds.min <= check.limit.value) {
          context.report({
            template,
            severity: 'warning',
            messageId: 'listBodyCap',
            data: { length: bounds.min, unit: unitName(context), cap: warn.value },
          });
        }
      }
    }
  },
};

/**
 * "Also after rendering": with the envelope's `sampleData`, render the body (field codes
 * evaluated, `{{n}}` filled with the rendered parameters) and check the result too.
 */
function checkWithSampleData(context: RuleContext, text: TemplateText, bounds: LengthBounds): void {
  const limit = context.limit('body.length');
  const response = context.file.response;
  const sample = response?.sampleData;
  if (!limit || bounds.min > limit.value || !response || !sample) return;
  // The compiled response renders the body exactly as the renderer does.
  const rendered = response.renderedText(text.pointer, sample);
  const length = rendered === undefined ? 0 : context.measure(rendered);
  if (length > limit.value) {
    context.report({
      template: text,
      messageId: 'sampleDataTooLong',
      data: { length, unit: unitName(context), limit: limit.value, profile: context.profile.name },
    });
  }
}
