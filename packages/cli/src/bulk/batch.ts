/** A batch of rows rendered in one go: NDJSON text plus the counts the summary needs. */
import type { RowDiagnostic, RowInput, RowRenderer } from './rows.js';

/** What one batch contributes to the output and the summary. */
export interface BatchOutcome {
  /** One NDJSON line per row, in row order. */
  text: string;
  ok: number;
  failed: number;
  /** Per diagnostic code: how many findings, and the rows of the first ones. */
  codes: Record<string, { count: number; rows: number[] }>;
  /** Findings of failed rows as `where: row N, column "X": severity message [code]` lines (the first few). */
  failures: string[];
  /** Rendered rows that name their own recipient: line index in `text`, row number, normalized recipient (for the duplicate check, recipients.ts). */
  recipients?: Array<{ index: number; row: number; recipient: string }>;
}

/** How many rows per code the summary keeps. */
export const firstRowsPerCode = 10;
/** How many failure lines one batch sends back for stderr. */
export const failureLinesPerBatch = 20;

/** Renders `rows` in order. `where` is the contacts file as shown to the user. */
export function renderBatch(renderer: RowRenderer, rows: readonly RowInput[], where: string): BatchOutcome {
  const outcome: BatchOutcome = { text: '', ok: 0, failed: 0, codes: Object.create(null) as BatchOutcome['codes'], failures: [] };
  const lines: string[] = [];
  for (const input of rows) {
    const result = renderer.renderRow(input);
    if (result.ok && result.recipient !== undefined)
      (outcome.recipients ??= []).push({ index: lines.length, row: input.row, recipient: result.recipient });
    lines.push(renderer.lineOf(result));
    if (result.ok) outcome.ok++;
    else outcome.failed++;
    for (const diagnostic of result.diagnostics) {
      const entry = (outcome.codes[diagnostic.code] ??= { count: 0, rows: [] });
      entry.count++;
      if (entry.rows.length < firstRowsPerCode && entry.rows[entry.rows.length - 1] !== input.row) entry.rows.push(input.row);
      if (!result.ok && outcome.failures.length < failureLinesPerBatch)
        outcome.failures.push(formatRowDiagnostic(where, input.row, diagnostic));
    }
  }
  outcome.text = lines.length === 0 ? '' : `${lines.join('\n')}\n`;
  return outcome;
}

/** `contacts.csv: row 12, column "Contact.FirstName": error Missing value … [missing-value]`. */
export function formatRowDiagnostic(where: string, row: number, diagnostic: RowDiagnostic): string {
  const position =
    diagnostic.line === undefined
      ? where
      : `${where}:${diagnostic.line}${diagnostic.character === undefined ? '' : `:${diagnostic.character}`}`;
  const column = diagnostic.column === undefined ? '' : `, column ${JSON.stringify(diagnostic.column)}`;
  return `${position}: row ${row}${column}: ${diagnostic.severity} ${diagnostic.message} [${diagnostic.code}]`;
}
