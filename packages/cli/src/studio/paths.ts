/**
 * Where the studio may read and write: library paths are relative, `/`-separated, below the
 * studio's folder, never through a dotfile or dot-directory, and — after resolving symbolic
 * links — still inside the folder. Every file route goes through {@link resolveLibraryPath}.
 */
import { lstat, realpath } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';

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

/** True when `child` is `root` or below it. */
function isInside(root: string, child: string): boolean {
  const rel = relative(root, child);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !rel.startsWith(sep) && !/^[A-Za-z]:/u.test(rel));
}

/**
 * Resolves a client path below `realRoot` (the folder's real path). With `mustExist` the file
 * must exist and be a regular file (after links); otherwise its parent directory must exist.
 * Symbolic links are allowed only when their target is inside the folder too.
 */
export async function resolveLibraryPath(realRoot: string, path: unknown, mustExist: boolean): Promise<LibraryPath> {
  const shaped = checkPathShape(path);
  const absolute = join(realRoot, ...shaped.split('/'));
  if (!isInside(realRoot, absolute)) throw new PathError('The path leaves the library folder.', 403);
  const parent = await realpath(dirname(absolute)).catch(() => undefined);
  if (parent === undefined) throw new PathError(`The folder of '${shaped}' does not exist.`, 404);
  if (!isInside(realRoot, parent)) throw new PathError('The path leaves the library folder.', 403);
  const info = await lstat(absolute).catch(() => undefined);
  if (info === undefined) {
    if (mustExist) throw new PathError(`'${shaped}' does not exist.`, 404);
    return { relative: shaped, absolute };
  }
  const target = await realpath(absolute).catch(() => undefined);
  if (target === undefined) throw new PathError(`'${shaped}' is a broken link.`, 403);
  if (!isInside(realRoot, target)) throw new PathError('The path leaves the library folder.', 403);
  const real = await lstat(target);
  if (!real.isFile()) throw new PathError(`'${shaped}' is not a regular file.`, 403);
  return { relative: shaped, absolute };
}
