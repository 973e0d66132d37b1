/**
 * Lint diagnostics → monaco marker data. Pure (monaco's MarkerSeverity values are fixed numbers:
 * Hint 1, Info 2, Warning 4, Error 8), so it is unit-tested without a browser.
 */
import type { Diagnostic } from '@fieldcode/language';

export interface MarkerLike {
  severity: number;
  message: string;
  code: string;
  source: string;
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
}

export const MARKER_SEVERITY = Object.freeze({ error: 8, warning: 4, info: 2 });

/** The marker of one diagnostic: the message ends with the rule id; `code` is the rule id. An empty range is widened to one column so it stays visible. */
export function toMarker(diagnostic: Diagnostic): MarkerLike {
  const { start, end } = diagnostic.range;
  const empty = start.line === end.line && start.column >= end.column;
  return {
    severity: MARKER_SEVERITY[diagnostic.severity] ?? MARKER_SEVERITY.info,
    message: `${diagnostic.message} (${diagnostic.code})`,
    code: diagnostic.code,
    source: 'fieldcode',
    startLineNumber: start.line,
    startColumn: start.column,
    endLineNumber: end.line,
    endColumn: empty ? start.column + 1 : end.column,
  };
}

/** True when a marker shown by monaco was produced from `diagnostic` (quick fixes match markers back to fixes). */
export function markerMatches(marker: Pick<MarkerLike, 'startLineNumber' | 'startColumn' | 'code'>, diagnostic: Diagnostic): boolean {
  return (
    marker.code === diagnostic.code &&
    marker.startLineNumber === diagnostic.range.start.line &&
    marker.startColumn === diagnostic.range.start.column
  );
}
