/**
 * Limits re-checked on the rendered message (SPEC §4.3, §4.5): data can make a text that fitted
 * as a template too long, and parameter values in header or button positions must not contain
 * a newline, a tab or a run of more than 4 spaces (Meta error 132018). Only limits that the
 * profile defines are checked; counts do not change with rendering and are left to lint.
 */
import type { LimitId } from '../types.js';
import { measureLength } from '@fieldcode/language';
import { lengthUnitName } from '../profiles/index.js';
import { list, notificationParts, obj, str, type Item, type RenderContext, type RenderedMessage } from './model.js';

interface LengthCheck {
  code: string;
  limit: LimitId;
  what: string;
}

const CHECKS = {
  header: { code: 'header-length', limit: 'header.text.length', what: 'Header text' },
  body: { code: 'body-length', limit: 'body.length', what: 'Body' },
  footer: { code: 'footer-length', limit: 'footer.length', what: 'Footer' },
  buttonLabel: { code: 'button-label-length', limit: 'buttons.label.length', what: 'Button label' },
  replyTitle: { code: 'button-label-length', limit: 'replyButtons.title.length', what: 'Reply button title' },
  listHeader: { code: 'list-text-length', limit: 'list.header.length', what: 'List header' },
  listBody: { code: 'list-text-length', limit: 'list.body.length', what: 'List body' },
  listButton: { code: 'list-text-length', limit: 'list.button.length', what: 'List button label' },
  sectionTitle: { code: 'list-text-length', limit: 'list.sectionTitle.length', what: 'Section title' },
  rowTitle: { code: 'list-text-length', limit: 'list.rowTitle.length', what: 'Row title' },
  rowDescription: { code: 'list-text-length', limit: 'list.rowDescription.length', what: 'Row description' },
  cardBody: { code: 'carousel-cards', limit: 'carousel.cardBody.length', what: 'Card body (title and subtitle)' },
  text: { code: 'body-length', limit: 'text.length', what: 'Text message' },
} satisfies Record<string, LengthCheck>;

export function checkRenderedLimits(message: RenderedMessage, context: RenderContext): void {
  const { profile } = context;
  const length = (check: LengthCheck, text: string | undefined, pointer: string): void => {
    const max = profile.limits[check.limit]?.value;
    if (text === undefined || max === undefined) return;
    const size = measureLength(text, profile.lengthUnit);
    if (size > max) {
      context.report(check.code, 'error', `${check.what} is ${size} ${lengthUnitName(profile.lengthUnit)} after rendering; the ${profile.name} limit is ${max}`, pointer);
    }
  };
  const field = (check: LengthCheck, item: Item | undefined, key: string): void => {
    if (item !== undefined) length(check, str(item, key), context.pointerOf(item, key));
  };
  const whitespace = (item: Item, where: string): void => {
    const maxSpaces = profile.limits['parameter.maxConsecutiveSpaces']?.value ?? 4;
    for (const parameter of list(item, 'parameters')) {
      const value = str(parameter, 'value') ?? '';
      const problem = /\n|\r/.test(value) ? 'a newline' : value.includes('\t') ? 'a tab' : new RegExp(` {${maxSpaces + 1},}`).test(value) ? `more than ${maxSpaces} consecutive spaces` : undefined;
      if (problem !== undefined) {
        context.report('parameter-whitespace', 'error', `The rendered value of parameter ${JSON.stringify(str(parameter, 'name') ?? '')} in the ${where} contains ${problem}`, context.pointerOf(parameter, 'value'));
      }
    }
  };
  const textHeader = (header: Item | undefined, check: LengthCheck): void => {
    if (header !== undefined && str(header, 'type') === 'text') field(check, header, 'text');
  };

  switch (message.contentType) {
    case 'notification': {
      const parts = notificationParts(message.items);
      if (parts.header !== undefined && str(parts.header, 'type') === 'text') {
        field(CHECKS.header, parts.header, 'text');
        whitespace(parts.header, 'header');
      }
      field(CHECKS.body, parts.body, 'text');
      field(CHECKS.footer, parts.footer, 'text');
      for (const button of parts.buttons) {
        field(CHECKS.buttonLabel, button, 'text');
        whitespace(button, 'button');
      }
      break;
    }
    case 'reply-buttons':
    case 'quick-replies': {
      textHeader(obj(message.body, 'header'), CHECKS.header);
      field(CHECKS.body, message.body, 'text');
      field(CHECKS.footer, message.body, 'footer');
      for (const button of message.items) field(CHECKS.replyTitle, button, 'text');
      break;
    }
    case 'single-selection-list': {
      textHeader(obj(message.body, 'header'), CHECKS.listHeader);
      field(CHECKS.listBody, message.body, 'text');
      field(CHECKS.footer, message.body, 'footer');
      field(CHECKS.listButton, message.body, 'button');
      for (const section of message.items) {
        field(CHECKS.sectionTitle, section, 'title');
        for (const row of list(section, 'rows')) {
          field(CHECKS.rowTitle, row, 'title');
          field(CHECKS.rowDescription, row, 'description');
        }
      }
      break;
    }
    case 'generic': {
      field(CHECKS.body, message.body, 'text');
      for (const card of message.items) {
        const title = str(card, 'title') ?? '';
        const subtitle = str(card, 'subtitle');
        length(CHECKS.cardBody, subtitle ? `${title}\n${subtitle}` : title, context.pointerOf(card));
        for (const button of list(card, 'buttons')) {
          field(CHECKS.buttonLabel, button, 'text');
          whitespace(button, 'button');
        }
      }
      break;
    }
    case 'text':
      field(CHECKS.text, message.body, 'text');
      break;
  }
}
