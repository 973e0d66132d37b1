import type { Diagnostic } from '@fieldcode/language';
import { codeFrame, splitLines } from '../code-frame.js';
import { printable } from '../printable.js';
import { plural, totalCounts, type FileReport, type Formatter } from '../report.js';
import { palette, type Palette } from './ansi.js';

/**
 * The default, human-readable format (modelled on ESLint's `stylish`): findings grouped by file in
 * aligned columns, a code frame under every error, then a summary line.
 */
export const stylish: Formatter = (report, options) => {
  const paint = palette(options.color);
  const sections = report.files.filter((file) => file.diagnostics.length > 0).map((file) => formatFile(file, paint));
  const totals = totalCounts(report.files);
  const problems = totals.errorCount + totals.warningCount + totals.infoCount;
  if (problems === 0) return `${paint.green('✔')} no problems (${plural(report.files.length, 'file')} checked)\n`;

  const summaryColor = totals.errorCount > 0 ? paint.red : paint.yellow;
  const breakdown = [plural(totals.errorCount, 'error'), plural(totals.warningCount, 'warning')];
  if (totals.infoCount > 0) breakdown.push(plural(totals.infoCount, 'info'));
  const lines = [...sections, summaryColor(paint.bold(`✖ ${plural(problems, 'problem')} (${breakdown.join(', ')})`))];
  if (totals.fixableErrorCount + totals.fixableWarningCount > 0) {
    lines.push(
      summaryColor(
        paint.bold(
          `  ${plural(totals.fixableErrorCount, 'error')} and ${plural(totals.fixableWarningCount, 'warning')} potentially fixable with the \`--fix\` option.`,
        ),
      ),
    );
  }
  return `${lines.join('\n')}\n`;
};

function formatFile(file: FileReport, paint: Palette): string {
  const rows = file.diagnostics.map((diagnostic) => ({
    diagnostic,
    position: `${diagnostic.range.start.line}:${diagnostic.range.start.column}`,
    // Text from the linted file reaches the message: no control character may reach the terminal.
    // A whitespace run with a line break becomes one space; matching whole runs keeps this
    // linear (`\s*\r?\n\s*` backtracks quadratically over long runs of blanks).
    message: printable(diagnostic.message.replace(/\s+/g, (run) => (run.includes('\n') ? ' ' : run))),
  }));
  // reduce, not Math.max(...): a file can have more findings than a call has argument slots.
  const positionWidth = rows.reduce((width, row) => Math.max(width, row.position.length), 0);
  const messageWidth = rows.reduce((width, row) => Math.max(width, row.message.length), 0);
  const out = [paint.underline(printable(file.displayPath))];
  const lines = file.text === undefined ? undefined : splitLines(file.text);
  for (const row of rows) {
    const label = severityLabel(row.diagnostic, paint);
    out.push(
      `  ${paint.dim(row.position.padEnd(positionWidth))}  ${label}  ${row.message.padEnd(messageWidth)}  ${paint.dim(printable(row.diagnostic.code))}`,
    );
    if (row.diagnostic.severity === 'error' && lines !== undefined) {
      out.push(indent(codeFrame(lines, row.diagnostic.range.start), '    '));
    }
  }
  return `${out.join('\n')}\n`;
}

function severityLabel(diagnostic: Diagnostic, paint: Palette): string {
  switch (diagnostic.severity) {
    case 'error':
      return paint.red('error  ');
    case 'warning':
      return paint.yellow('warning');
    default:
      return paint.cyan('info   ');
  }
}

function indent(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((line) => prefix + line)
    .join('\n');
}
