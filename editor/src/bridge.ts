/**
 * Adapts shapes of `@fieldcode/language` and `@fieldcode/content` to what the editor shows (the
 * object catalog for completion, the schemas for monaco's JSON service). The lint, sample-data
 * validation and InviteToChat mapping are not imported on the main thread: they run in the lint
 * worker (worker/lint-worker.ts), which keeps the page bundle small.
 */
import { objectCatalog } from '@fieldcode/language';
import { schemas } from '@fieldcode/content';
import type { CatalogObject } from './language-service/catalog.js';

/** The language's object catalog (Contact, Agent, Interaction and their documented properties). */
export function catalogObjects(): CatalogObject[] {
  return [...objectCatalog.values()].map((object) => ({
    name: object.name,
    description: object.description,
    properties: [...object.properties.values()].map((p) => ({ name: p.name, type: p.type, description: p.description })),
  }));
}

/** The shipped JSON Schemas as `{ name, schema }` pairs. */
export function jsonSchemas(): Array<{ name: string; schema: Record<string, unknown> }> {
  return Object.entries(schemas).map(([name, schema]) => ({ name, schema: schema as unknown as Record<string, unknown> }));
}
