/**
 * Runs batches on worker threads (or in this thread) and hands results back in submission order,
 * with a bounded number of batches in flight so memory stays flat whatever the input size.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { renderBatch, type BatchOutcome } from './batch.js';
import type { Batch } from './batch-rows.js';
import { createRowRenderer, type BulkSetup } from './rows.js';

/** Something that renders batches. */
export interface BatchRunner {
  run(batch: Batch): Promise<BatchOutcome>;
  close(): Promise<void>;
}

/** The built worker script next to the bundle; undefined when running from sources (tests). */
export function workerScript(): URL | undefined {
  const url = new URL('./bulk-worker.js', import.meta.url);
  return existsSync(fileURLToPath(url)) ? url : undefined;
}

/** Renders in the calling thread (no worker script available, or tests). */
export async function inProcessRunner(setup: BulkSetup, where: string): Promise<BatchRunner> {
  const renderer = await createRowRenderer(setup);
  return {
    run: async (batch) => renderBatch(renderer, batch, where),
    close: async () => undefined,
  };
}

interface Pending {
  resolve(outcome: BatchOutcome): void;
  reject(error: Error): void;
}

/** A worker's answer: the outcome (its bytes transferred), or why the batch could not be rendered. */
export type WorkerAnswer = { id: number; outcome: BatchOutcome } | { id: number; failure: string };

/**
 * `count` worker threads, batches dealt round-robin (each worker answers its own batches in order).
 * Batch bytes are transferred to the worker and output bytes back: nothing is copied between threads.
 */
export function threadRunner(count: number, setup: BulkSetup, where: string, script: URL): BatchRunner {
  let nextId = 0;
  let turn = 0;
  const pendings = new Map<number, Pending>();
  const workers = Array.from({ length: count }, () => {
    const worker = new Worker(script, { workerData: { setup, where } });
    worker.on('message', (message: WorkerAnswer) => {
      const pending = pendings.get(message.id);
      pendings.delete(message.id);
      if ('outcome' in message) pending?.resolve(message.outcome);
      else pending?.reject(new Error(message.failure));
    });
    const failAll = (error: Error): void => {
      for (const pending of pendings.values()) pending.reject(error);
      pendings.clear();
    };
    worker.on('error', failAll);
    worker.on('exit', (code) => failAll(new Error(`a render worker stopped (exit code ${code})`)));
    return worker;
  });
  return {
    run(batch) {
      const id = nextId++;
      const worker = workers[turn]!;
      turn = (turn + 1) % workers.length;
      return new Promise<BatchOutcome>((resolve, reject) => {
        pendings.set(id, { resolve, reject });
        worker.postMessage({ id, batch }, batch.kind === 'rows' ? [] : [batch.bytes.buffer as ArrayBuffer]);
      });
    },
    async close() {
      for (const worker of workers) worker.removeAllListeners('exit');
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}

/**
 * Feeds `batches` to `runner` with at most `inFlight` outstanding, and calls `sink` with each
 * outcome in input order. Stops early (without error) when `signal` aborts.
 */
export async function runOrdered(
  batches: AsyncIterable<Batch>,
  runner: BatchRunner,
  inFlight: number,
  sink: (outcome: BatchOutcome) => Promise<void>,
  signal?: AbortSignal,
): Promise<void> {
  const queue: Promise<BatchOutcome>[] = [];
  try {
    for await (const batch of batches) {
      if (signal?.aborted) return;
      const next = runner.run(batch);
      next.catch(() => undefined); // awaited below, in order
      queue.push(next);
      while (queue.length >= inFlight) await sink(await queue.shift()!);
    }
    while (queue.length > 0) {
      if (signal?.aborted) return;
      await sink(await queue.shift()!);
    }
  } finally {
    await Promise.allSettled(queue);
  }
}
