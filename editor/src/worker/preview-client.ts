/**
 * Main-thread side of the preview worker: `<fieldcode-preview>` computes the preview of a large
 * response there (see preview-data.ts). One request runs at a time.
 *
 * Replacing a stale preview is cheap: the worker is kept, and keeps its own copy of the source,
 * so a request carries only the change since the previous request's source (one replacement,
 * found by comparing the two texts), not a 2 MB text. A cancelled request is dropped by the worker
 * before its next step (parse, compile, render); its answer is never shown. So that a stale
 * preview never delays the current one, a request sent while the worker is still inside a step of
 * a cancelled one ends that worker and starts another with the whole text (the studio cancels at
 * the keystroke and asks again 300 ms later, so the worker has usually dropped it by then).
 */
import type { PreviewData, PreviewInput } from '../preview/preview-data.js';
import type { PreviewRequest, WorkerResponse } from './protocol.js';
import type { TextSync } from './mirror.js';
import { changeBetween } from './incremental.js';
import { workerUrl } from '../config.js';

interface Running {
  id: number;
  input: PreviewInput;
  resolve: (data: PreviewData) => void;
  reject: (reason: Error) => void;
}

let worker: Worker | null = null;
let nextId = 1;
let running: Running | null = null;
/** The source the worker holds, and its version (the id of the request that sent it); null for a new worker. */
let held: { text: string; version: number } | null = null;
/** Requests the worker has not answered yet (a cancelled one still computing is among them). */
const owed = new Set<number>();

/** Thrown to the caller of a preview request replaced by a newer one. */
export class PreviewCancelled extends Error {}

/** Cancels the preview being computed, if any (its text is stale: the author typed again). */
export function cancelPreview(): void {
  if (!running) return;
  worker?.postMessage({ type: 'preview-cancel', id: running.id });
  running.reject(new PreviewCancelled('replaced by a newer text'));
  running = null;
}

/** Ends the worker (and forgets what it held). */
function endWorker(): void {
  worker?.terminate();
  worker = null;
  held = null;
  owed.clear();
}

/** Computes a preview in the worker; rejects with {@link PreviewCancelled} when a newer request replaces it. */
export function previewInWorker(input: PreviewInput): Promise<PreviewData> {
  cancelPreview();
  // A step of a stale preview is still running: the current one does not wait for it.
  if (owed.size > 0) endWorker();
  const id = nextId++;
  return new Promise((resolve, reject) => {
    running = { id, input, resolve, reject };
    send(running);
  });
}

/** The source as the change from the text the worker holds (the whole text when it holds none). */
function syncOf(source: string, version: number): TextSync {
  if (!held) return { version, text: source };
  const change = changeBetween(held.text, source);
  const edit = { offset: change.start, length: change.baseEnd - change.start, text: source.slice(change.start, change.newEnd) };
  return { version, fromVersion: held.version, edits: [edit] };
}

function send(request: Running): void {
  const target = (worker ??= startWorker());
  const { source, ...settings } = request.input;
  const sync = syncOf(source, request.id);
  held = { text: source, version: request.id };
  owed.add(request.id);
  target.postMessage({ type: 'preview', id: request.id, input: settings, sync } satisfies PreviewRequest);
}

function startWorker(): Worker {
  const started = new Worker(workerUrl('lint'), { name: 'fieldcode-preview' });
  started.onmessage = (event: MessageEvent<WorkerResponse>) => {
    const response = event.data;
    if (response.type !== 'preview-result' || started !== worker) return;
    owed.delete(response.id);
    if (running?.id !== response.id) return;
    if (response.dropped === 'resync') {
      // The worker's copy is not the text this client sent (it should not happen): send it whole.
      held = null;
      send(running);
      return;
    }
    const done = running;
    running = null;
    if (response.error !== undefined || !response.data) done.reject(new Error(response.error ?? 'The preview was dropped'));
    else done.resolve(response.data);
  };
  started.onerror = (event) => {
    const failed = running;
    running = null;
    endWorker();
    failed?.reject(new Error(event.message || 'The preview worker failed to start'));
  };
  return started;
}
