/**
 * A copy of a diagnostic for one render: diagnostics that every render reports again (replayed
 * compile warnings, a conversion's findings) are kept once, and each render gets its own objects,
 * so a caller that edits one edits no other render's.
 */
import type { Diagnostic } from '@fieldcode/language';

/** A replayed diagnostic: its own object and range. */
export function copyDiagnostic(diagnostic: Diagnostic): Diagnostic {
  const { start, end } = diagnostic.range;
  const range = {
    start: { offset: start.offset, line: start.line, column: start.column },
    end: { offset: end.offset, line: end.line, column: end.column },
  };
  // Render diagnostics carry no fix nor suggestions: written out, the copy is cheaper than a spread.
  if (diagnostic.fix === undefined && diagnostic.suggestions === undefined) {
    const { code, severity, message, path } = diagnostic;
    // Same key order as the original (what a JSON printout shows).
    return path === undefined ? { code, severity, message, range } : { code, severity, message, path, range };
  }
  return { ...diagnostic, range };
}
