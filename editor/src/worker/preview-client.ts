/**
 * Main-thread side of the preview worker: `<fieldcode-preview>` computes the preview of a large
 * response there (see preview-data.ts). One request runs at a time; a newer one cancels it (the
 * worker is ended and started again), so a stale preview never delays the current one.
 */
import type { PreviewData, PreviewInput } from '../preview/preview-data.js';
import type { WorkerResponse } from './protocol.js';
import { workerUrl } from '../config.js';

let worker: Worker | null = null;
let nextId = 1;
let running: { id: number; resolve: (data: PreviewData) => void; reject: (reason: Error) => void } | null = null;

/** Thrown to the caller of a preview request replaced by a newer one. */
export class PreviewCancelled extends Error {}

/**
 * Cancels the preview being computed, if any (its text is stale: the author typed again); the
 * worker is ended, since a running computation cannot be interrupted otherwise.
 */
export function cancelPreview(): void {
  if (!running) return;
  worker?.terminate();
  worker = null;
  running.reject(new PreviewCancelled('replaced by a newer text'));
  running = null;
}

/** Computes a preview in the worker; rejects with {@link PreviewCancelled} when a newer request replaces it. */
export function previewInWorker(input: PreviewInput): Promise<PreviewData> {
  cancelPreview();
  const id = nextId++;
  return new Promise((resolve, reject) => {
    running = { id, resolve, reject };
    if (!worker) {
      const started = new Worker(workerUrl('lint'), { name: 'fieldcode-preview' });
      started.onmessage = (event: MessageEvent<WorkerResponse>) => {
        const response = event.data;
        if (response.type !== 'preview-result' || running?.id !== response.id) return;
        const done = running;
        running = null;
        if (response.error !== undefined) done.reject(new Error(response.error));
        else done.resolve(response.data!);
      };
      started.onerror = (event) => {
        const failed = running;
        running = null;
        worker = null;
        failed?.reject(new Error(event.message || 'The preview worker failed to start'));
      };
      worker = started;
    }
    worker.postMessage({ type: 'preview', id, input });
  });
}
