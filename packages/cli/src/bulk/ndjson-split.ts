/**
 * Cuts NDJSON bytes into batches of whole lines on the main thread, without decoding or parsing
 * them: the workers do that (batch-rows.ts). The main thread only finds line ends, counts lines and
 * rows (blank lines are not rows) so every batch knows its first row and line, and turns a line over
 * the size limit into a row problem without keeping it in memory.
 */
import type { RawBatch } from './batch-rows.js';
import type { RowInput } from './rows.js';
import { splitSizes, tooLong, type SplitSizes } from './limits.js';

const newline = 0x0a;
const openBrace = 0x7b;

/**
 * Whether the line `bytes[start, end)` is blank (only white space, as `String.prototype.trim`
 * sees it, a byte-order mark included). Shared by the splitter and the workers so both count the
 * same rows.
 */
export function isBlankLine(bytes: Uint8Array, start: number, end: number): boolean {
  // The usual line is a JSON object: no decoding needed to see it is not blank.
  if (start < end && bytes[start] === openBrace) return false;
  return (
    Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start)
      .toString('utf8')
      .trim() === ''
  );
}

/** What the splitter hands on: byte batches, or a single row the reader could not take (too long). */
export type SplitBatch = RawBatch | { kind: 'rows'; rows: RowInput[] };

/** Feed it the file's bytes in order with {@link push}, then call {@link end}. */
export class NdjsonSplitter {
  /** Bytes of the batch being gathered: whole lines, then the start of the next line. */
  private pending: Buffer = Buffer.alloc(0);
  /** Bytes of `pending` that are whole lines (already counted). */
  private scanned = 0;
  /** Rows in the whole lines of `pending`. */
  private rows = 0;
  /** Lines in the whole lines of `pending`. */
  private lines = 0;
  /** Rows and lines before `pending`. */
  private rowsBefore = 0;
  private linesBefore = 0;
  /** Inside a line over the limit: its bytes are dropped up to its end. */
  private skipping = false;

  constructor(private readonly sizes: SplitSizes = splitSizes) {}

  /** The batches completed by `chunk`, in order. */
  push(chunk: Buffer): SplitBatch[] {
    const out: SplitBatch[] = [];
    let from = 0;
    if (this.skipping) {
      const end = chunk.indexOf(newline);
      if (end === -1) return out;
      this.skipping = false;
      from = end + 1;
    }
    this.pending = this.pending.length === 0 ? chunk.subarray(from) : Buffer.concat([this.pending, chunk.subarray(from)]);
    this.scan(out);
    return out;
  }

  /** The last batches (a last line without a line end included). */
  end(): SplitBatch[] {
    const out: SplitBatch[] = [];
    if (!this.skipping && this.scanned < this.pending.length) {
      this.count(this.scanned, this.pending.length);
      this.scanned = this.pending.length;
    }
    this.cut(out);
    return out;
  }

  private scan(out: SplitBatch[]): void {
    for (let end = this.pending.indexOf(newline, this.scanned); end !== -1; end = this.pending.indexOf(newline, this.scanned)) {
      this.count(this.scanned, end);
      this.scanned = end + 1;
      if (this.rows >= this.sizes.batchSize || this.scanned >= this.sizes.batchBytes) this.cut(out);
    }
    // No line end in sight: a line longer than the limit is a row problem, and its bytes are dropped
    // up to its end (a complete long line is the worker's to refuse, batch-rows.ts).
    if (this.pending.length - this.scanned > this.sizes.maxRowBytes) {
      this.cut(out);
      const line = this.linesBefore + 1;
      this.rowsBefore++;
      this.linesBefore++;
      out.push({ kind: 'rows', rows: [{ row: this.rowsBefore, line, problem: tooLong(line) }] });
      this.pending = Buffer.alloc(0);
      this.skipping = true;
    }
  }

  private count(start: number, end: number): void {
    this.lines++;
    if (!isBlankLine(this.pending, start, end)) this.rows++;
  }

  /** Hands on the whole lines gathered so far (a copy the worker may own) and keeps the rest. */
  private cut(out: SplitBatch[]): void {
    if (this.scanned > 0 && this.rows > 0) {
      out.push({
        kind: 'ndjson',
        firstRow: this.rowsBefore + 1,
        firstLine: this.linesBefore + 1,
        rows: this.rows,
        bytes: new Uint8Array(this.pending.subarray(0, this.scanned)),
      });
    }
    this.rowsBefore += this.rows;
    this.linesBefore += this.lines;
    this.rows = 0;
    this.lines = 0;
    this.pending = this.pending.subarray(this.scanned);
    this.scanned = 0;
  }
}
