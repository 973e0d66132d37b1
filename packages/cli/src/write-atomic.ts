import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** File-system calls used by {@link writeFileAtomic}; tests replace some to simulate failures. */
export interface AtomicWriteFs {
  realpath: typeof fs.realpath;
  open: typeof fs.open;
  stat: typeof fs.stat;
  chmod: typeof fs.chmod;
  chown: typeof fs.chown;
  rename: typeof fs.rename;
  rm: typeof fs.rm;
}

const realFs: AtomicWriteFs = {
  realpath: fs.realpath,
  open: fs.open,
  stat: fs.stat,
  chmod: fs.chmod,
  chown: fs.chown,
  rename: fs.rename,
  rm: fs.rm,
};

/**
 * A write that would lose something the original file has (its other hard links, its owner) and
 * was therefore not done; the message says why, the original is untouched.
 */
export class WriteRefusedError extends Error {
  override name = 'WriteRefusedError';
}

/** The temporary file's name next to `path`: `.NAME.PID.RANDOM.tmp` ({@link removeStaleTemporaryFiles} knows it). */
function temporaryPathOf(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/** What the replacement must keep of the original file. */
interface Target {
  path: string;
  mode?: number;
  uid?: number;
  gid?: number;
}

/**
 * Resolves the file to replace (the target of a symbolic link, which stays a link) and what the
 * replacement must keep. A file with several hard links is refused: renaming a new file over one
 * name would silently detach it from the others.
 */
async function targetOf(io: AtomicWriteFs, requested: string): Promise<Target> {
  const path = await io.realpath(requested).catch(() => requested);
  let stats;
  try {
    stats = await io.stat(path);
  } catch {
    return { path }; // a new file gets the default mode and owner
  }
  if (stats.nlink > 1) {
    throw new WriteRefusedError(`it has ${stats.nlink} hard links, and replacing it would detach this name from the others`);
  }
  return { path, mode: stats.mode & 0o7777, uid: stats.uid, gid: stats.gid };
}

/** Gives the temporary file the original's mode and owner (refused when the owner cannot be kept). */
async function matchOriginal(io: AtomicWriteFs, temporary: string, target: Target): Promise<void> {
  if (target.uid !== undefined && target.gid !== undefined) {
    const created = await io.stat(temporary);
    if (created.uid !== target.uid || created.gid !== target.gid) {
      try {
        await io.chown(temporary, target.uid, target.gid);
      } catch {
        throw new WriteRefusedError(
          `it belongs to user ${target.uid} (group ${target.gid}), and the replacement could not be given to them`,
        );
      }
    }
  }
  // After chown, which may clear set-user-ID bits; open() applied the umask.
  if (target.mode !== undefined) await io.chmod(temporary, target.mode);
}

/**
 * Replaces `path` with `text` so that readers see either the old or the new content, never a mix:
 * the text goes to a temporary file in the same directory (same file system), is flushed with
 * `fsync`, gets the original file's owner and mode, and is renamed over the original (the target
 * of a symbolic link, which stays a link). A file with several hard links, or whose owner cannot
 * be kept, is not replaced ({@link WriteRefusedError}). On any failure the temporary file is
 * removed and the original is left untouched.
 */
export async function writeFileAtomic(requested: string, text: string, fsImpl: Partial<AtomicWriteFs> = {}): Promise<void> {
  const io: AtomicWriteFs = { ...realFs, ...fsImpl };
  const target = await targetOf(io, requested);
  const temporary = temporaryPathOf(target.path);
  try {
    const handle = await io.open(temporary, 'wx', target.mode ?? 0o666);
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await matchOriginal(io, temporary, target);
    await io.rename(temporary, target.path);
  } catch (error) {
    await io.rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
}

/** A file being written in pieces that appears at its path only once complete ({@link openFileAtomic}). */
export interface AtomicFile {
  /** Appends text or UTF-8 bytes; resolves once the piece is handed to the file system (so callers keep memory flat). */
  write(piece: string | Uint8Array): Promise<void>;
  /** Flushes, gives the file its mode and renames it over the target: the target now holds everything. */
  commit(): Promise<void>;
  /** Removes the temporary file; the target keeps what it had (or stays absent). Safe to call twice. */
  abort(): Promise<void>;
  /** Path of the temporary file (next to the target). */
  readonly temporary: string;
}

/**
 * Streaming counterpart of {@link writeFileAtomic} for output too large to hold in memory (the
 * NDJSON of `fieldcode render --bulk`): same temporary-file-and-rename protocol, so an interrupted
 * run leaves the target absent or as it was, never half written.
 */
export async function openFileAtomic(requested: string, fsImpl: Partial<AtomicWriteFs> = {}): Promise<AtomicFile> {
  const io: AtomicWriteFs = { ...realFs, ...fsImpl };
  const target = await targetOf(io, requested);
  const temporary = temporaryPathOf(target.path);
  const handle = await io.open(temporary, 'wx', target.mode ?? 0o666);
  let state: 'open' | 'done' = 'open';
  const abort = async (): Promise<void> => {
    if (state === 'done') return;
    state = 'done';
    await handle.close().catch(() => undefined);
    await io.rm(temporary, { force: true }).catch(() => undefined);
  };
  return {
    temporary,
    async write(piece) {
      if (state !== 'open') throw new Error(`${temporary} is already closed`);
      if (typeof piece === 'string') {
        await handle.write(piece, null, 'utf8');
        return;
      }
      // A write may take fewer bytes than given: go on from where it stopped.
      for (let done = 0; done < piece.byteLength;) done += (await handle.write(piece, done)).bytesWritten;
    },
    async commit() {
      if (state !== 'open') throw new Error(`${temporary} is already closed`);
      try {
        await handle.sync();
        await handle.close();
        await matchOriginal(io, temporary, target);
        await io.rename(temporary, target.path);
        state = 'done';
      } catch (error) {
        state = 'open';
        await abort();
        throw error;
      }
    },
    abort,
  };
}

/** `.NAME.PID.RANDOM.tmp`, the temporary files of {@link writeFileAtomic} and {@link openFileAtomic}. */
const temporaryName = /^\.(.+)\.(\d+)\.[0-9a-f]{8}\.tmp$/u;

/** True when a process with this id runs (one of another user counts too). */
function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the temporary files an interrupted earlier write left next to `files` (a `kill -9`
 * during `--fix` cannot clean up after itself): only files named as this module names them, for
 * one of `files`, whose process no longer runs. Returns the removed paths.
 */
export async function removeStaleTemporaryFiles(files: readonly string[]): Promise<string[]> {
  const byDirectory = new Map<string, Set<string>>();
  for (const file of files) {
    const real = await fs.realpath(file).catch(() => file);
    const names = byDirectory.get(dirname(real)) ?? new Set<string>();
    names.add(basename(real));
    byDirectory.set(dirname(real), names);
  }
  const removed: string[] = [];
  for (const [directory, names] of byDirectory) {
    const entries = await fs.readdir(directory, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const match = temporaryName.exec(entry.name);
      if (!match || !entry.isFile() || !names.has(match[1]!) || isRunning(Number(match[2]))) continue;
      const path = join(directory, entry.name);
      await fs.rm(path, { force: true }).then(
        () => removed.push(path),
        () => undefined,
      );
    }
  }
  return removed.sort();
}
