/**
 * Adapts shapes of `@fieldcode/content` to what the editor shows (the schemas for monaco's JSON
 * service). The lint, sample-data
 * validation and InviteToChat mapping are not imported on the main thread: they run in the lint
 * worker (worker/lint-worker.ts), which keeps the page bundle small.
 */
import { schemas } from '@fieldcode/content';

/** The shipped JSON Schemas as `{ name, schema }` pairs. */
export function jsonSchemas(): Array<{ name: string; schema: Record<string, unknown> }> {
  return Object.entries(schemas).map(([name, schema]) => ({ name, schema: schema as unknown as Record<string, unknown> }));
}
