/** Channel registry: one module per channel (docs/channels.md). */
import type { ChannelName } from '../../types.js';
import type { ChannelModule } from '../model.js';
import { genesys } from './genesys.js';
import { openMessaging } from './open-messaging.js';
import { text } from './text.js';
import { whatsappCloud } from './whatsapp-cloud.js';

/** The channels, keyed by name (`genesys` is the default). */
export const channels: ReadonlyMap<string, ChannelModule> = new Map<string, ChannelModule>([
  ['genesys', genesys],
  ['whatsapp-cloud', whatsappCloud],
  ['open-messaging', openMessaging],
  ['text', text],
]);

/** Channel names, default first. */
export const channelNames: readonly ChannelName[] = Object.freeze(['genesys', 'whatsapp-cloud', 'open-messaging', 'text']);
