import type { Diagnostic } from '@fieldcode/language';
import type { Formatter } from '../report.js';

/** GitHub shows at most 10 annotations of each type per step and silently drops the rest. */
export const annotationCapPerType = 10;

type Command = 'error' | 'warning' | 'notice';

const commands: Record<Diagnostic['severity'], Command> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * GitHub Actions workflow commands (`::error file=…,line=…::message`), which become annotations on
 * the run and the pull request. At most 10 per type are printed; a final `::notice::` says how
 * many were left out (use the SARIF output for complete reports).
 */
export const github: Formatter = (report) => {
  const printed: Record<Command, number> = { error: 0, warning: 0, notice: 0 };
  const total: Record<Command, number> = { error: 0, warning: 0, notice: 0 };
  for (const file of report.files) for (const diagnostic of file.diagnostics) total[commands[diagnostic.severity]]++;
  const omitted = (Object.keys(total) as Command[]).reduce((sum, type) => sum + Math.max(0, total[type] - annotationCapPerType), 0);
  // The closing notice needs one of the ten notice slots.
  const cap: Record<Command, number> = {
    error: annotationCapPerType,
    warning: annotationCapPerType,
    notice: omitted > 0 ? annotationCapPerType - 1 : annotationCapPerType,
  };

  const lines: string[] = [];
  for (const file of report.files) {
    for (const diagnostic of file.diagnostics) {
      const type = commands[diagnostic.severity];
      if (printed[type] >= cap[type]) continue;
      printed[type]++;
      const { start, end } = diagnostic.range;
      const properties = [
        `file=${escapeProperty(file.displayPath)}`,
        `line=${start.line}`,
        `col=${start.column}`,
        `endLine=${end.line}`,
        `endColumn=${end.column}`,
        `title=${escapeProperty(diagnostic.code)}`,
      ];
      lines.push(`::${type} ${properties.join(',')}::${escapeData(diagnostic.message)}`);
    }
  }
  const left = (Object.keys(total) as Command[]).reduce((sum, type) => sum + (total[type] - printed[type]), 0);
  if (left > 0) {
    lines.push(
      `::notice::${escapeData(`fieldcode: ${left} more ${left === 1 ? 'finding was' : 'findings were'} not annotated (GitHub shows at most ${annotationCapPerType} per type); use --format sarif for the full report`)}`,
    );
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
};

/** Escaping of a workflow command's message (actions/toolkit `escapeData`). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping of a workflow command's property value (actions/toolkit `escapeProperty`). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
