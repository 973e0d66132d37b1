/**
 * NDJSON output lines encoded as UTF-8 straight into one growing buffer, piece by piece: a batch's output crosses
 * from the worker to the main thread without a copy (its buffer is transferred) and is written as it is.
 */
export class LineBytes {
  private buffer: Buffer;
  private length = 0;

  /** `capacity`: the expected size in bytes (the buffer grows past it when needed). */
  constructor(capacity: number) {
    // Its own memory (never the shared pool), so that it can be transferred.
    this.buffer = Buffer.allocUnsafeSlow(Math.max(capacity, 1024));
  }

  /** Appends a piece of a line. */
  text(piece: string): void {
    // A UTF-16 code unit takes at most 3 bytes in UTF-8.
    const room = piece.length * 3;
    if (this.length + room > this.buffer.length) this.grow(this.length + room);
    this.length += this.buffer.write(piece, this.length, 'utf8');
  }

  /** Appends a piece of a line already encoded (recurring text, encoded once). */
  encoded(piece: Uint8Array): void {
    if (this.length + piece.length > this.buffer.length) this.grow(this.length + piece.length);
    this.buffer.set(piece, this.length);
    this.length += piece.length;
  }

  /** Bytes written so far. */
  get size(): number {
    return this.length;
  }

  /** The lines written, as a view on the buffer (whose ArrayBuffer may be transferred). */
  bytes(): Uint8Array {
    return new Uint8Array(this.buffer.buffer, this.buffer.byteOffset, this.length);
  }

  private grow(needed: number): void {
    const bigger = Buffer.allocUnsafeSlow(Math.max(needed, this.buffer.length * 2));
    this.buffer.copy(bigger, 0, 0, this.length);
    this.buffer = bigger;
  }
}
