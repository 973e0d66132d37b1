/**
 * `genesys` (default): the same structured shape as the standard response, rendered — field codes
 * evaluated in every string, `content` sorted by `index`, `{{n}}` placeholders filled,
 * `parameters` sorted by `index` with their `value` rendered. This is what DMS sends on.
 */
import type { ChannelModule } from '../model.js';

export const genesys: ChannelModule = {
  name: 'genesys',
  description: 'Genesys structured body, rendered (same shape as the standard response)',
  render(message) {
    return message.body;
  },
};
