/** `@fieldcode/content` — standard responses: schemas, limit profiles, lint, rendering, ESP requests. */
export type * from './types.js';
export * from './model/index.js';
export * from './profiles/index.js';
export * from './lint/index.js';
export * from './render/index.js';
export * from './message/index.js';
export * from './esp/index.js';
export * from './templates/index.js';
export type * from './studio-api.js';
