import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** File-system calls used by {@link writeFileAtomic}; tests replace some to simulate failures. */
export interface AtomicWriteFs {
  realpath: typeof fs.realpath;
  open: typeof fs.open;
  stat: typeof fs.stat;
  chmod: typeof fs.chmod;
  rename: typeof fs.rename;
  rm: typeof fs.rm;
}

const realFs: AtomicWriteFs = { realpath: fs.realpath, open: fs.open, stat: fs.stat, chmod: fs.chmod, rename: fs.rename, rm: fs.rm };

/**
 * Replaces `path` with `text` so that readers see either the old or the new content, never a mix:
 * the text goes to a temporary file in the same directory (same file system), is flushed with
 * `fsync`, gets the original file's mode, and is renamed over the original (the target of a
 * symbolic link, which stays a link). On any failure the temporary file is removed and the
 * original is left untouched.
 */
export async function writeFileAtomic(requested: string, text: string, fsImpl: Partial<AtomicWriteFs> = {}): Promise<void> {
  const io: AtomicWriteFs = { ...realFs, ...fsImpl };
  // Write through a symbolic link to its target (renaming over the link would replace the link).
  const path = await io.realpath(requested).catch(() => requested);
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let mode: number | undefined;
  try {
    mode = (await io.stat(path)).mode & 0o7777;
  } catch {
    mode = undefined; // a new file gets the default mode
  }
  try {
    const handle = await io.open(temporary, 'wx', mode ?? 0o666);
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (mode !== undefined) await io.chmod(temporary, mode); // open() applies the umask
    await io.rename(temporary, path);
  } catch (error) {
    await io.rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
}

/** A file being written in pieces that appears at its path only once complete ({@link openFileAtomic}). */
export interface AtomicFile {
  /** Appends text; resolves once the piece is handed to the file system (so callers keep memory flat). */
  write(text: string): Promise<void>;
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
  const path = await io.realpath(requested).catch(() => requested);
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const mode = await io.stat(path).then((stats) => stats.mode & 0o7777, () => undefined);
  const handle = await io.open(temporary, 'wx', mode ?? 0o666);
  let state: 'open' | 'done' = 'open';
  const abort = async (): Promise<void> => {
    if (state === 'done') return;
    state = 'done';
    await handle.close().catch(() => undefined);
    await io.rm(temporary, { force: true }).catch(() => undefined);
  };
  return {
    temporary,
    async write(text) {
      if (state !== 'open') throw new Error(`${temporary} is already closed`);
      await handle.write(text, null, 'utf8');
    },
    async commit() {
      if (state !== 'open') throw new Error(`${temporary} is already closed`);
      try {
        await handle.sync();
        await handle.close();
        if (mode !== undefined) await io.chmod(temporary, mode);
        await io.rename(temporary, path);
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
