/** Sizes that keep a bulk run's memory flat whatever the contacts file's size. */

/** Rows per batch handed to a worker: large enough to amortize messaging, small enough for memory. */
export const batchSize = 256;
/** A batch is also cut once it holds this many bytes of input (long rows make fewer rows per batch). */
export const batchBytes = 1024 * 1024;
/** Longest NDJSON line (or CSV record) accepted, in bytes; longer ones are a row error (NDJSON) or stop the run (CSV). */
export const maxRowBytes = 1024 * 1024;

/** The row problem of an NDJSON line over {@link maxRowBytes}. */
export function tooLong(line: number): string {
  return `Line ${line} is longer than ${maxRowBytes} bytes`;
}

/** The sizes a splitter cuts by (tests pass small ones). */
export interface SplitSizes {
  batchSize: number;
  batchBytes: number;
  maxRowBytes: number;
}

export const splitSizes: SplitSizes = { batchSize, batchBytes, maxRowBytes };
