// Barrel of src/render: rendering standard responses to channel payloads (SPEC §4.5).
export { renderStandardResponse } from './engine.js';
export { channels, channelNames } from './channels/index.js';
export type { ChannelModule, RenderedMessage, RenderContext, NotificationParts } from './model.js';
export { encodeUrlComponent, URL_LONE_SURROGATE } from './url-component.js';
