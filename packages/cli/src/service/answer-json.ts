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
const cache = new WeakMap<LibraryEntry, { byMessage: Map<string, KnownFinding[]>; size: number }>();

/**
 * A finding as the API answers it: `code`, `severity`, `message`, `range`, `path`. Fixes and
 * suggestions are editor data (text edits relative to the template string) and are left out.
 */
export function diagnosticJson(diagnostic: Diagnostic): string {
  const { code, severity, message, range, path } = diagnostic;
  return JSON.stringify(path === undefined ? { code, severity, message, range } : { code, severity, message, range, path });
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
  if (known === undefined) cache.set(entry, (known = { byMessage: new Map(), size: 0 }));
  const answers: Array<string | undefined> = diagnostics.map((d) => findKnown(known, d)?.json);
  const missing: number[] = [];
  answers.forEach((json, i) => {
    if (json === undefined) missing.push(i);
  });
  if (missing.length === 0) return answers as string[];
  const positioned = api.positionInJsonText(
    entry.text,
    missing.map((i) => diagnostics[i]!),
  );
  missing.forEach((i, n) => {
    const d = diagnostics[i]!;
    const json = diagnosticJson(positioned[n]!);
    answers[i] = json;
    if (known.size >= maxCachedPerEntry) return;
    known.size++;
    const finding: KnownFinding = {
      code: d.code,
      severity: d.severity,
      path: d.path,
      start: d.range.start.offset,
      end: d.range.end.offset,
      json,
    };
    const candidates = known.byMessage.get(d.message);
    if (candidates === undefined) known.byMessage.set(d.message, [finding]);
    else candidates.push(finding);
  });
  return answers as string[];
}

/** A finding's answer and everything that identifies it besides its message (the map key). */
interface KnownFinding {
  code: string;
  severity: string;
  path: string | undefined;
  start: number;
  end: number;
  json: string;
}

/** Looked up by message first: a recurring finding's message is the same string every time, whose hash V8 keeps. */
function findKnown(known: { byMessage: Map<string, KnownFinding[]> }, d: Diagnostic): KnownFinding | undefined {
  const candidates = known.byMessage.get(d.message);
  if (candidates === undefined) return undefined;
  for (const c of candidates) {
    if (
      c.code === d.code &&
      c.severity === d.severity &&
      c.path === d.path &&
      c.start === d.range.start.offset &&
      c.end === d.range.end.offset
    )
      return c;
  }
  return undefined;
}

/** `{"output":…,"diagnostics":[…],"ok":…}`: the shape of `renderStandardResponse`'s result. */
export function answerJson(output: unknown, diagnostics: readonly string[], ok: boolean): string {
  return `{"output":${JSON.stringify(output ?? null)},"diagnostics":[${diagnostics.join(',')}],"ok":${ok}}`;
}
