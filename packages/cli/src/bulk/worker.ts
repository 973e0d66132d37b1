/** Entry of a bulk render worker thread: compiles the response once, then renders batches on request. */
import { parentPort, workerData } from 'node:worker_threads';
import { renderBatch } from './batch.js';
import type { Batch } from './batch-rows.js';
import type { WorkerAnswer } from './pool.js';
import { createRowRenderer, type BulkSetup } from './rows.js';

const { setup, where } = workerData as { setup: BulkSetup; where: string };
const renderer = await createRowRenderer(setup);
// Messages sent while the renderer was being created wait in the port until this listener starts it.
parentPort!.on('message', (message: { id: number; batch: Batch }) => {
  let answer: WorkerAnswer;
  try {
    answer = { id: message.id, outcome: renderBatch(renderer, message.batch, where) };
  } catch (error) {
    answer = { id: message.id, failure: error instanceof Error ? error.message : String(error) };
  }
  // The output bytes move to the main thread instead of being copied.
  parentPort!.postMessage(answer, 'outcome' in answer ? [answer.outcome.bytes.buffer as ArrayBuffer] : []);
});
