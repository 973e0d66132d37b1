import { ownOptions } from '@fieldcode/language';
import type { Diagnostic } from '@fieldcode/language';
import { parseJsonTree } from './json/tree.js';

export interface ApplyFixesResult {
  text: string;
  /** Fixes applied. */
  applied: number;
  /** Fixes skipped because they overlap an applied one (or would break a parsing file). */
  skipped: number;
}

/**
 * Applies the `fix` of each diagnostic to the ORIGINAL text: non-overlapping fixes only (the
 * first by position wins), later fixes first so offsets stay valid. When the input parsed as
 * JSON, the result must parse too; otherwise nothing is applied. Offsets beyond the text skip.
 */
export function applyFixes(text: string, diagnostics: readonly Diagnostic[], given: { kind?: 'json' | 'text' } = {}): ApplyFixesResult {
  const options = ownOptions(given);
  const edits = diagnostics
    .filter((d) => Object.hasOwn(d, 'fix') && d.fix)
    .map((d) => ({ start: d.fix!.range.start.offset, end: d.fix!.range.end.offset, text: d.fix!.text }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const chosen: typeof edits = [];
  let skipped = 0;
  let lastEnd = -1;
  for (const edit of edits) {
    const valid = edit.start >= 0 && edit.end >= edit.start && edit.end <= text.length;
    // Overlap, or two insertions at the same point, cannot both apply.
    if (
      !valid ||
      edit.start < lastEnd ||
      (edit.start === lastEnd && chosen.length > 0 && chosen[chosen.length - 1]!.start === edit.start)
    ) {
      skipped++;
      continue;
    }
    chosen.push(edit);
    lastEnd = edit.end;
  }
  let out = text;
  for (let i = chosen.length - 1; i >= 0; i--) {
    const e = chosen[i]!;
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
  }
  const checkJson = options.kind !== 'text';
  if (checkJson && chosen.length > 0 && parseJsonTree(text).errors.length === 0 && parseJsonTree(out).errors.length > 0) {
    return { text, applied: 0, skipped: skipped + chosen.length };
  }
  return { text: out, applied: chosen.length, skipped };
}
