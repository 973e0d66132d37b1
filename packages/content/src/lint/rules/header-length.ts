import { propertyNode, stringProperty } from '../json/tree.js';
import { ruleMeta, type Rule } from '../rule.js';
import { checkLength, notificationParts, parameterEntries, placeholders, renderedLength, structuredOf, templateProperty } from '../structure.js';

/** Text headers: length (after filling `{{n}}`) and number of variables. */
export const headerLength: Rule = {
  meta: ruleMeta({ id: 'header-length', defaultSeverity: 'error', description: 'Text headers must fit the profile (60 characters, at most 1 variable on WhatsApp).', fixable: false }),
  check(context) {
    const notification = structuredOf(context, 'notification');
    if (notification) {
      const header = notificationParts(notification).header;
      if (header?.type !== 'text') return;
      const text = templateProperty(context, header.node, 'text');
      if (!text) return;
      const params = parameterEntries(context, header);
      checkLength(context, text, renderedLength(context, text, params), context.limit('header.text.length'), 'The text header');
      const maxVariables = context.limit('header.text.variables');
      const count = placeholders(text.value, true).length;
      if (maxVariables && count > maxVariables.value) {
        context.report({ template: text, message: `The text header has ${count} variables; at most ${maxVariables.value} allowed (${context.profile.name}).` });
      }
      return;
    }
    const interactive = structuredOf(context, 'reply-buttons', 'single-selection-list');
    if (!interactive) return;
    const headerNode = propertyNode(interactive.node, 'header');
    if (stringProperty(headerNode, 'type') !== 'text') return;
    const text = templateProperty(context, headerNode, 'text');
    if (!text) return;
    const limit = interactive.contentType === 'single-selection-list' ? context.limit('list.header.length') ?? context.limit('header.text.length') : context.limit('header.text.length');
    checkLength(context, text, renderedLength(context, text), limit ?? context.limit('interactive.string.length'), 'The text header');
  },
};
