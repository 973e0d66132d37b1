/**
 * The bytes of render answers, made here rather than by Fastify's serializer. An answer is
 * `{"output":…,"diagnostics":[…],"ok":…}`: the output is serialized per request (see
 * output-json.ts), and the rest — its "tail" — is the same bytes on most requests of a response
 * (its compile-time warnings, a limit that does not depend on the data). So each finding's JSON,
 * positioned in the library file, is made once per response, each recurring tail is kept encoded
 * as UTF-8, and a request writes its output once, straight into the answer's buffer.
 */
import type { Diagnostic } from '@fieldcode/language';
import type { ContentApi } from '../content.js';

/** Findings remembered per response (a bound: data-dependent messages could vary without end). */
const maxCachedPerSource = 512;
/** Encoded tails remembered per response (the distinct finding lists its requests keep producing). */
const maxTailsPerSource = 16;

/** The encoded `,"diagnostics":[…],"ok":…}` of one answer. */
export type AnswerTail = Uint8Array;

/** A finding as the API answers it, and everything that identifies it. */
interface KnownFinding {
  code: string;
  severity: string;
  message: string;
  path: string | undefined;
  start: number;
  end: number;
  json: string;
}

/** An encoded tail and the findings it lists. */
interface KnownTail {
  ok: boolean;
  findings: readonly KnownFinding[];
  bytes: AnswerTail;
}

interface SourceCache {
  /** By the finding's start offset. */
  byStart: Map<number, KnownFinding[]>;
  size: number;
  tails: KnownTail[];
  /** Where the next tail goes once `tails` is full (the oldest is replaced). */
  nextTail: number;
}

/** Per response: a library entry, or a compiled inline response. */
const caches = new WeakMap<object, SourceCache>();

const emptyTails = { ok: Buffer.from(',"diagnostics":[],"ok":true}'), failed: Buffer.from(',"diagnostics":[],"ok":false}') };

/**
 * A finding as the API answers it: `code`, `severity`, `message`, `range`, `path`. Fixes and
 * suggestions are editor data (text edits relative to the template string) and are left out.
 */
export function diagnosticJson(diagnostic: Diagnostic): string {
  const { code, severity, message, range, path } = diagnostic;
  return JSON.stringify(path === undefined ? { code, severity, message, range } : { code, severity, message, range, path });
}

/** The tail of an answer listing `findings` (each a {@link diagnosticJson}), encoded. */
export function tailOf(findings: readonly string[], ok: boolean): AnswerTail {
  if (findings.length === 0) return ok ? emptyTails.ok : emptyTails.failed;
  return Buffer.from(`,"diagnostics":[${findings.join(',')}],"ok":${ok}}`, 'utf8');
}

/**
 * The tail of an answer of `source` (a library entry or a compiled inline response). Findings not
 * seen before for that source are positioned in `text`, the response's JSON file (line and column,
 * as `fieldcode render` prints them; undefined: the findings keep their template positions) and
 * serialized; a list of findings seen before answers the bytes encoded then.
 */
export function answerTail(
  api: Pick<ContentApi, 'positionInJsonText'>,
  source: object,
  text: string | undefined,
  diagnostics: readonly Diagnostic[],
  ok: boolean,
): AnswerTail {
  if (diagnostics.length === 0) return ok ? emptyTails.ok : emptyTails.failed;
  let known = caches.get(source);
  if (known === undefined) caches.set(source, (known = { byStart: new Map(), size: 0, tails: [], nextTail: 0 }));
  // The usual case: the findings of an earlier answer, in the same order.
  for (const tail of known.tails) if (tail.ok === ok && sameFindings(tail.findings, diagnostics)) return tail.bytes;
  const findings: KnownFinding[] = [];
  let missing: number[] | undefined;
  for (let i = 0; i < diagnostics.length; i++) {
    const finding = findKnown(known, diagnostics[i]!);
    if (finding === undefined) (missing ??= []).push(i);
    findings.push(finding!);
  }
  // Findings met for the first time (or past the bound: then the tail is not kept either).
  let kept = true;
  if (missing !== undefined) {
    const found = missing.map((i) => diagnostics[i]!);
    const positioned = text === undefined ? found : api.positionInJsonText(text, found);
    missing.forEach((i, n) => {
      const json = diagnosticJson(positioned[n]!);
      const finding = remember(known, diagnostics[i]!, json);
      if (finding === undefined) kept = false;
      findings[i] = finding ?? { ...identity(diagnostics[i]!), json };
    });
  }
  const bytes = tailOf(
    findings.map((f) => f.json),
    ok,
  );
  if (kept) {
    const tail: KnownTail = { ok, findings, bytes };
    if (known.tails.length < maxTailsPerSource) known.tails.push(tail);
    else {
      known.tails[known.nextTail] = tail;
      known.nextTail = (known.nextTail + 1) % maxTailsPerSource;
    }
  }
  return bytes;
}

