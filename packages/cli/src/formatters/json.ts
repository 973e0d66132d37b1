import { countDiagnostics, numericSeverity, type Formatter } from '../report.js';

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
}

/** ESLint-shaped JSON (one array entry per file, absolute `filePath`), for tools that read ESLint output. */
export const json: Formatter = (report) => {
  const results: JsonFileResult[] = report.files.map((file) => ({
    filePath: file.path,
    messages: file.diagnostics.map((diagnostic) => {
      const message: JsonMessage = {
        ruleId: diagnostic.code,
        severity: numericSeverity(diagnostic),
        message: diagnostic.message,
        line: diagnostic.range.start.line,
        column: diagnostic.range.start.column,
        endLine: diagnostic.range.end.line,
        endColumn: diagnostic.range.end.column,
      };
      if (diagnostic.fix !== undefined) {
        message.fix = { range: [diagnostic.fix.range.start.offset, diagnostic.fix.range.end.offset], text: diagnostic.fix.text };
      }
      return message;
    }),
    ...countDiagnostics(file.diagnostics),
  }));
  return `${JSON.stringify(results)}\n`;
};
