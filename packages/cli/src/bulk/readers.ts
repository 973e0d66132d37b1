/**
 * Contacts files read as a stream of batches. The main thread only cuts the bytes at row ends
 * (ndjson-split.ts, csv-split.ts); the workers decode and parse them (batch-rows.ts). Memory stays
 * bounded by the batch size and the longest allowed row.
 */
import { createReadStream, type ReadStream } from 'node:fs';
import { TextDecoder } from 'node:util';
import { parse } from 'csv-parse/sync';
import type { Batch, RawBatch } from './batch-rows.js';
import { csvInputError } from './csv-error.js';
import { CsvSplitter, type RecordDelimiter } from './csv-split.js';
import { maxRowBytes } from './limits.js';
import { NdjsonSplitter } from './ndjson-split.js';

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

const readSize = 256 * 1024;

/** The file's bytes, counted for the progress bar. */
async function* chunksOf(stream: ReadStream, progress: ReadProgress): AsyncGenerator<Buffer> {
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    progress.bytes = stream.bytesRead;
    yield chunk;
  }
}

/**
 * The bytes as UTF-8: a file that starts with a UTF-16LE byte-order mark (as spreadsheet programs
 * write "Unicode text") is converted, as csv-parse's `bom` option reads it.
 */
async function* utf8ChunksOf(chunks: AsyncGenerator<Buffer>): AsyncGenerator<Buffer> {
  let decoder: TextDecoder | undefined;
  let first = true;
  for await (const chunk of chunks) {
    if (first) {
      first = false;
      if (chunk[0] === 0xff && chunk[1] === 0xfe) decoder = new TextDecoder('utf-16le');
    }
    yield decoder === undefined ? chunk : Buffer.from(decoder.decode(chunk, { stream: true }), 'utf8');
  }
  if (decoder !== undefined) {
    const rest = decoder.decode();
    if (rest !== '') yield Buffer.from(rest, 'utf8');
  }
}

/** NDJSON rows in batches; blank lines are skipped; a line over the size limit becomes a row problem. */
export async function* ndjsonBatches(path: string, progress: ReadProgress): AsyncGenerator<Batch> {
  const stream = createReadStream(path, { highWaterMark: readSize });
  const splitter = new NdjsonSplitter();
  try {
    for await (const chunk of chunksOf(stream, progress)) yield* splitter.push(chunk);
    yield* splitter.end();
  } finally {
    stream.destroy();
  }
}

/** The header's fields (csv-parse). Throws {@link CsvInputError}. */
function headerFields(header: Uint8Array, delimiter: RecordDelimiter | undefined): string[] {
  try {
    const records = parse(Buffer.from(header.buffer, header.byteOffset, header.byteLength), {
      relax_column_count: true,
      skip_empty_lines: true,
      max_record_size: maxRowBytes,
      ...(delimiter === undefined ? {} : { record_delimiter: delimiter }),
    }) as string[][];
    return records[0] ?? [];
  } catch (error) {
    throw csvInputError(error) ?? error;
  }
}

/**
 * CSV: the header row, then row batches (records with a wrong field count become row problems
 * later). Throws {@link CsvInputError} when the header cannot be read.
 */
export async function csvBatches(path: string, progress: ReadProgress): Promise<{ headers: string[]; batches: AsyncGenerator<Batch> }> {
  const stream = createReadStream(path, { highWaterMark: readSize });
  const chunks = utf8ChunksOf(chunksOf(stream, progress));
  const splitter = new CsvSplitter();
  const ready: RawBatch[] = [];
  let ended = false;
  let headers: string[];
  try {
    while (splitter.header === undefined && !ended) {
      const next = await chunks.next();
      if (next.done === true) {
        ready.push(...splitter.end());
        ended = true;
      } else ready.push(...splitter.push(next.value));
    }
    headers = splitter.header === undefined ? [] : headerFields(splitter.header, splitter.delimiter);
  } catch (error) {
    stream.destroy();
    throw error;
  }
  async function* batches(): AsyncGenerator<Batch> {
    try {
      yield* ready;
      if (ended) return;
      for await (const chunk of chunks) yield* splitter.push(chunk);
      yield* splitter.end();
    } finally {
      stream.destroy();
    }
  }
  return { headers, batches: batches() };
}
