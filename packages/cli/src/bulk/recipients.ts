/**
 * The duplicate-recipient check of a campaign: a second row for a recipient that an earlier row
 * already reaches would send the same message twice, so it fails with `duplicate-recipient` naming
 * the first row. Runs on the main thread over the batches in input order (workers see only their
 * own batches), after the rows were rendered and their recipients normalized (`+44 7400 123456`
 * and `447400123456` are one WhatsApp number). Memory grows with the distinct recipients (16 to
 * 32 bytes per phone number, recipient-index.ts); `--allow-duplicate-recipients` turns the check off.
 */
import { failureLinesPerBatch, formatRowDiagnostic, firstRowsPerCode, type BatchOutcome } from './batch.js';
import { RecipientIndex } from './recipient-index.js';
import type { RowDiagnostic, RowResult } from './rows.js';

export class RecipientCheck {
  /** Recipient → the first row that reaches it. */
  private readonly firstRow = new RecipientIndex();

  /** `where` is the contacts file as shown to the user. */
  constructor(private readonly where: string) {}

  /**
   * Registers the batch's recipients in row order and fails the rows whose recipient an earlier
   * row has: their lines in `outcome.bytes`, the counts and the failure lines are updated.
   */
  apply(outcome: BatchOutcome): void {
    if (outcome.recipients === undefined) return;
    let lines: string[] | undefined;
    for (const { index, row, recipient } of outcome.recipients) {
      const first = this.firstRow.firstRowOrRegister(recipient, row);
      if (first === undefined) continue;
      lines ??= Buffer.from(outcome.bytes.buffer, outcome.bytes.byteOffset, outcome.bytes.byteLength).toString('utf8').split('\n');
      const result = JSON.parse(lines[index]!) as RowResult;
      const diagnostic: RowDiagnostic = {
        code: 'duplicate-recipient',
        severity: 'error',
        message: `Recipient ${recipient} is already reached by row ${first}: this row would send the same message a second time`,
        column: 'to',
      };
      outcome.ok--;
      outcome.failed++;
      lines[index] = JSON.stringify({ row, ok: false, output: null, diagnostics: [...result.diagnostics, diagnostic] });
      const entry = (outcome.codes[diagnostic.code] ??= { count: 0, rows: [] });
      entry.count++;
      if (entry.rows.length < firstRowsPerCode) entry.rows.push(row);
      if (outcome.failures.length < failureLinesPerBatch) outcome.failures.push(formatRowDiagnostic(this.where, row, diagnostic));
    }
    if (lines !== undefined) outcome.bytes = Buffer.from(lines.join('\n'), 'utf8');
  }
}
