import { createHash } from 'node:crypto';
import type { Diagnostic } from '@fieldcode/language';
import type { FileReport } from './report.js';

/**
 * Location-independent fingerprints of findings, shared by the GitLab Code Quality output and the
 * baseline: the same problem keeps its fingerprint when lines are added above it. A fingerprint is
 * the SHA-256 of the rule id, the file's display path, the highlighted source text (whitespace
 * runs folded) and the message, plus the occurrence number among identical findings of the file —
 * so two identical problems in one file stay two entries.
 */
export function fingerprintFindings(file: FileReport, shownPath: string = file.displayPath): string[] {
  const seen = new Map<string, number>();
  return file.diagnostics.map((diagnostic) => {
    const key = findingKey(file, shownPath, diagnostic);
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return createHash('sha256').update(`${key}\u0000${occurrence}`).digest('hex');
  });
}

/** What identifies a finding without its position. */
function findingKey(file: FileReport, shownPath: string, diagnostic: Diagnostic): string {
  const highlighted = file.text === undefined ? '' : file.text.slice(diagnostic.range.start.offset, diagnostic.range.end.offset);
  return [diagnostic.code, shownPath, foldWhitespace(highlighted), diagnostic.message].join('\u0000');
}

/** Runs of white space become one space (indentation changes must not change a fingerprint). */
function foldWhitespace(text: string): string {
  let folded = '';
  let inSpace = false;
  for (const char of text) {
    const space = char === ' ' || char === '\t' || char === '\n' || char === '\r';
    if (space && !inSpace) folded += ' ';
    else if (!space) folded += char;
    inSpace = space;
  }
  return folded.trim();
}
