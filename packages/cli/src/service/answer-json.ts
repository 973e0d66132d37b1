/**
 * JSON text of render answers, made here rather than by Fastify's serializer. A library response
 * reports the same findings on most requests (its compile-time warnings, a limit that does not
 * depend on the data), so each finding's JSON, positioned in the library file, is made once per
 * entry and reused: a request then serializes only its payload.
 */
import type { Diagnostic } from '@fieldcode/language';
import type { ContentApi } from '../content.js';
import type { LibraryEntry } from './library.js';

/** Findings remembered per library entry (a bound: data-dependent messages could vary without end). */
const maxCachedPerEntry = 512;
const cache = new WeakMap<LibraryEntry, Map<string, string>>();

/**
 * A finding as the API answers it: `code`, `severity`, `message`, `range`, `path`. Fixes and
 * suggestions are editor data (text edits relative to the template string) and are left out.
 */
export function diagnosticJson(diagnostic: Diagnostic): string {
  const { code, severity, message, range, path } = diagnostic;
  return JSON.stringify(path === undefined ? { code, severity, message, range } : { code, severity, message, range, path });
}

/** What identifies a finding's answer: everything {@link diagnosticJson} writes, before positioning. */
function keyOf(d: Diagnostic): string {
  return `${d.code}\u0000${d.severity}\u0000${d.path ?? ''}\u0000${d.range.start.offset}\u0000${d.range.end.offset}\u0000${d.message}`;
}

/**
 * JSON of `diagnostics` positioned in the entry's file (line and column of the field code, as
 * `fieldcode render` prints them); the file is parsed only for findings not seen before.
 */
export function entryDiagnosticsJson(
  api: Pick<ContentApi, 'positionInJsonText'>,
  entry: LibraryEntry,
  diagnostics: readonly Diagnostic[],
): string[] {
  if (diagnostics.length === 0) return [];
  // A .txt response has no JSON file around its template: the template position is the position.
  if (entry.path.toLowerCase().endsWith('.txt')) return diagnostics.map(diagnosticJson);
  let known = cache.get(entry);
  if (known === undefined) cache.set(entry, (known = new Map()));
  const keys = diagnostics.map(keyOf);
  const missing: number[] = [];
  keys.forEach((key, i) => {
    if (!known.has(key)) missing.push(i);
  });
  if (missing.length === 0) return keys.map((key) => known.get(key)!);
  const positioned = api.positionInJsonText(
    entry.text,
    missing.map((i) => diagnostics[i]!),
  );
  const fresh = new Map<number, string>();
  missing.forEach((i, n) => {
    const json = diagnosticJson(positioned[n]!);
    fresh.set(i, json);
    if (known.size < maxCachedPerEntry) known.set(keys[i]!, json);
  });
  return keys.map((key, i) => fresh.get(i) ?? known.get(key)!);
}

/** `{"output":…,"diagnostics":[…],"ok":…}`: the shape of `renderStandardResponse`'s result. */
export function answerJson(output: unknown, diagnostics: readonly string[], ok: boolean): string {
  return `{"output":${JSON.stringify(output ?? null)},"diagnostics":[${diagnostics.join(',')}],"ok":${ok}}`;
}
