/**
 * Cuts CSV bytes into batches of whole records on the main thread, so that csv-parse runs in the
 * workers (batch-rows.ts) on each batch. The main thread only follows quotes and record delimiters:
 * it finds where records end, counts records (empty lines are none) and lines the way csv-parse
 * counts them, so every batch knows its first row and line.
 *
 * Why following quotes is enough: csv-parse (without `relax_quotes`) accepts a quote only at the
 * start of a field, doubled inside a quoted field, or closing one before a delimiter or the record's
 * end. In any text it accepts, a record delimiter is outside quotes exactly when an even number of
 * quotes precede it since the last one. Text it refuses fails in the worker on the batch holding the
 * first mistake, with that line, as it would when parsed whole.
 */
import type { RawBatch } from './batch-rows.js';
import { CsvInputError } from './csv-error.js';
import { splitSizes, type SplitSizes } from './limits.js';

/** The record delimiters csv-parse discovers: the first line end outside quotes decides. */
export type RecordDelimiter = '\n' | '\r\n' | '\r';

const quote = 0x22;
const lf = 0x0a;
const cr = 0x0d;

/** Feed it the file's bytes (UTF-8) with {@link push}, then call {@link end}. Throws {@link CsvInputError}. */
export class CsvSplitter {
  /** The header record's bytes (from the file's start, blank lines before it included) once complete. */
  header: Uint8Array | undefined;
  /** The record delimiter, once discovered. */
  delimiter: RecordDelimiter | undefined;

  private pending: Buffer = Buffer.alloc(0);
  /** Bytes of `pending` already scanned. */
  private scanned = 0;
  /** Start in `pending` of the record being scanned. */
  private recordStart = 0;
  /** Whole records' bytes of `pending` (the batch being gathered). */
  private whole = 0;
  private quoting = false;
  private first = true;
  /** Records in the batch being gathered, and before it. */
  private rows = 0;
  private rowsBefore = 0;
  /** Line ends counted as csv-parse counts them: all scanned bytes, up to the last whole record, before the batch. */
  private lineEnds = 0;
  private lineEndsWhole = 0;
  private lineEndsBefore = 0;

  constructor(private readonly sizes: SplitSizes = splitSizes) {}

  /** The batches completed by `chunk`, in order. */
  push(chunk: Buffer): RawBatch[] {
    this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    const out: RawBatch[] = [];
    // The byte-order mark may come in pieces: wait for its 3 bytes.
    if (this.first && this.pending.length < 3) return out;
    this.dropByteOrderMark();
    this.scan(out, false);
    return out;
  }

  /** csv-parse drops a UTF-8 byte-order mark at the start (option `bom`). */
  private dropByteOrderMark(): void {
    if (!this.first) return;
    this.first = false;
    const bytes = this.pending;
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) this.pending = bytes.subarray(3);
  }

  /** The last batches (a last record without a line end included). */
  end(): RawBatch[] {
    const out: RawBatch[] = [];
    this.dropByteOrderMark();
    this.scan(out, true);
    if (this.recordStart < this.pending.length) {
      // The last record has no line end; an open quote in it is csv-parse's error to report.
      this.lineEndsWhole = this.lineEnds;
      this.recordEnd(this.pending.length);
    }
    this.cut(out);
    return out;
  }

  private scan(out: RawBatch[], atEnd: boolean): void {
    let bytes = this.pending;
    let i = this.scanned;
    for (; i < bytes.length; i++) {
      const byte = bytes[i]!;
      if (byte > quote) continue;
      if (byte === quote) {
        this.quoting = !this.quoting;
        continue;
      }
      if (byte !== lf && byte !== cr) continue;
      if (this.quoting) {
        this.lineEnds++;
        continue;
      }
      // A CR may be the first half of CRLF: wait for the next byte unless the file ends here.
      if (byte === cr && i + 1 === bytes.length && !atEnd && this.delimiter !== '\r') break;
      this.delimiter ??= byte === lf ? '\n' : bytes[i + 1] === lf ? '\r\n' : '\r';
      const length = this.delimiterAt(bytes, i);
      this.lineEnds++;
      if (length === 0) continue;
      i += length - 1;
      this.lineEndsWhole = this.lineEnds;
      const empty = i + 1 - length === this.recordStart;
      this.recordStart = i + 1;
      if (empty)
        this.whole = i + 1; // an empty line is no record (csv-parse's skip_empty_lines)
      else if (this.recordEnd(i + 1)) {
        // The header was cut off the front: positions move with it.
        i -= this.cut(out);
        bytes = this.pending;
        continue;
      }
      if (this.header !== undefined && (this.rows >= this.sizes.batchSize || this.whole >= this.sizes.batchBytes)) {
        i -= this.cut(out);
        bytes = this.pending;
      }
    }
    this.scanned = i;
    if (this.scanned - this.recordStart > this.sizes.maxRowBytes) {
      throw new CsvInputError('a row is larger than the limit', 1 + this.lineEndsWhole);
    }
  }

  /** Length of the record delimiter at `i` (0 when the byte there is part of a field). */
  private delimiterAt(bytes: Buffer, i: number): number {
    if (this.delimiter === '\r\n') return bytes[i] === cr && bytes[i + 1] === lf ? 2 : 0;
    return bytes[i] === (this.delimiter === '\n' ? lf : cr) ? 1 : 0;
  }

  /** A record ends at `end` (its delimiter included): one more row of the batch, or the header (then true). */
  private recordEnd(end: number): boolean {
    this.whole = end;
    if (this.header !== undefined) {
      this.rows++;
      return false;
    }
    this.header = new Uint8Array(this.pending.subarray(0, end));
    return true;
  }

  /** Hands on the whole records gathered so far (a copy the worker may own) and keeps the rest; the bytes dropped. */
  private cut(out: RawBatch[]): number {
    if (this.rows > 0) {
      out.push({
        kind: 'csv',
        firstRow: this.rowsBefore + 1,
        firstLine: this.lineEndsBefore + 1,
        rows: this.rows,
        bytes: new Uint8Array(this.pending.subarray(0, this.whole)),
        ...(this.delimiter === undefined ? {} : { delimiter: this.delimiter }),
      });
    }
    this.rowsBefore += this.rows;
    this.rows = 0;
    this.lineEndsBefore = this.lineEndsWhole;
    this.pending = this.pending.subarray(this.whole);
    const dropped = this.whole;
    this.scanned -= dropped;
    this.recordStart -= dropped;
    this.whole = 0;
    return dropped;
  }
}
