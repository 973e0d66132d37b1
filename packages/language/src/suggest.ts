/** "Did you mean" suggestions for misspelt names (functions, fields). */

/** Levenshtein distance of two strings (one row of the table at a time). */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] as number;
      row[j] = Math.min(current + 1, (row[j - 1] as number) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length] as number;
}

/**
 * The candidate closest to `name`, ignoring case, when it is at most 2 edits away (1 for names of
 * up to 4 characters, where 2 edits would match almost anything); undefined otherwise. Exact
 * (case-insensitive) matches are not suggestions and return undefined.
 */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
  const lower = name.toLowerCase();
  if (lower.length > 64) return undefined;
  const limit = lower.length <= 4 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const other = candidate.toLowerCase();
    if (other === lower) return undefined;
    if (Math.abs(other.length - lower.length) >= bestDistance) continue;
    const d = distance(lower, other);
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  return best;
}
