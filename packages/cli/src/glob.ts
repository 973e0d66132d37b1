/**
 * A small glob matcher for file discovery and `ignore` patterns (Node 20 has no `path.matchesGlob`).
 * Supports `*` (within a segment), `**` (any number of whole segments), `?`, `[abc]`/`[!a-z]`
 * classes and `{a,b}` alternatives. Paths and patterns use `/` separators.
 */

const globChars = /[*?[\]{}]/;

/** True when `text` contains glob syntax (and is therefore not a plain path). */
export function hasGlobSyntax(text: string): boolean {
  return globChars.test(text);
}

/** The leading segments of `pattern` that contain no glob syntax (`src/a/*.json` → `src/a`), or `.`. */
export function globBase(pattern: string): string {
  const segments = pattern.split('/');
  const base: string[] = [];
  for (const segment of segments.slice(0, -1)) {
    if (hasGlobSyntax(segment)) break;
    base.push(segment);
  }
  if (base.length === 0) return '.';
  if (base.length === 1 && base[0] === '') return '/';
  return base.join('/');
}

/** Compiles a glob into an anchored regular expression (repeated double-star segments are merged). */
export function globToRegExp(pattern: string): RegExp {
  let source = '';
  let braceDepth = 0;
  let i = 0;
  while (i < pattern.length) {
    const char = pattern[i]!;
    if (char === '*') {
      let end = i;
      while (pattern[end] === '*') end++;
      const wholeSegment = end - i >= 2 && (i === 0 || pattern[i - 1] === '/') && (end === pattern.length || pattern[end] === '/');
      if (wholeSegment && end === pattern.length) {
        source += '.*';
      } else if (wholeSegment) {
        // Consecutive `**/` segments mean the same as one; merging them avoids exponential backtracking.
        if (!source.endsWith('(?:[^/]*/)*')) source += '(?:[^/]*/)*';
        end++; // the '/' after '**' is part of the repeated group
      } else {
        source += '[^/]*';
      }
      i = end;
      continue;
    }
    if (char === '?') {
      source += '[^/]';
    } else if (char === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close === -1) {
        source += '\\[';
      } else {
        let body = pattern.slice(i + 1, close);
        const negated = body.startsWith('!') || body.startsWith('^');
        if (negated) body = body.slice(1);
        source += `[${negated ? '^/' : ''}${body.replace(/[\\\]^]/g, '\\$&')}]`;
        i = close;
      }
    } else if (char === '{') {
      braceDepth++;
      source += '(?:';
    } else if (char === '}' && braceDepth > 0) {
      braceDepth--;
      source += ')';
    } else if (char === ',' && braceDepth > 0) {
      source += '|';
    } else {
      source += char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    }
    i++;
  }
  source += ')'.repeat(braceDepth);
  return new RegExp(`^${source}$`);
}

/** A compiled set of patterns; `matches` is true when any pattern matches the whole path. */
export class GlobSet {
  private readonly expressions: RegExp[];

  /** Patterns without a `/` match a name at any depth, like `.gitignore` (`*.draft.json`). */
  constructor(patterns: readonly string[]) {
    this.expressions = patterns
      .map((pattern) => withoutTrailingSlashes(pattern.replace(/^\.\//, '')))
      .filter((pattern) => pattern !== '')
      .map((pattern) => globToRegExp(pattern.includes('/') ? pattern : `**/${pattern}`));
  }

  get size(): number {
    return this.expressions.length;
  }

  matches(path: string): boolean {
    return this.expressions.some((expression) => expression.test(path));
  }

  /** True when `path` or one of its parent directories matches (ignoring a directory ignores its contents). */
  matchesPathOrParent(path: string): boolean {
    if (this.expressions.length === 0) return false;
    const segments = path.split('/');
    for (let length = 1; length <= segments.length; length++) {
      if (this.matches(segments.slice(0, length).join('/'))) return true;
    }
    return false;
  }
}

/** `pattern` without trailing `/`s, trimmed by a backward scan (an end-anchored regex is quadratic on long runs). */
function withoutTrailingSlashes(pattern: string): string {
  let end = pattern.length;
  while (end > 0 && pattern.charCodeAt(end - 1) === 47 /* / */) end--;
  return pattern.slice(0, end);
}
