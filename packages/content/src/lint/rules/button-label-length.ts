import { arrayItems, propertyNode, stringProperty, type JsonNode } from '../json/tree.js';
import type { Limit } from '../../types.js';
import type { TemplateText } from '../file.js';
import { ruleMeta, type Rule, type RuleContext } from '../rule.js';
import { checkLength, notificationParts, parameterEntries, renderedLength, structuredOf, type ParameterEntry } from '../structure.js';

/** Button labels, reply-button and quick-reply titles, URL and phone values of buttons. */
export const buttonLabelLength: Rule = {
  meta: ruleMeta({ id: 'button-label-length', defaultSeverity: 'error', description: 'Button labels (and button URLs and phone numbers) must fit the profile.', fixable: false }),
  check(context) {
    const s = context.file.structured;
    if (!s) return;
    const interactive = context.limit('interactive.string.length');
    if (structuredOf(context, 'notification')) {
      for (const button of notificationParts(s).buttons) checkButton(context, button.node, context.limit('buttons.label.length') ?? interactive, parameterEntries(context, button));
    } else if (structuredOf(context, 'reply-buttons', 'quick-replies')) {
      const limit = context.limit('replyButtons.title.length') ?? interactive;
      for (const item of s.items) {
        check(context, context.file.templateOf(propertyNode(item.node, 'text')), limit, `The ${item.type === 'reply-button' ? 'reply-button title' : 'quick-reply title'}`);
        if (item.type === 'reply-button') check(context, context.file.templateOf(propertyNode(item.node, 'id')), context.limit('replyButtons.id.length'), 'The reply-button id');
      }
    } else if (structuredOf(context, 'generic')) {
      for (const card of s.items) {
        arrayItems(propertyNode(card.node, 'buttons')).forEach((b) => checkButton(context, b, context.limit('buttons.label.length') ?? interactive, []));
      }
    }
  },
};

function checkButton(context: RuleContext, node: JsonNode, label: Limit | undefined, params: ParameterEntry[]): void {
  check(context, context.file.templateOf(propertyNode(node, 'text')), label, 'The button label');
  const type = stringProperty(node, 'type');
  if (type === 'url-button') {
    const url = context.file.templateOf(propertyNode(node, 'url'));
    if (url) checkLength(context, url, renderedLength(context, url, params), context.limit('buttons.url.length'), 'The button URL');
  } else if (type === 'phone-button') {
    check(context, context.file.templateOf(propertyNode(node, 'phone')), context.limit('buttons.phone.length'), 'The button phone number');
  }
}

function check(context: RuleContext, text: TemplateText | undefined, limit: Limit | undefined, what: string): void {
  if (text && limit) checkLength(context, text, renderedLength(context, text), limit, what);
}
