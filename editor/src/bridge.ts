/**
 * The parts of `@fieldcode/language` and `@fieldcode/content` the editor's main thread uses, and
 * the one place that adapts their shapes (e.g. the object catalog) to what the editor shows. The
 * lint, sample-data validation and InviteToChat mapping are not imported here: they run in the
 * lint worker (worker/lint-worker.ts), which keeps the page bundle small.
 */
import { builtinFunctions as languageFunctions, objectCatalog, render } from '@fieldcode/language';
import {
  getProfile as contentGetProfile,
  profileNames as contentProfileNames,
  renderStandardResponse,
  schemas,
} from '@fieldcode/content';
import type { FunctionDefinition, RenderData, RenderOptions, RenderResult } from '@fieldcode/language';
import type { LimitProfile, RenderStandardResponseOptions, RenderStandardResponseResult } from '@fieldcode/content';
import type { CatalogObject } from './language-service/catalog.js';

/** Renders a parsed standard response for the preview. */
export function renderResponse(document: unknown, data: RenderData, options: RenderStandardResponseOptions): RenderStandardResponseResult {
  return renderStandardResponse(document, data, options);
}

/** Renders field-code text with render data. */
export function renderTemplate(source: string, data: RenderData, options: RenderOptions = {}): RenderResult {
  return render(source, data, options);
}

export function builtinFunctions(): ReadonlyMap<string, FunctionDefinition> {
  return languageFunctions;
}

export function getProfile(name: string | undefined): LimitProfile | undefined {
  return name ? contentGetProfile(name) : undefined;
}

export function profileNames(): readonly string[] {
  return contentProfileNames;
}

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

