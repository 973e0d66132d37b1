/** `@fieldcode/content` — standard responses: schemas, limit profiles, lint, rendering, ESP requests. */
export type * from './types.js';
