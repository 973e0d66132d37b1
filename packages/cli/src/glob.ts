import picomatch from 'picomatch';
import { UsageError } from './errors.js';

/**
 * Glob patterns of the command line (`fieldcode lint 'library/**\/*.json' '!library/drafts/**'`) and
 * of the config's `templates`, matched by picomatch. Paths and patterns use `/` separators.
 *
 * picomatch (like every glob library) compiles a glob to a backtracking regular expression: several
 * `*` in one segment, or several `**` around wildcard segments, are polynomial in the path length.
 * Globs are the operator's own input, so fieldcode bounds the work instead of refusing the syntax:
 * at most {@link maxStarsPerSegment} `*` in one segment, {@link maxGlobstars} `**` segments per
 * pattern, and paths of at most {@link maxMatchedPathLength} characters (see `test/security`).
 */

/** At most this many `*` wildcards in one path segment of a glob. */
export const maxStarsPerSegment = 3;
/** At most this many `**` segments in one glob. */
export const maxGlobstars = 2;
/** Paths longer than this (relative to the glob's base) are refused rather than matched. */
export const maxMatchedPathLength = 1024;

/** picomatch options shared by every matcher: no extglobs (`+(a|aa)` nests quantifiers), no dotfiles. */
const options: picomatch.PicomatchOptions = { noextglob: true, dot: false };

/** True when `text` contains glob syntax (and is therefore not a plain path). */
export function hasGlobSyntax(text: string): boolean {
  return picomatch.scan(text, options).isGlob;
}

/** True for a negated pattern (`!drafts/**`): it removes files instead of adding them. */
export function isNegated(pattern: string): boolean {
  return pattern.startsWith('!');
}

/** The leading segments of `pattern` that contain no glob syntax (`src/a/*.json` → `src/a`), or `.`. */
export function globBase(pattern: string): string {
  const positive = isNegated(pattern) ? pattern.slice(1) : pattern;
  const { base } = picomatch.scan(positive, options);
  if (base === '') return positive.startsWith('/') ? '/' : '.';
  return base;
}

/**
 * Returns `pattern` when it is within the work limits; otherwise throws a {@link UsageError} that
 * names `where` (a flag, a config key or a file and line). A linear scan of the segments.
 */
export function checkGlobLimits(pattern: string, where: string): string {
  let globstars = 0;
  for (const segment of pattern.split('/')) {
    if (segment === '**') {
      globstars++;
      continue;
    }
    let stars = 0;
    for (let i = 0; i < segment.length; i++) if (segment.charCodeAt(i) === 42 /* * */) stars++;
    if (stars > maxStarsPerSegment) {
      throw new UsageError(`${where}: glob '${pattern}' has ${stars} '*' in one segment (at most ${maxStarsPerSegment})`);
    }
  }
  if (globstars > maxGlobstars) {
    throw new UsageError(`${where}: glob '${pattern}' has ${globstars} '**' segments (at most ${maxGlobstars})`);
  }
  return pattern;
}

/** Throws when `path` is too long to be matched against a glob within the work limits. */
export function checkMatchedPath(path: string): string {
  if (path.length > maxMatchedPathLength) {
    throw new UsageError(
      `path too long to match globs (${path.length} characters, at most ${maxMatchedPathLength}): ${path.slice(0, 80)}…`,
    );
  }
  return path;
}

/**
 * A matcher of whole `/`-separated paths for one glob; a leading `!` is dropped (the caller negates).
 * With `basename`, a glob without `/` matches a file name at any depth (config `overrides`).
 */
export function globMatcher(pattern: string, where: string, { basename = false } = {}): (path: string) => boolean {
  const positive = isNegated(pattern) ? pattern.slice(1) : pattern;
  const matches = picomatch(checkGlobLimits(positive, where), { ...options, basename: basename && !positive.includes('/') });
  return (path) => matches(checkMatchedPath(path));
}
