/**
 * Main-thread side of the lint workers, shared by every editor of a page; answers are routed to the
 * editor by model URI, and answers older than the editor's latest request are dropped.
 *
 * Two workers: the whole-file lint, and a fast one (incremental answers, validation, InviteToChat
 * mapping). A text under {@link LARGE_TEXT} is linted whole at once. A larger one gets, per
 * keystroke, an incremental answer from the fast worker (the edited string re-linted, see
 * incremental.ts), and the whole-file lint once typing pauses for {@link FULL_LINT_PAUSE_MS}; a
 * whole-file lint still running when a newer text arrives is stale and is cancelled (its worker
 * is ended and started again), so it never holds back the answer for the text shown.
 */
import type { Diagnostic } from '@fieldcode/language';
import type { Diagnostic as WorkerDiagnostic, RenderData } from '@fieldcode/language';
import type { SchemaName } from '@fieldcode/content';
import {
  lintOptionsKey,
  type InviteRequest,
  type LintRequest,
  type ValidateRequest,
  type WorkerRequest,
  type WorkerResponse,
} from './protocol.js';
import { workerUrl } from '../config.js';
import { applyEdit } from './incremental.js';

/** From this length (UTF-16 units) on, a text gets incremental answers and a paused whole-file lint. */
export const LARGE_TEXT = 64 * 1024;
/** Pause in typing after which a large text's whole-file lint starts. */
export const FULL_LINT_PAUSE_MS = 300;

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
  pending: LintRequest | null;
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
  if (response.type === 'lint-result' && entry.running?.id === response.id) {
    const done = entry.running;
    entry.running = null;
    // The base of the next incremental answers: the whole-file result of a large text.
    if (done.text.length >= LARGE_TEXT && !response.error) {
      entry.hasBase = true;
      entry.baseDiagnostics = response.diagnostics;
      entry.baseVersion++;
      post(fast(), {
        type: 'lint-base',
        uri: done.uri,
        text: done.text,
        options: lintOptionsKey(done),
        diagnostics: response.diagnostics,
        version: entry.baseVersion,
      });
      // A newer text typed while this ran gets its incremental answer now.
      if (entry.pending && entry.pending.id === entry.latest && entry.pending.id !== done.id)
        post(fast(), { ...entry.pending, type: 'lint-incremental' });
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

function runFull(entry: Entry, request: LintRequest): void {
  entry.timer = null;
  entry.running = request;
  post(full(), request);
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
  });
  return () => {
    const entry = listeners.get(uri);
    if (entry?.timer) clearTimeout(entry.timer);
    if (entry?.hasBase) post(fast(), { type: 'forget', uri });
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
export function requestLint(given: Omit<LintRequest, 'type' | 'id'>): void {
  const entry = listeners.get(given.uri);
  if (!entry) return;
  entry.latest = nextId++;
  entry.sentAt = performance.now();
  const request: LintRequest = { ...given, type: 'lint', id: entry.latest };
  if (entry.timer) clearTimeout(entry.timer);
  entry.timer = null;
  if (request.text.length < LARGE_TEXT || request.kind !== 'json') {
    runFull(entry, request);
    return;
  }
  if (!entry.hasBase) {
    // No base yet: the first whole-file lint runs at once; while it runs, a newer text waits for it.
    if (entry.running) entry.timer = setTimeout(() => runFull(entry, request), FULL_LINT_PAUSE_MS);
    else runFull(entry, request);
    entry.pending = request;
    return;
  }
  if (entry.running) cancelFull(request.uri);
  entry.pending = request;
  post(fast(), { ...request, type: 'lint-incremental' });
  entry.timer = setTimeout(() => runFull(entry, request), FULL_LINT_PAUSE_MS);
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
