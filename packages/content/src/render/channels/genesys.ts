/**
 * `genesys` (default): the same structured shape as the standard response, rendered — field codes
 * evaluated in every string, `content` sorted by `index`, `{{n}}` placeholders filled,
 * `parameters` sorted by `index` with their `value` rendered. This is what DMS sends on.
 *
 * A notification's copy-code buttons are left out with a `channel-unsupported` warning: the
 * Genesys WhatsApp guide documents quick-reply, URL and phone-number template buttons only.
 */
import { str, type ChannelModule } from '../model.js';

export const genesys: ChannelModule = {
  name: 'genesys',
  description: 'Genesys structured body, rendered (same shape as the standard response)',
  render(message, context) {
    if (message.contentType !== 'notification' || !message.items.some((item) => str(item, 'type') === 'copy-code-button'))
      return message.body;
    const content = message.items.filter((item) => {
      if (str(item, 'type') !== 'copy-code-button') return true;
      context.report(
        'channel-unsupported',
        'warning',
        'The Genesys WhatsApp connector has no copy-code button (its guide documents quick-reply, URL and phone-number buttons); it is not sent',
        context.pointerOf(item),
      );
      return false;
    });
    return { ...message.body, content };
  },
};
