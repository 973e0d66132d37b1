/**
 * Main-thread side of the lint workers, shared by every editor of a page; answers are routed to the
 * editor by model URI, and answers older than the editor's latest request are dropped.
 *
 * Two workers: the whole-file lint, and a fast one (incremental answers, validation, InviteToChat
 * mapping). A text under {@link LARGE_TEXT} is linted whole at once. A larger one gets, per
 * keystroke, an incremental answer from the fast worker (the edited string re-linted, see
 * incremental.ts), and the whole-file lint once typing pauses for {@link FULL_LINT_PAUSE_MS} (longer
 * while steady typing keeps cutting it short, see {@link MAX_FULL_LINT_PAUSE_MS}); a
 * whole-file lint still running when a newer text arrives is stale and is cancelled (its worker
 * is ended and started again), so it never holds back the answer for the text shown.
 *
 * The fast worker keeps its own copy of a large text: a request carries the editor's changes since
 * the previous request (see mirror.ts), and the whole text only when the copy is at another
 * version (the first request, an edit the editor could not describe, or the worker's `lint-resync`).
 */
import type { Diagnostic } from '@fieldcode/language';
import type { Diagnostic as WorkerDiagnostic, RenderData } from '@fieldcode/language';
import type { SchemaName } from '@fieldcode/content';
import {
  lintOptionsKey,
  type IncrementalLintRequest,
  type InviteRequest,
  type LintRequest,
  type ValidateRequest,
  type WorkerRequest,
  type WorkerResponse,
} from './protocol.js';
import { workerUrl } from '../config.js';
import { applyEdit } from './incremental.js';
import type { TextEdit } from './mirror.js';

/** From this length (UTF-16 units) on, a text gets incremental answers and a paused whole-file lint. */
export const LARGE_TEXT = 64 * 1024;
/** Pause in typing after which a large text's whole-file lint starts. */
export const FULL_LINT_PAUSE_MS = 300;
/**
 * The longest pause asked for: each whole-file lint cut short by a keystroke doubles the pause
 * (300, 600, 1,200 ms) until one finishes. A 2 MB file's lint takes seconds; started at every short
 * pause of steady typing and ended by the next keystroke, it only takes the processor from the
 * incremental answers.
 */
export const MAX_FULL_LINT_PAUSE_MS = 1200;

/**
 * `lintMs`: time of the lint in the worker; `roundTripMs`: from the request to the answer on the
 * main thread; `provisional`: an incremental answer, the whole-file lint follows; `markersKept`:
 * the findings are those shown before, moved by the edit (monaco moved its markers with the text
 * already, so they need not be set again — 3,000 markers cost the main thread on every keystroke).
 */
export interface LintTiming {
  lintMs: number;
  roundTripMs: number;
  provisional: boolean;
  markersKept?: boolean;
}
type Listener = (diagnostics: Diagnostic[], timing: LintTiming, error?: string) => void;

/** What an editor asks to lint: the settings, the text and its model version, and the changes since its previous request. */
export interface LintInput extends Omit<LintRequest, 'type' | 'id'> {
  /** Model version of `text` (increasing per URI). */
  version: number;
  /** The edits that turn the text of version `fromVersion` into `text`, in order; absent when not known. */
  edits?: { fromVersion: number; edits: TextEdit[] };
}

/** A request sent, with what the fast worker needs to follow its text. */
interface SentRequest {
  request: LintRequest;
  version: number;
  edits: LintInput['edits'];
}

interface Entry {
  listener: Listener;
  /** Id of the latest request, and the time it was sent. */
  latest: number;
  sentAt: number;
  /** Id of the latest request answered by the whole-file lint. */
  exact: number;
  /** Whether the fast worker holds a base for this URI, and the base's diagnostics (incremental answers apply to them). */
  hasBase: boolean;
  baseDiagnostics: Diagnostic[];
  baseVersion: number;
  /** Whether the findings shown are the base's, moved by edits (no finding changed since the base). */
  showingBase: boolean;
  /** The whole-file lint waiting for a pause in typing, or running. */
  timer: ReturnType<typeof setTimeout> | null;
  running: LintRequest | null;
  /** The latest large request (answered incrementally once a base arrives). */
  pending: SentRequest | null;
  /** Version of the text the whole-file lint is running on. */
  runningVersion: number;
  /** Model version of the fast worker's copy of the text (null: it holds none). */
  fastVersion: number | null;
  /** The current pause before the whole-file lint (see {@link MAX_FULL_LINT_PAUSE_MS}). */
  pauseMs: number;
}

