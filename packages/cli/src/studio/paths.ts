/**
 * Where the studio may read and write: library paths are relative, `/`-separated, below the
 * studio's folder, never through a dotfile or dot-directory, and — after resolving symbolic
 * links — still inside the folder (the shared request guard's confinement). Every file route goes
 * through {@link resolveLibraryPath}.
 */
import { lstat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { resolveForRead, resolveForWrite, type PathRefusal } from '../http/guard.js';

/** Longest library path accepted, in UTF-16 code units. */
export const maxPathLength = 512;

/** Why a path was refused (sent to the client as the error message). */
export class PathError extends Error {
  constructor(
    message: string,
    /** HTTP status to answer with: 400 for a malformed path, 403 for one outside the folder, 404 when missing. */
    readonly status: 400 | 403 | 404,
  ) {
    super(message);
  }
}

/** A library path that passed the checks. */
export interface LibraryPath {
  /** The path as the client names it (`dir/file.json`). */
  relative: string;
  /** Absolute path below the (real) root. */
  absolute: string;
}

/** Files the studio edits: standard responses, as JSON or field-code text. */
export function isEditableName(path: string): boolean {
  return /\.(json|txt)$/u.test(path);
}

/**
 * Checks the shape of a client path: relative, no `..`/`.`/empty segments, no dot-segments
 * (dotfiles stay private: `.git`, `.env`, temporary files of atomic writes), no backslashes,
 * control characters or NUL, and at most {@link maxPathLength} characters.
 */
export function checkPathShape(path: unknown): string {
  if (typeof path !== 'string' || path.length === 0) throw new PathError('A file path is required.', 400);
  if (path.length > maxPathLength) throw new PathError(`The path is longer than ${maxPathLength} characters.`, 400);
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0000-\u001f\u007f\\]/u.test(path)) throw new PathError('The path contains a control character or a backslash.', 400);
  if (path.startsWith('/')) throw new PathError('The path must be relative to the library folder.', 400);
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.' || segment === '..') throw new PathError(`The path segment '${segment}' is not allowed.`, 400);
    if (segment.startsWith('.')) throw new PathError('Dotfiles and dot-directories are not served.', 403);
  }
  return path;
}

/**
 * Resolves a client path below `realRoot` (the folder's real path) through the shared request
 * guard (`../http/guard.ts`): symbolic links are followed and must stay inside the folder, no
 * dot-segment anywhere. With `mustExist` the file must exist and be a regular file; otherwise its
 * folder must exist (the studio does not create folders).
 */
export async function resolveLibraryPath(realRoot: string, path: unknown, mustExist: boolean): Promise<LibraryPath> {
  const shaped = checkPathShape(path);
  if (mustExist) {
    const read = await resolveForRead(realRoot, shaped.split('/').map(encodeURIComponent).join('/'));
    if (!read.ok) throw await refusal(realRoot, shaped, read.reason);
    const info = await lstat(read.path);
    if (!info.isFile()) throw new PathError(`'${shaped}' is not a regular file.`, 403);
    return { relative: shaped, absolute: read.path };
  }
  const write = await resolveForWrite(realRoot, shaped);
  if (!write.ok) throw await refusal(realRoot, shaped, write.reason);
  const folder = await lstat(dirname(write.path)).catch(() => undefined);
  if (!folder?.isDirectory()) throw new PathError(`The folder of '${shaped}' does not exist.`, 404);
  return { relative: shaped, absolute: write.path };
}

/** A guard refusal as the studio reports it: a missing file is 404; a path that resolves out of the folder is 403. */
async function refusal(realRoot: string, shaped: string, reason: PathRefusal): Promise<PathError> {
  const link = await lstat(join(realRoot, ...shaped.split('/'))).catch(() => undefined);
  if (link?.isSymbolicLink()) return new PathError('The path leaves the library folder.', 403);
  if (reason === 'not-found') return new PathError(`'${shaped}' does not exist.`, 404);
  return new PathError(`'${shaped}' cannot be written: it resolves outside the library folder or is not a regular file.`, 403);
}
