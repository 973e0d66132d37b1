/** A batch of rows rendered in one go: NDJSON bytes plus the counts the summary needs. */
import { rowsOfBatch, type Batch } from './batch-rows.js';
import { CsvInputError } from './csv-error.js';
import { LineBytes } from './line-bytes.js';
import type { RowDiagnostic, RowInput, RowRenderer } from './rows.js';

/** What one batch contributes to the output and the summary. */
export interface BatchOutcome {
  /** One NDJSON line per row, in row order, UTF-8. */
  bytes: Uint8Array;
  ok: number;
  failed: number;
  /** Per diagnostic code: how many findings, and the rows of the first ones. */
  codes: Record<string, { count: number; rows: number[] }>;
  /** Findings of failed rows as `where: row N, column "X": severity message [code]` lines (the first few). */
  failures: string[];
  /** Rendered rows that name their own recipient: line index in `bytes`, row number, normalized recipient (for the duplicate check, recipients.ts). */
  recipients?: Array<{ index: number; row: number; recipient: string }>;
  /** A CSV syntax error in the batch: it stops the run (the batch's rows are not rendered). */
  csvError?: { message: string; line: number };
}

/** How many rows per code the summary keeps. */
export const firstRowsPerCode = 10;
/** How many failure lines one batch sends back for stderr. */
export const failureLinesPerBatch = 20;

/** Output bytes of the previous batch: the next one starts with about as much room. */
let expectedBytes = 64 * 1024;

/** Decodes and renders `batch` in order. `where` is the contacts file as shown to the user. */
export function renderBatch(renderer: RowRenderer, batch: Batch, where: string): BatchOutcome {
  let rows: RowInput[];
  try {
    rows = rowsOfBatch(batch);
  } catch (error) {
    if (!(error instanceof CsvInputError)) throw error;
    return { ...emptyOutcome(), csvError: { message: error.message, line: error.line } };
  }
  const outcome = emptyOutcome();
  const lines = new LineBytes(expectedBytes + (expectedBytes >> 3));
  let index = 0;
  for (const input of rows) {
    const result = renderer.renderRow(input);
    if (result.ok && result.recipient !== undefined)
      (outcome.recipients ??= []).push({ index, row: input.row, recipient: result.recipient });
    renderer.writeLine(result, lines);
    index++;
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
  expectedBytes = Math.max(lines.size, 1024);
  outcome.bytes = lines.bytes();
  return outcome;
}

function emptyOutcome(): BatchOutcome {
  return { bytes: new Uint8Array(0), ok: 0, failed: 0, codes: Object.create(null) as BatchOutcome['codes'], failures: [] };
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
