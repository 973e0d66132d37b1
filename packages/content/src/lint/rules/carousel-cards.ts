import { arrayItems, propertyNode, stringProperty } from '../json/tree.js';
import { childPointer } from '../json/pointer.js';
import { ruleMeta, type Rule } from '../rule.js';
import type { TemplateText } from '../file.js';
import { CAROUSEL_COUNT_MESSAGES, carouselCountFindings } from '../../message/counts.js';
import { checkTableLimits, LENGTH_MESSAGES, nodeOfPointer, structuredOf } from '../structure.js';

/** Meta's interactive carousel: a card body has at most 2 line breaks (limits reference §2, META-CAROUSEL-MSG). */
const MAX_CARD_LINE_BREAKS = 2;

/** Line breaks in the literal text of a template (values from data are not known here). */
function literalLineBreaks(context: Parameters<Rule['check']>[0], template: TemplateText): number {
  let count = 0;
  for (const part of context.parse(template).ast.body) if (part.kind === 'Text') count += part.value.split('\n').length - 1;
  return count;
}

/**
 * Carousels: 2–10 cards, card body (title + "\n" + subtitle) ≤ 160, all cards alike, and — on
 * WhatsApp profiles, where a carousel is sent as an interactive carousel — each card's buttons are
 * either one URL button or quick replies only.
 */
export const carouselCards: Rule = {
  meta: ruleMeta({
    id: 'carousel-cards',
    defaultSeverity: 'error',
    description: 'Carousels must have 2–10 alike cards whose bodies fit the profile.',
    fixable: false,
    messages: {
      ...LENGTH_MESSAGES,
      ...CAROUSEL_COUNT_MESSAGES,
      cardWithoutButtons:
        'A WhatsApp carousel card takes either one URL button or quick-reply buttons only; this card has no buttons ({{profile}}).',
      cardButtons:
        'A WhatsApp carousel card takes either one URL button or quick-reply buttons only; this card has {{types}} ({{profile}}).',
      cardLineBreaks:
        'The card body (title and subtitle) has {{count}} line breaks; WhatsApp carousel cards take at most {{max}} ({{profile}}).',
      cardsDiffer: 'Every card must have the same components: the first card has ({{expected}}), this one ({{actual}}).',
    },
  }),
  check(context) {
    const s = structuredOf(context, 'generic');
    if (!s) return;
    const profile = context.profile.name;
    const cards = s.items;
    const model = context.file.response?.model;
    // The counts come from the model (message/counts.ts), shared with the editor's problem list.
    if (model !== undefined && model !== context.file.response?.plain)
      for (const finding of carouselCountFindings(model, context.profile))
        context.report({
          node: nodeOfPointer(context, finding.pointer) ?? s.node,
          path: finding.pointer,
          messageId: finding.messageId,
          data: finding.data,
        });
    if (context.limit('carousel.cardButtons')) {
      for (const card of cards) {
        const buttons = propertyNode(card.node, 'buttons');
        const types = arrayItems(buttons).map((b) => stringProperty(b, 'type') ?? '?');
        const oneUrl = types.length === 1 && types[0] === 'url-button';
        const repliesOnly = types.length > 0 && types.every((t) => t === 'quick-reply');
        if (oneUrl || repliesOnly) continue;
        context.report({
          node: buttons ?? card.node,
          path: buttons ? childPointer(card.pointer, 'buttons') : card.pointer,
          ...(types.length === 0
            ? { messageId: 'cardWithoutButtons', data: { profile } }
            : { messageId: 'cardButtons', data: { types: types.join(', '), profile } }),
        });
      }
    }
    for (const { check } of checkTableLimits(context, 'carousel-cards')) {
      // WhatsApp's interactive carousel takes at most 2 line breaks in a card body.
      if (!context.limit('carousel.cardButtons')) continue;
      const [title, subtitle] = check.texts.map((text) => context.file.templateAt(text.pointer));
      if (!title) continue;
      const breaks = literalLineBreaks(context, title) + (subtitle ? 1 + literalLineBreaks(context, subtitle) : 0);
      if (breaks > MAX_CARD_LINE_BREAKS) {
        context.report({
          template: subtitle ?? title,
          messageId: 'cardLineBreaks',
          data: { count: breaks, max: MAX_CARD_LINE_BREAKS, profile },
        });
      }
    }
    // All cards alike: same media kind and the same button types in the same order.
    const shape = (node: import('../json/tree.js').JsonNode) =>
      `${propertyNode(node, 'image') ? 'image' : propertyNode(node, 'video') ? 'video' : 'no media'} | ${
        arrayItems(propertyNode(node, 'buttons'))
          .map((b) => stringProperty(b, 'type') ?? '?')
          .join(', ') || 'no buttons'
      }`;
    const first = cards[0];
    if (!first) return;
    const expected = shape(first.node);
    for (const card of cards.slice(1)) {
      const actual = shape(card.node);
      if (actual !== expected) {
        context.report({
          node: card.node,
          path: card.pointer,
          messageId: 'cardsDiffer',
          data: { expected, actual },
        });
      }
    }
  },
};
