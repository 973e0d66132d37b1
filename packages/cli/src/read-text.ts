import { closeSync, constants as fsConstants, fstatSync, openSync, readFileSync } from 'node:fs';
import { UsageError } from './errors.js';

/** Files above this size are not parsed (a standard response is a few kilobytes). */
export const maxFileBytes = 5 * 1024 * 1024;

/** What reading a candidate file produced. */
export type ReadOutcome =
  | { kind: 'text'; text: string }
  | { kind: 'too-large'; bytes: number }
  /** A NUL byte or invalid UTF-8 at `offset` (a byte offset, reported as a position in the decoded prefix). */
  | { kind: 'binary'; reason: 'nul' | 'utf8'; text: string; offset: number };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientDecoder = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * Reads a file as UTF-8 text without ever loading more than {@link maxFileBytes}: the size is
 * checked on the open descriptor first. Reads are synchronous: for many small files this is several
 * times faster than the thread-pool round trips of `fs.promises`, and it bounds the open files to
 * one. Missing or unreadable files become a {@link UsageError}, and so does anything but a
 * regular file: the file is opened non-blocking (opening a FIFO for reading would otherwise wait
 * for a writer forever) and checked on the descriptor before any read.
 */
export function readTextFile(path: string, displayPath: string): ReadOutcome {
  let descriptor: number;
  try {
    descriptor = openSync(path, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK);
  } catch (error) {
    throw new UsageError(`cannot read ${displayPath}: ${describeFsError(error)}`);
  }
  try {
    const stats = fstatSync(descriptor);
    // Devices and pipes (`/dev/zero`, a FIFO) could be read forever.
    if (stats.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (!stats.isFile()) throw new UsageError(`cannot read ${displayPath}: ${kindOf(stats)}, not a regular file`);
    if (stats.size > maxFileBytes) return { kind: 'too-large', bytes: stats.size };
    return decode(readFileSync(descriptor));
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read ${displayPath}: ${describeFsError(error)}`);
  } finally {
    closeSync(descriptor);
  }
}

/** What a non-regular file is, for the refusal message. */
function kindOf(stats: { isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean }): string {
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  return 'a special file';
}

/** Decodes UTF-8, classifying NUL bytes and malformed sequences as binary content. */
export function decode(bytes: Uint8Array): ReadOutcome {
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { kind: 'binary', reason: 'nul', text: lenientDecoder.decode(bytes.subarray(0, nul)), offset: nul };
  try {
    return { kind: 'text', text: decoder.decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    return { kind: 'binary', reason: 'utf8', text: lenientDecoder.decode(bytes.subarray(0, offset)), offset };
  }
}

/** Byte offset of the first malformed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index]!;
    const length =
      byte < 0x80 ? 1 : byte >= 0xc2 && byte < 0xe0 ? 2 : byte >= 0xe0 && byte < 0xf0 ? 3 : byte >= 0xf0 && byte < 0xf5 ? 4 : 0;
    if (length === 0 || index + length > bytes.length) return index;
    try {
      decoder.decode(bytes.subarray(index, index + length));
    } catch {
      return index;
    }
    index += length;
  }
  return bytes.length;
}

/** A short reason for a file-system error (`ENOENT` → "no such file"). */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    default:
      return code ?? (error instanceof Error ? error.message : String(error));
  }
}
