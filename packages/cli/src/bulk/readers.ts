/**
 * Contacts files read as a stream of row batches: NDJSON split into lines here, CSV parsed by
 * csv-parse. Memory stays bounded by the batch size and the longest allowed line.
 */
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import type { RowInput } from './rows.js';

/** Rows per batch handed to a worker: large enough to amortize messaging, small enough for memory. */
export const batchSize = 256;
/** Longest NDJSON line (or CSV record) accepted; longer ones are a row error. */
export const maxRowBytes = 1024 * 1024;

/** The format of a contacts file, from `--format` or its extension. */
export type ContactsFormat = 'ndjson' | 'csv';

export function formatOf(path: string): ContactsFormat | undefined {
  const lower = path.toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.ndjson') || lower.endsWith('.jsonl')) return 'ndjson';
  return undefined;
}

/** Counts bytes read (for the progress bar). */
export interface ReadProgress {
  bytes: number;
}

/** NDJSON rows in batches; blank lines are skipped; a line over {@link maxRowBytes} becomes a row problem. */
export async function* ndjsonBatches(path: string, progress: ReadProgress): AsyncGenerator<RowInput[]> {
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 256 * 1024 });
  let batch: RowInput[] = [];
  let row = 0;
  let line = 0;
  let partial = '';
  let oversized = false;
  const take = (text: string): void => {
    line++;
    if (oversized) {
      oversized = false;
      batch.push({ row: ++row, line, problem: `Line ${line} is longer than ${maxRowBytes} bytes` });
      return;
    }
    const trimmed = text.endsWith('\r') ? text.slice(0, -1) : text;
    if (trimmed.trim() === '') return;
    batch.push({ row: ++row, line, text: line === 1 && trimmed.charCodeAt(0) === 0xfeff ? trimmed.slice(1) : trimmed });
  };
  for await (const chunk of stream as AsyncIterable<string>) {
    progress.bytes = stream.bytesRead;
    let start = 0;
    for (let end = chunk.indexOf('\n'); end !== -1; end = chunk.indexOf('\n', start)) {
      take(partial + chunk.slice(start, end));
      partial = '';
      start = end + 1;
      // A chunk holds many rows: batches stay at batchSize rows whatever the chunk size.
      if (batch.length >= batchSize) {
        yield batch;
        batch = [];
      }
    }
    if (!oversized) partial += chunk.slice(start);
    if (partial.length > maxRowBytes) {
      oversized = true;
      partial = '';
    }
    if (batch.length >= batchSize) {
      yield batch;
      batch = [];
    }
  }
  if (partial !== '' || oversized) take(partial);
  if (batch.length > 0) yield batch;
}

/** A CSV syntax error that stops reading (an unclosed quote swallows the rest of the file). */
export class CsvInputError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

/**
 * The parser's messages quote the contacts file ("value is \"…\"", "got \"…\""), which is customer
 * data: the error is worded from its code instead, and positioned by its line.
 */
const csvMessages: Readonly<Record<string, string>> = {
  CSV_QUOTE_NOT_CLOSED: 'a quoted field is never closed',
  CSV_INVALID_CLOSING_QUOTE: 'a quoted field is followed by more text before the next delimiter',
  INVALID_OPENING_QUOTE: 'a quote inside an unquoted field (quote the whole field and double inner quotes: "a ""b"" c")',
  CSV_MAX_RECORD_SIZE: 'a row is larger than the limit',
};

function csvMessage(code: string): string {
  return Object.hasOwn(csvMessages, code) ? csvMessages[code]! : `invalid CSV (${code})`;
}

/** CSV: the header row, then row batches (records with a wrong field count become row problems later). */
export async function csvBatches(
  path: string,
  progress: ReadProgress,
): Promise<{ headers: string[]; batches: AsyncGenerator<RowInput[]> }> {
  const stream = createReadStream(path, { highWaterMark: 256 * 1024 });
  stream.on('data', () => {
    progress.bytes = stream.bytesRead;
  });
  const parser = stream.pipe(
    parse({ bom: true, info: true, relax_column_count: true, skip_empty_lines: true, max_record_size: maxRowBytes }),
  );
  stream.on('error', (error) => parser.destroy(error));
  const records = parser[Symbol.asyncIterator]() as AsyncIterator<{ record: string[]; info: { lines: number } }>;
  const wrap = async <T>(step: Promise<T>): Promise<T> => {
    try {
      return await step;
    } catch (error) {
      const csvError = error as { code?: string; message: string; lines?: number };
      if (typeof csvError.code === 'string' && (csvError.code.startsWith('CSV_') || csvError.code === 'INVALID_OPENING_QUOTE')) {
        throw new CsvInputError(csvMessage(csvError.code), csvError.lines ?? 0);
      }
      throw error;
    }
  };
  const first = await wrap(records.next());
  const headers = first.done === true ? [] : first.value.record;
  async function* batches(): AsyncGenerator<RowInput[]> {
    let batch: RowInput[] = [];
    let row = 0;
    try {
      for (;;) {
        const next = await wrap(records.next());
        if (next.done === true) break;
        // info.lines is the line where the record ends; records span lines only with quoted newlines.
        const { record, info } = next.value;
        batch.push({ row: ++row, line: info.lines, cells: record });
        if (batch.length >= batchSize) {
          yield batch;
          batch = [];
        }
      }
      if (batch.length > 0) yield batch;
    } finally {
      stream.destroy();
    }
  }
  return { headers, batches: batches() };
}
