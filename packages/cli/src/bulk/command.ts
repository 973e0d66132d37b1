/**
 * `fieldcode render FILE --bulk CONTACTS`: renders one response for every contact of an NDJSON or
 * CSV file, in input order, on worker threads, with constant memory.
 */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { displayPath } from '../config.js';
import { ExitCode, UsageError } from '../errors.js';
import type { CliIo } from '../io.js';
import { openFileAtomic, writeFileAtomic, type AtomicFile } from '../write-atomic.js';
import type { BatchOutcome } from './batch.js';
import { columnTargets, parseMappings } from './columns.js';
import { inProcessRunner, runOrdered, threadRunner, workerScript, type BatchRunner } from './pool.js';
import { progressDisplay } from './progress.js';
import type { Batch } from './batch-rows.js';
import { CsvInputError } from './csv-error.js';
import { RecipientCheck } from './recipients.js';
import { csvBatches, formatOf, ndjsonBatches, type ContactsFormat, type ReadProgress } from './readers.js';
import type { BulkSetup } from './rows.js';
import { interruptSignal } from '../interrupt.js';

/** What `fieldcode render` passes on for a bulk run. */
export interface BulkRequest {
  /** The contacts file as given on the command line. */
  contacts: string;
  format?: ContactsFormat;
  setup: Omit<BulkSetup, 'columns'>;
  /** Worker threads; 0 renders in this thread. Default: available cores. */
  workers?: number;
  out?: string;
  report?: string;
  /** `--map HEADER=TARGET` values. */
  mappings: readonly string[];
  /** Response file as shown (for the report). */
  responseShown: string;
  /** `--allow-duplicate-recipients`: no duplicate-recipient check (and no memory per recipient). */
  allowDuplicateRecipients?: boolean;
}

/** Exit code of a run stopped by SIGINT/SIGTERM (128 + SIGINT, the shell convention). */
const interruptedExit = 130;
/** Failure lines printed on stderr; the rest are in the output and the --report. */
const maxFailureLines = 50;

/** Summary written by `--report`. */
export interface BulkReport {
  response: string;
  contacts: string;
  format: ContactsFormat;
  channel: string;
  rows: number;
  ok: number;
  failed: number;
  /** Per diagnostic code: number of findings and the first rows that have it. */
  codes: Record<string, { count: number; firstRows: number[] }>;
}

/** What a caller may control besides the request: an abort signal instead of SIGINT/SIGTERM, the progress bar's clock. */
export interface BulkControl {
  stop?: AbortSignal;
  clock?: () => number;
}

