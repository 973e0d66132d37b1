/** CSV syntax errors: they stop a bulk run, since an unclosed quote swallows the rest of the file. */

/** A CSV syntax error, positioned by its line in the contacts file. */
export class CsvInputError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

/**
 * The parser's messages quote the contacts file ("value is \"…\"", "got \"…\""), which is customer
 * data: the error is worded from its code instead, and positioned by its line.
 */
const csvMessages: Readonly<Record<string, string>> = {
  CSV_QUOTE_NOT_CLOSED: 'a quoted field is never closed',
  CSV_INVALID_CLOSING_QUOTE: 'a quoted field is followed by more text before the next delimiter',
  INVALID_OPENING_QUOTE: 'a quote inside an unquoted field (quote the whole field and double inner quotes: "a ""b"" c")',
  CSV_MAX_RECORD_SIZE: 'a row is larger than the limit',
};

/**
 * The {@link CsvInputError} for an error csv-parse threw while parsing text whose first line is
 * `firstLine` of the file; undefined for anything else.
 */
export function csvInputError(error: unknown, firstLine = 1): CsvInputError | undefined {
  const csvError = error as { code?: unknown; lines?: unknown } | null;
  const code = typeof csvError?.code === 'string' ? csvError.code : undefined;
  if (code === undefined || !(code.startsWith('CSV_') || code === 'INVALID_OPENING_QUOTE')) return undefined;
  const message = Object.hasOwn(csvMessages, code) ? csvMessages[code]! : `invalid CSV (${code})`;
  const lines = typeof csvError?.lines === 'number' ? csvError.lines : 1;
  return new CsvInputError(message, firstLine + lines - 1);
}
