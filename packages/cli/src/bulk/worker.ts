/** Entry of a bulk render worker thread: compiles the response once, then renders batches on request. */
import { parentPort, workerData } from 'node:worker_threads';
import { renderBatch } from './batch.js';
import { createRowRenderer, type BulkSetup, type RowInput } from './rows.js';

const { setup, where } = workerData as { setup: BulkSetup; where: string };
const renderer = await createRowRenderer(setup);
// Messages sent while the renderer was being created wait in the port until this listener starts it.
parentPort!.on('message', (message: { id: number; rows: RowInput[] }) => {
  parentPort!.postMessage({ id: message.id, outcome: renderBatch(renderer, message.rows, where) });
});
