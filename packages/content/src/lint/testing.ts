import type { Diagnostic } from '@fieldcode/language';

/**
 * One-line rendering of a diagnostic for tests and debugging:
 * `code severity line:column-line:column message` (plus ` @path` when set).
 */
export function formatDiagnostic(d: Diagnostic): string {
  const r = d.range;
  return `${d.code} ${d.severity} ${r.start.line}:${r.start.column}-${r.end.line}:${r.end.column} ${d.message}${d.path !== undefined ? ` @${d.path}` : ''}`;
}
