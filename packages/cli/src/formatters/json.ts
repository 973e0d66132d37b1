import type { Diagnostic } from '@fieldcode/language';
import { countDiagnostics, numericSeverity, type Formatter, type LintReport } from '../report.js';

/** One message of the ESLint-shaped JSON output. */
export interface JsonMessage {
  ruleId: string;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** ESLint's fix shape: replace the UTF-16 offsets `range` of the file text by `text`. */
  fix?: { range: [number, number]; text: string };
}

/** One file of the ESLint-shaped JSON output. */
export interface JsonFileResult {
  filePath: string;
  messages: JsonMessage[];
  errorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** The fixed text under `--fix-dry-run`, when fixes changed it. */
  output?: string;
}

/**
 * ESLint-shaped JSON (one array entry per file, absolute `filePath`), for tools that read ESLint
 * output. Infos appear with severity 1 but are not included in `warningCount`.
 */
export const json: Formatter = (report) => `${JSON.stringify(eslintResults(report))}\n`;

/** The files of `report` as ESLint's `LintResult`s (the JSON output, and what custom formatters receive). */
export function eslintResults(report: LintReport): JsonFileResult[] {
  return report.files.map((file): JsonFileResult => {
    const counts = countDiagnostics(file.diagnostics);
    return {
      filePath: file.path,
      messages: file.diagnostics.map(toMessage),
      errorCount: counts.errorCount,
      warningCount: counts.warningCount,
      fixableErrorCount: counts.fixableErrorCount,
      fixableWarningCount: counts.fixableWarningCount,
      ...(file.output === undefined ? {} : { output: file.output }),
    };
  });
}

function toMessage(diagnostic: Diagnostic): JsonMessage {
  const message: JsonMessage = {
    ruleId: diagnostic.code,
    severity: numericSeverity(diagnostic),
    message: diagnostic.message,
    line: diagnostic.range.start.line,
    column: diagnostic.range.start.column,
    endLine: diagnostic.range.end.line,
    endColumn: diagnostic.range.end.column,
  };
  if (Object.hasOwn(diagnostic, 'fix') && diagnostic.fix !== undefined) {
    message.fix = { range: [diagnostic.fix.range.start.offset, diagnostic.fix.range.end.offset], text: diagnostic.fix.text };
  }
  return message;
}
