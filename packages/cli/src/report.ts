import type { Diagnostic } from '@fieldcode/language';
import type { RuleMeta } from '@fieldcode/content';

/** The lint findings of one file, as handed to the formatters. */
export interface FileReport {
  /** Absolute path. */
  path: string;
  /** Path relative to the working directory, with `/` separators. */
  displayPath: string;
  /** The linted text (used for code frames); absent when the file was not read as text. */
  text?: string;
  /** Findings sorted by position (warnings already removed under `--quiet`). */
  diagnostics: Diagnostic[];
  /** Under `--fix-dry-run`: the fixed text, when fixes changed it (ESLint's `output`). */
  output?: string;
}

/** Everything a formatter needs. */
export interface LintReport {
  files: FileReport[];
  /** Working directory (SARIF and GitHub paths are relative to it). */
  cwd: string;
  /** Every known rule (SARIF `tool.driver.rules`). */
  rules: readonly RuleMeta[];
  /** CLI version (SARIF `tool.driver.version`). */
  version: string;
}

/** Formats a report; returns the complete text written to stdout. */
export type Formatter = (report: LintReport, options: FormatterOptions) => string;

export interface FormatterOptions {
  /** ANSI colours (only the stylish formatter uses them). */
  color: boolean;
}

/** ESLint numeric severity: 2 for errors, 1 for warnings and infos (ESLint has no third level). */
export function numericSeverity(diagnostic: Diagnostic): 1 | 2 {
  return diagnostic.severity === 'error' ? 2 : 1;
}

export interface Counts {
  errorCount: number;
  warningCount: number;
  /** Infos are advisory: reported, but neither errors nor warnings (they never fail `--max-warnings`). */
  infoCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
}

/** Counts findings by severity; fixable infos count with the fixable warnings (ESLint has two levels). */
export function countDiagnostics(diagnostics: readonly Diagnostic[]): Counts {
  const counts: Counts = { errorCount: 0, warningCount: 0, infoCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 };
  for (const diagnostic of diagnostics) {
    const fixable = Object.hasOwn(diagnostic, 'fix');
    if (diagnostic.severity === 'error') {
      counts.errorCount++;
      if (fixable) counts.fixableErrorCount++;
    } else {
      if (diagnostic.severity === 'warning') counts.warningCount++;
      else counts.infoCount++;
      if (fixable) counts.fixableWarningCount++;
    }
  }
  return counts;
}

/** Totals over all files. */
export function totalCounts(files: readonly FileReport[]): Counts {
  const total: Counts = { errorCount: 0, warningCount: 0, infoCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 };
  for (const file of files) {
    const counts = countDiagnostics(file.diagnostics);
    for (const key of Object.keys(total) as Array<keyof Counts>) total[key] += counts[key];
  }
  return total;
}

/** Orders findings by start position, then severity (errors first), then rule id. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    a.range.start.offset - b.range.start.offset ||
    numericSeverity(b) - numericSeverity(a) ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
  );
}

/** `"1 error"` / `"2 errors"`. */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
