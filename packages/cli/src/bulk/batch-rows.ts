/**
 * Worker side of the readers: a batch of raw contact bytes, cut on the main thread at row ends
 * (ndjson-split.ts, csv-split.ts), becomes rows here. Decoding and CSV parsing run in the workers,
 * in parallel, and the bytes cross threads without a copy.
 */
import { parse } from 'csv-parse/sync';
import { csvInputError } from './csv-error.js';
import type { RecordDelimiter } from './csv-split.js';
import { maxRowBytes, tooLong } from './limits.js';
import { isBlankLine } from './ndjson-split.js';
import type { RowInput } from './rows.js';

/** Whole NDJSON lines or CSV records of a contacts file, and where they sit in it. */
export interface RawBatch {
  kind: 'ndjson' | 'csv';
  /** Row number of the first row (1-based; blank lines and the CSV header are not rows). */
  firstRow: number;
  /** Line of the file where the bytes start (1-based). */
  firstLine: number;
  /** Rows the main thread counted in the bytes (the worker checks it finds as many). */
  rows: number;
  bytes: Uint8Array;
  /** The CSV file's record delimiter (found by the main thread). */
  delimiter?: RecordDelimiter;
}

/** What a worker is given: raw bytes, or rows already made (a row the reader could not take). */
export type Batch = RawBatch | { kind: 'rows'; rows: RowInput[] };

/** The rows of a batch, numbered. Throws a `CsvInputError` (csv-error.ts) for a CSV syntax error. */
export function rowsOfBatch(batch: Batch): RowInput[] {
  if (batch.kind === 'rows') return batch.rows;
  const rows = batch.kind === 'ndjson' ? ndjsonRows(batch) : csvRows(batch);
  // The main thread numbered the batches from its own count: a difference would misnumber every later row.
  if (rows.length !== batch.rows) throw new Error(`bulk: ${batch.rows} rows were counted at line ${batch.firstLine}, ${rows.length} read`);
  return rows;
}

function ndjsonRows(batch: RawBatch): RowInput[] {
  const bytes = Buffer.from(batch.bytes.buffer, batch.bytes.byteOffset, batch.bytes.byteLength);
  const rows: RowInput[] = [];
  let row = batch.firstRow;
  let line = batch.firstLine;
  for (let start = 0; start < bytes.length; line++) {
    const newline = bytes.indexOf(0x0a, start);
    const end = newline === -1 ? bytes.length : newline;
    if (!isBlankLine(bytes, start, end)) {
      if (end - start > maxRowBytes) rows.push({ row: row++, line, problem: tooLong(line) });
      else {
        let text = bytes.toString('utf8', start, end > start && bytes[end - 1] === 0x0d ? end - 1 : end);
        if (line === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
        rows.push({ row: row++, line, text });
      }
    }
    start = end + 1;
  }
  return rows;
}

function csvRows(batch: RawBatch): RowInput[] {
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(Buffer.from(batch.bytes.buffer, batch.bytes.byteOffset, batch.bytes.byteLength), {
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      max_record_size: maxRowBytes,
      ...(batch.delimiter === undefined ? {} : { record_delimiter: batch.delimiter }),
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
  } catch (error) {
    throw csvInputError(error, batch.firstLine) ?? error;
  }
  // info.lines is the line where the record ends; records span lines only with quoted line breaks.
  return records.map(({ record, info }, index) => ({ row: batch.firstRow + index, line: batch.firstLine + info.lines - 1, cells: record }));
}