function sameFindings(known: readonly KnownFinding[], diagnostics: readonly Diagnostic[]): boolean {
  if (known.length !== diagnostics.length) return false;
  for (let i = 0; i < known.length; i++) if (!isFinding(known[i]!, diagnostics[i]!)) return false;
  return true;
}

/** Compared field by field, the message last (a render may build it afresh every time: the longest comparison). */
function isFinding(c: KnownFinding, d: Diagnostic): boolean {
  return (
    c.start === d.range.start.offset &&
    c.end === d.range.end.offset &&
    c.code === d.code &&
    c.severity === d.severity &&
    c.path === d.path &&
    c.message === d.message
  );
}

function identity(d: Diagnostic): Omit<KnownFinding, 'json'> {
  return { code: d.code, severity: d.severity, message: d.message, path: d.path, start: d.range.start.offset, end: d.range.end.offset };
}

/** Stores a new finding's answer; undefined once the source has {@link maxCachedPerSource} of them. */
function remember(known: SourceCache, d: Diagnostic, json: string): KnownFinding | undefined {
  if (known.size >= maxCachedPerSource) return undefined;
  known.size++;
  const finding: KnownFinding = { ...identity(d), json };
  const candidates = known.byStart.get(finding.start);
  if (candidates === undefined) known.byStart.set(finding.start, [finding]);
  else candidates.push(finding);
  return finding;
}

/**
 * Looked up by start offset (a number: no hashing of a message that a render may build afresh every
 * time), then compared field by field.
 */
function findKnown(known: SourceCache, d: Diagnostic): KnownFinding | undefined {
  const candidates = known.byStart.get(d.range.start.offset);
  if (candidates === undefined) return undefined;
  for (const c of candidates) if (isFinding(c, d)) return c;
  return undefined;
}

/** Answers are cut from shared slabs of this size (fewer, larger allocations than one per answer). */
const slabSize = 64 * 1024;
let slab = Buffer.allocUnsafeSlow(slabSize);
let slabUsed = 0;

/**
 * One answer's bytes: `head` (ASCII, ending in `"output":`), the output's JSON text, the tail, and a
 * line end for NDJSON. Each part is encoded once, straight into a slab shared with the answers
 * before it (as Node's own buffer pool does: a slab is freed when its last answer is).
 */
export function answerBytes(head: string, output: string, tail: AnswerTail, lineEnd = false): Buffer {
  // A UTF-16 code unit takes at most 3 bytes in UTF-8.
  const room = head.length + output.length * 3 + tail.length + 1;
  let bytes: Buffer;
  let start = 0;
  if (room > slabSize / 8) bytes = Buffer.allocUnsafeSlow(room);
  else {
    if (slabUsed + room > slabSize) {
      slab = Buffer.allocUnsafeSlow(slabSize);
      slabUsed = 0;
    }
    bytes = slab;
    start = slabUsed;
  }
  let end = start + bytes.write(head, start, 'latin1');
  end += bytes.write(output, end, 'utf8');
  bytes.set(tail, end);
  end += tail.length;
  if (lineEnd) bytes[end++] = 0x0a;
  if (bytes === slab) slabUsed = (end + 7) & ~7;
  return bytes.subarray(start, end);
}