let fullWorker: Worker | null = null;
let fastWorker: Worker | null = null;
let nextId = 1;
const listeners = new Map<string, Entry>();
const pendingValidations = new Map<number, (result: { value: unknown; diagnostics: WorkerDiagnostic[] }) => void>();
const pendingInvites = new Map<number, (result: { data: RenderData | null; diagnostics: WorkerDiagnostic[] }) => void>();

function start(name: string): Worker {
  const worker = new Worker(workerUrl('lint'), { name });
  worker.onmessage = (event: MessageEvent<WorkerResponse>) => onAnswer(event.data);
  worker.onerror = (event) => {
    for (const entry of listeners.values())
      entry.listener([], { lintMs: 0, roundTripMs: 0, provisional: false }, event.message || 'The lint worker failed to start');
  };
  return worker;
}

const full = (): Worker => (fullWorker ??= start('fieldcode-lint'));
const fast = (): Worker => (fastWorker ??= start('fieldcode-lint-fast'));

function onAnswer(response: WorkerResponse): void {
  if (response.type === 'invite-result') {
    pendingInvites.get(response.id)?.({ data: response.data, diagnostics: response.diagnostics });
    pendingInvites.delete(response.id);
    return;
  }
  if (response.type === 'validate-result') {
    pendingValidations.get(response.id)?.({ value: response.value, diagnostics: response.diagnostics });
    pendingValidations.delete(response.id);
    return;
  }
  if (response.type === 'preview-result') return;
  const entry = listeners.get(response.uri);
  if (!entry || response.type === 'lint-skip') return;
  if (response.type === 'lint-resync') {
    // The worker dropped its copy; the latest request sends the whole text.
    entry.fastVersion = null;
    if (entry.pending && entry.pending.request.id === entry.latest && entry.pending.request.id === response.id)
      postIncremental(entry, entry.pending);
    return;
  }
  if (response.type === 'lint-result' && entry.running?.id === response.id) {
    const done = entry.running;
    entry.running = null;
    entry.pauseMs = FULL_LINT_PAUSE_MS;
    // The base of the next incremental answers: the whole-file result of a large text.
    if (done.text.length >= LARGE_TEXT && !response.error) {
      entry.hasBase = true;
      entry.baseDiagnostics = response.diagnostics;
      entry.baseVersion++;
      const textVersion = entry.runningVersion;
      // The text goes along only when the worker's copy is another version; an older copy becomes this text (as in the worker).
      const sendText = entry.fastVersion !== textVersion;
      if (sendText && (entry.fastVersion === null || entry.fastVersion < textVersion)) entry.fastVersion = textVersion;
      post(fast(), {
        type: 'lint-base',
        uri: done.uri,
        textVersion,
        ...(sendText ? { text: done.text } : {}),
        options: lintOptionsKey(done),
        diagnostics: response.diagnostics,
        version: entry.baseVersion,
      });
      // A newer text typed while this ran gets its incremental answer now.
      if (entry.pending && entry.pending.request.id === entry.latest && entry.pending.request.id !== done.id)
        postIncremental(entry, entry.pending);
    }
  }
  if (response.id !== entry.latest) return;
  const provisional = response.type === 'lint-edit';
  // An answer for an older base (a whole-file lint arrived meanwhile) does not apply: that lint answers.
  if (provisional && (entry.exact === response.id || response.baseVersion !== entry.baseVersion)) return;
  if (!provisional) entry.exact = response.id;
  let diagnostics = response.type === 'lint-edit' ? [] : response.diagnostics;
  let markersKept = false;
  if (response.type === 'lint-edit') {
    const { answer } = response;
    diagnostics = applyEdit(entry.baseDiagnostics, answer);
    const quiet =
      answer.fresh.length === 0 &&
      !entry.baseDiagnostics.some((d) => d.range.start.offset >= answer.from && d.range.end.offset <= answer.to);
    markersKept = quiet && entry.showingBase;
    entry.showingBase = quiet;
  } else entry.showingBase = entry.hasBase && entry.baseDiagnostics === response.diagnostics;
  entry.listener(
    diagnostics,
    { lintMs: response.durationMs, roundTripMs: performance.now() - entry.sentAt, provisional, markersKept },
    response.type === 'lint-result' ? response.error : undefined,
  );
}

