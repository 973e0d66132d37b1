/**
 * Inline responses (`"response": { … }` in a render request) compiled once per distinct JSON and
 * kept in a small least-recently-used cache per library configuration: an integration that sends
 * the same response with every request pays the compile once, not per request. Bounded in entries
 * and in key size, so a client sending ever new responses costs a compile each, never memory.
 */
import type { RenderStandardResponseOptions } from '@fieldcode/content';
import { compileResponse, type CompiledResponse } from '../compiled-response.js';
import type { ContentApi } from '../content.js';
import type { LibrarySettings } from './library.js';

/** Compiled inline responses kept per configuration. */
export const maxInlineEntries = 64;
/** Inline responses whose JSON is longer are compiled per request and not kept. */
export const maxInlineKeyLength = 64 * 1024;

// Keyed by the settings object: a configuration reload makes a new one, and the old cache goes with it.
const caches = new WeakMap<LibrarySettings, Map<string, CompiledResponse>>();

/** The compiled form of an inline response under `settings` (profile, data dictionary). */
export function compiledInline(
  api: Pick<ContentApi, 'compileStandardResponse'>,
  settings: LibrarySettings,
  response: Record<string, unknown>,
): CompiledResponse {
  const base: RenderStandardResponseOptions = {};
  if (settings.profile !== undefined) base.profile = settings.profile;
  if (settings.dataDictionary !== undefined) base.dataDictionary = settings.dataDictionary;
  const key = JSON.stringify(response);
  if (key.length > maxInlineKeyLength) return compileResponse(api, response, base);
  let cache = caches.get(settings);
  if (cache === undefined) caches.set(settings, (cache = new Map()));
  const known = cache.get(key);
  if (known !== undefined) {
    // Most recently used last: a Map keeps insertion order.
    cache.delete(key);
    cache.set(key, known);
    return known;
  }
  const compiled = compileResponse(api, response, base);
  cache.set(key, compiled);
  if (cache.size > maxInlineEntries) cache.delete(cache.keys().next().value!);
  return compiled;
}
