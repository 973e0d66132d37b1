/**
 * `genesys` (default): the same structured shape as the standard response, rendered — field codes
 * evaluated in every string, `content` sorted by `index`, `{{n}}` placeholders filled,
 * `parameters` sorted by `index` with their `value` rendered. This is what DMS sends on.
 *
 * Two notification items have no documented place in what DMS sends to the Genesys WhatsApp
 * connector, and are left out with a `channel-unsupported` warning at the item rather than passed
 * on unknown:
 * - copy-code buttons: the Genesys WhatsApp guide documents quick-reply, URL and phone-number
 *   template buttons only;
 * - location items: the on-premises structured messages document no location (the DMS
 *   notification example has media, text, body and button items; the WhatsApp connector's guide
 *   describes incoming locations only).
 */
import { str, type ChannelModule, type Item, type RenderContext } from '../model.js';

/** Why an item is not sent, by its `type`. */
const NOT_SENT: Readonly<Record<string, string>> = {
  'copy-code-button':
    'The Genesys WhatsApp connector has no copy-code button (its guide documents quick-reply, URL and phone-number buttons); it is not sent',
  location:
    'Genesys DMS structured messages have no location item (the on-premises format documents none); it is not sent, and WhatsApp refuses a template with a LOCATION header sent without it (error 132000)',
};

const isNotSent = (item: Item): boolean => Object.prototype.hasOwnProperty.call(NOT_SENT, str(item, 'type') ?? '');

/** The notification's items without those DMS cannot send, each reported at its place. */
function sendable(items: Item[], context: RenderContext): Item[] {
  return items.filter((item) => {
    if (!isNotSent(item)) return true;
    context.report('channel-unsupported', 'warning', NOT_SENT[str(item, 'type')!]!, context.pointerOf(item));
    return false;
  });
}

export const genesys: ChannelModule = {
  name: 'genesys',
  description: 'Genesys structured body, rendered (same shape as the standard response)',
  render(message, context) {
    if (message.contentType !== 'notification' || !message.items.some(isNotSent)) return message.body;
    return { ...message.body, content: sendable(message.items, context) };
  },
};