function post(worker: Worker, message: WorkerRequest): void {
  worker.postMessage(message);
}

/** Asks the fast worker for an incremental answer: the changes since its copy when they apply to it, else the whole text. */
function postIncremental(entry: Entry, sent: SentRequest): void {
  const { text, ...settings } = sent.request;
  const edits = sent.edits && entry.fastVersion !== null && sent.edits.fromVersion === entry.fastVersion ? sent.edits : null;
  const message: IncrementalLintRequest = {
    ...settings,
    type: 'lint-incremental',
    sync: edits ? { version: sent.version, fromVersion: edits.fromVersion, edits: edits.edits } : { version: sent.version, text },
  };
  entry.fastVersion = sent.version;
  post(fast(), message);
}

function runFull(entry: Entry, sent: SentRequest): void {
  entry.timer = null;
  entry.running = sent.request;
  entry.runningVersion = sent.version;
  post(full(), sent.request);
}

/** Ends the whole-file lint worker (a stale run cannot be interrupted otherwise) and re-sends the other editors' runs. */
function cancelFull(uri: string): void {
  fullWorker?.terminate();
  fullWorker = null;
  for (const [other, entry] of listeners) {
    if (other === uri) entry.running = null;
    else if (entry.running) post(full(), entry.running);
  }
}

/** Subscribes an editor (by model URI) to its lint answers; returns the function that unsubscribes. */
export function subscribeLint(uri: string, listener: Listener): () => void {
  listeners.set(uri, {
    listener,
    latest: 0,
    sentAt: 0,
    exact: 0,
    hasBase: false,
    baseDiagnostics: [],
    baseVersion: 0,
    showingBase: false,
    timer: null,
    running: null,
    pending: null,
    runningVersion: -1,
    fastVersion: null,
    pauseMs: FULL_LINT_PAUSE_MS,
  });
  return () => {
    const entry = listeners.get(uri);
    if (entry?.timer) clearTimeout(entry.timer);
    if (entry?.hasBase || entry?.fastVersion !== null) post(fast(), { type: 'forget', uri });
    listeners.delete(uri);
    if (listeners.size === 0 && pendingValidations.size === 0 && pendingInvites.size === 0) {
      fullWorker?.terminate();
      fastWorker?.terminate();
      fullWorker = null;
      fastWorker = null;
    }
  };
}

/** Sends a lint request for a subscribed editor. */
export function requestLint(given: LintInput): void {
  const entry = listeners.get(given.uri);
  if (!entry) return;
  entry.latest = nextId++;
  entry.sentAt = performance.now();
  const { version, edits, ...settings } = given;
  const sent: SentRequest = { request: { ...settings, type: 'lint', id: entry.latest }, version, edits };
  if (entry.timer) clearTimeout(entry.timer);
  entry.timer = null;
  if (sent.request.text.length < LARGE_TEXT || sent.request.kind !== 'json') {
    runFull(entry, sent);
    return;
  }
  if (!entry.hasBase) {
    // No base yet: the first whole-file lint runs at once; while it runs, a newer text waits for it.
    if (entry.running) entry.timer = setTimeout(() => runFull(entry, sent), entry.pauseMs);
    else runFull(entry, sent);
    entry.pending = sent;
    return;
  }
  if (entry.running) {
    cancelFull(given.uri);
    entry.pauseMs = Math.min(2 * entry.pauseMs, MAX_FULL_LINT_PAUSE_MS);
  }
  entry.pending = sent;
  postIncremental(entry, sent);
  entry.timer = setTimeout(() => runFull(entry, sent), entry.pauseMs);
}

/** Parses and validates JSON text against a shipped schema in the worker (positioned diagnostics). */
export function validateJson(text: string, schema: SchemaName): Promise<{ value: unknown; diagnostics: WorkerDiagnostic[] }> {
  const id = nextId++;
  return new Promise((resolve) => {
    pendingValidations.set(id, resolve);
    post(fast(), { type: 'validate', id, text, schema } satisfies ValidateRequest);
  });
}

/** Maps an InviteToChat request (DMS log text or JSON) to render data in the worker. */
export function mapInviteToChat(text: string): Promise<{ data: RenderData | null; diagnostics: WorkerDiagnostic[] }> {
  const id = nextId++;
  return new Promise((resolve) => {
    pendingInvites.set(id, resolve);
    post(fast(), { type: 'invite', id, text } satisfies InviteRequest);
  });
}
