/**
 * Main-thread side of the lint worker: one worker per page, shared by every editor; answers are
 * routed to the editor by model URI, and answers older than the editor's latest request are dropped.
 */
import type { Diagnostic } from '@fieldcode/language';
import type { Diagnostic as WorkerDiagnostic, RenderData } from '@fieldcode/language';
import type { SchemaName } from '@fieldcode/content';
import type { InviteRequest, LintRequest, ValidateRequest, WorkerResponse } from './protocol.js';
import { workerUrl } from '../config.js';

/** `lintMs`: time of the lint in the worker; `roundTripMs`: from the request to the answer on the main thread. */
type Listener = (diagnostics: Diagnostic[], timing: { lintMs: number; roundTripMs: number }, error?: string) => void;

let worker: Worker | null = null;
let nextId = 1;
const listeners = new Map<string, { listener: Listener; latest: number; sentAt: number }>();
const pendingValidations = new Map<number, (result: { value: unknown; diagnostics: WorkerDiagnostic[] }) => void>();
const pendingInvites = new Map<number, (result: { data: RenderData | null; diagnostics: WorkerDiagnostic[] }) => void>();

function ensureWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(workerUrl('lint'), { name: 'fieldcode-lint' });
  worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
    const response = event.data;
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
    const entry = listeners.get(response.uri);
    if (!entry || response.id !== entry.latest) return;
    entry.listener(response.diagnostics, { lintMs: response.durationMs, roundTripMs: performance.now() - entry.sentAt }, response.error);
  };
  worker.onerror = (event) => {
    for (const entry of listeners.values())
      entry.listener([], { lintMs: 0, roundTripMs: 0 }, event.message || 'The lint worker failed to start');
  };
  return worker;
}

/** Subscribes an editor (by model URI) to its lint answers; returns the function that unsubscribes. */
export function subscribeLint(uri: string, listener: Listener): () => void {
  listeners.set(uri, { listener, latest: 0, sentAt: 0 });
  return () => {
    listeners.delete(uri);
    if (listeners.size === 0 && pendingValidations.size === 0 && pendingInvites.size === 0 && worker) {
      worker.terminate();
      worker = null;
    }
  };
}

/** Sends a lint request for a subscribed editor. */
export function requestLint(request: Omit<LintRequest, 'type' | 'id'>): void {
  const entry = listeners.get(request.uri);
  if (!entry) return;
  entry.latest = nextId++;
  entry.sentAt = performance.now();
  ensureWorker().postMessage({ ...request, type: 'lint', id: entry.latest } satisfies LintRequest);
}

/** Parses and validates JSON text against a shipped schema in the worker (positioned diagnostics). */
export function validateJson(text: string, schema: SchemaName): Promise<{ value: unknown; diagnostics: WorkerDiagnostic[] }> {
  const id = nextId++;
  return new Promise((resolve) => {
    pendingValidations.set(id, resolve);
    ensureWorker().postMessage({ type: 'validate', id, text, schema } satisfies ValidateRequest);
  });
}

/** Maps an InviteToChat request (DMS log text or JSON) to render data in the worker. */
export function mapInviteToChat(text: string): Promise<{ data: RenderData | null; diagnostics: WorkerDiagnostic[] }> {
  const id = nextId++;
  return new Promise((resolve) => {
    pendingInvites.set(id, resolve);
    ensureWorker().postMessage({ type: 'invite', id, text } satisfies InviteRequest);
  });
}