export async function runBulk(io: CliIo, request: BulkRequest, control: BulkControl = {}): Promise<number> {
  const contactsPath = resolve(io.cwd, request.contacts);
  const shown = displayPath(io.cwd, contactsPath);
  const format = request.format ?? formatOf(contactsPath);
  if (format === undefined)
    throw new UsageError(`render: cannot tell the format of ${shown} from its extension (use --format ndjson or --format csv)`);
  let size: number;
  try {
    const stats = statSync(contactsPath);
    if (!stats.isFile()) throw new UsageError(`render: ${shown} is not a regular file`);
    size = stats.size;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`render: cannot read ${shown} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const mappings = parseMappings(request.mappings);
  if (format === 'ndjson' && mappings.size > 0) throw new UsageError('render: --map applies to CSV contacts only');

  const progressBytes: ReadProgress = { bytes: 0 };
  let batches: AsyncIterable<Batch>;
  const setup: BulkSetup = { ...request.setup };
  try {
    if (format === 'csv') {
      const csv = await csvBatches(contactsPath, progressBytes);
      setup.columns = columnTargets(csv.headers, mappings);
      batches = csv.batches;
    } else {
      batches = ndjsonBatches(contactsPath, progressBytes);
    }
  } catch (error) {
    if (error instanceof CsvInputError) {
      io.stderr.write(`${shown}:${error.line}: error ${error.message} [csv-syntax]\n`);
      return ExitCode.problems;
    }
    throw error;
  }

  const workers = request.workers ?? availableParallelism();
  const script = workerScript();
  const runner: BatchRunner =
    workers === 0 || script === undefined ? await inProcessRunner(setup, shown) : threadRunner(workers, setup, shown, script);
  const listening = control.stop === undefined ? interruptSignal() : undefined;
  const interrupt = control.stop ?? listening!.signal;
  let out: AtomicFile | undefined;
  const progress = progressDisplay(io, size, () => progressBytes.bytes, control.clock);
  const totals = { rows: 0, ok: 0, failed: 0, codes: Object.create(null) as BulkReport['codes'], failureLines: 0 };
  try {
    if (request.out !== undefined) out = await openFileAtomic(resolve(io.cwd, request.out));
    const write = out !== undefined ? out.write.bind(out) : (bytes: Uint8Array) => writeStdout(io, bytes);
    const recipients = request.allowDuplicateRecipients === true ? undefined : new RecipientCheck(shown);
    const sink = async (outcome: BatchOutcome): Promise<void> => {
      if (outcome.csvError !== undefined) throw new CsvInputError(outcome.csvError.message, outcome.csvError.line);
      recipients?.apply(outcome);
      // A Buffer view (no copy) of the bytes a worker transferred as a plain Uint8Array.
      if (outcome.bytes.byteLength > 0) await write(Buffer.from(outcome.bytes.buffer, outcome.bytes.byteOffset, outcome.bytes.byteLength));
      totals.ok += outcome.ok;
      totals.failed += outcome.failed;
      totals.rows += outcome.ok + outcome.failed;
      for (const [code, entry] of Object.entries(outcome.codes)) {
        const total = (totals.codes[code] ??= { count: 0, firstRows: [] });
        total.count += entry.count;
        for (const row of entry.rows) if (total.firstRows.length < 10) total.firstRows.push(row);
      }
      for (const line of outcome.failures) {
        if (totals.failureLines++ < maxFailureLines) io.stderr.write(`${line}\n`);
      }
      progress.update(totals.rows);
    };
    await runOrdered(batches, runner, Math.max(2, workers * 2), sink, interrupt);
    progress.done();
    if (interrupt.aborted) {
      await out?.abort();
      io.stderr.write(
        `fieldcode: interrupted after ${totals.rows} rows${request.out === undefined ? '' : `; ${request.out} was not written`}\n`,
      );
      return interruptedExit;
    }
    await out?.commit();
  } catch (error) {
    progress.done();
    await out?.abort();
    if (error instanceof CsvInputError) {
      io.stderr.write(`${shown}:${error.line}: error ${error.message} [csv-syntax]\n`);
      io.stderr.write(
        `fieldcode: ${shown} could not be read past line ${error.line}${request.out === undefined ? '' : `; ${request.out} was not written`}\n`,
      );
      return ExitCode.problems;
    }
    throw error;
  } finally {
    listening?.release();
    await runner.close();
  }

  if (totals.failureLines > maxFailureLines)
    io.stderr.write(
      `… ${totals.failureLines - maxFailureLines} more failure lines (see the output${request.report === undefined ? '' : ' and the report'})\n`,
    );
  io.stderr.write(`fieldcode: ${totals.rows} ${totals.rows === 1 ? 'row' : 'rows'}: ${totals.ok} ok, ${totals.failed} failed\n`);
  if (request.report !== undefined) {
    const report: BulkReport = {
      response: request.responseShown,
      contacts: shown,
      format,
      channel: setup.options.channel,
      rows: totals.rows,
      ok: totals.ok,
      failed: totals.failed,
      codes: sortedCodes(totals.codes),
    };
    await writeFileAtomic(resolve(io.cwd, request.report), `${JSON.stringify(report, null, 2)}\n`);
  }
  return totals.failed > 0 ? ExitCode.problems : ExitCode.ok;
}

function sortedCodes(codes: BulkReport['codes']): BulkReport['codes'] {
  const sorted: BulkReport['codes'] = {};
  for (const code of Object.keys(codes).sort()) sorted[code] = codes[code]!;
  return sorted;
}

/** Writes to stdout and waits for it to drain when the pipe is full (backpressure). */
async function writeStdout(io: CliIo, bytes: Uint8Array): Promise<void> {
  const stream = io.stdout as CliIo['stdout'] & { once?: (event: 'drain', listener: () => void) => unknown };
  if (stream.write(bytes) === false && typeof stream.once === 'function') {
    await new Promise<void>((resolve) => stream.once!('drain', resolve));
  }
}
