// The main thread cuts contacts files into batches without parsing them; the workers parse each
// batch. These tests check that the rows, their numbers and their lines are exactly those of
// reading the whole file at once, whatever the chunk sizes of the reads and the batch sizes.
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { rowsOfBatch, type Batch } from './batch-rows.js';
import { CsvInputError, csvInputError } from './csv-error.js';
import { CsvSplitter } from './csv-split.js';
import { maxRowBytes, splitSizes, type SplitSizes } from './limits.js';
import { NdjsonSplitter } from './ndjson-split.js';
import type { RowInput } from './rows.js';

/** `bytes` cut at the given offsets (sorted, deduplicated), as a reader would see them. */
function chunksOf(bytes: Buffer, cuts: readonly number[]): Buffer[] {
  const offsets = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Buffer[] = [];
  let start = 0;
  for (const offset of [...offsets, bytes.length]) {
    if (offset > start) chunks.push(bytes.subarray(start, offset));
    start = Math.max(start, offset);
  }
  return chunks;
}

/** Every row of every batch, as the workers would read them. */
function rowsOf(batches: readonly Batch[]): RowInput[] {
  return batches.flatMap((batch) => rowsOfBatch(batch));
}

function splitNdjson(bytes: Buffer, cuts: readonly number[], sizes?: SplitSizes): Batch[] {
  const splitter = new NdjsonSplitter(sizes);
  return [...chunksOf(bytes, cuts).flatMap((chunk) => splitter.push(chunk)), ...splitter.end()];
}

/** The header and rows the way the bulk reader gets them, or the CSV error it stops at. */
function splitCsv(bytes: Buffer, cuts: readonly number[], sizes?: SplitSizes): { header: string[]; rows: RowInput[] } | CsvInputError {
  const splitter = new CsvSplitter(sizes);
  try {
    const batches = [...chunksOf(bytes, cuts).flatMap((chunk) => splitter.push(chunk)), ...splitter.end()];
    let header: string[] = [];
    if (splitter.header !== undefined) {
      const records = parse(Buffer.from(splitter.header), {
        relax_column_count: true,
        skip_empty_lines: true,
        ...(splitter.delimiter === undefined ? {} : { record_delimiter: splitter.delimiter }),
      }) as unknown as string[][];
      header = records[0] ?? [];
    }
    return { header, rows: rowsOf(batches) };
  } catch (error) {
    if (error instanceof CsvInputError) return error;
    const mapped = csvInputError(error);
    if (mapped !== undefined) return mapped;
    throw error;
  }
}

/** The whole file parsed in one go by csv-parse (the reference). */
function wholeCsv(bytes: Buffer): { header: string[]; rows: RowInput[] } | CsvInputError {
  try {
    const records = parse(bytes, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      max_record_size: maxRowBytes,
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
    const [first, ...rest] = records;
    return {
      header: first?.record ?? [],
      rows: rest.map(({ record, info }, index) => ({ row: index + 1, line: info.lines, cells: record })),
    };
  } catch (error) {
    return csvInputError(error)!;
  }
}

const small: SplitSizes = { ...splitSizes, batchSize: 3, batchBytes: 64 };

describe('NDJSON splitting', () => {
  it('numbers rows and lines as one read would: blank lines, CRLF, a BOM, no final line end', () => {
    const text = '\uFEFF{"a":1}\r\n\n  \t\r\n{"b":"é"}\n\u00A0\n{"c":3}';
    const rows = rowsOf(splitNdjson(Buffer.from(text), [1, 2, 9, 10]));
    expect(rows).toEqual([
      { row: 1, line: 1, text: '{"a":1}' },
      { row: 2, line: 4, text: '{"b":"é"}' },
      { row: 3, line: 6, text: '{"c":3}' },
    ]);
  });

  it('cuts batches of whole lines and tells each its first row and line', () => {
    const text = ['{"n":1}', '', '{"n":2}', '{"n":3}', '{"n":4}', '', '{"n":5}', ''].join('\n');
    const batches = splitNdjson(Buffer.from(text), [5], small);
    expect(batches.map((b) => (b.kind === 'rows' ? b.kind : [b.firstRow, b.firstLine, b.rows]))).toEqual([
      [1, 1, 3],
      [4, 5, 2],
    ]);
  });

  it('gives a line over the size limit as a row problem, kept or not kept in memory', () => {
    const long = `{"x":"${'a'.repeat(maxRowBytes)}"}`;
    const text = Buffer.from(`{"n":1}\n${long}\n{"n":3}\n${long}`);
    // Read in small pieces, the first long line is dropped while it streams in; the last one ends the file.
    const cuts = Array.from({ length: Math.ceil(text.length / 65536) }, (_, i) => i * 65536);
    const rows = rowsOf(splitNdjson(text, cuts));
    expect(rows).toEqual([
      { row: 1, line: 1, text: '{"n":1}' },
      { row: 2, line: 2, problem: `Line 2 is longer than ${maxRowBytes} bytes` },
      { row: 3, line: 3, text: '{"n":3}' },
      { row: 4, line: 4, problem: `Line 4 is longer than ${maxRowBytes} bytes` },
    ]);
    // Read whole, the long lines reach the worker, which refuses them alike.
    expect(rowsOf(splitNdjson(text, []))).toEqual(rows);
  });

  it('matches a one-piece read for any lines, reads and batch sizes', () => {
    const line = fc.oneof(
      fc.constantFrom('', ' ', '\t', '\r', '\u3000', '\uFEFF'),
      fc
        .string({ unit: fc.constantFrom('a', 'é', '😀', ' ', '"', '{', '}', '\r'), maxLength: 12 })
        .map((s) => `{"v":${JSON.stringify(s)}}`),
    );
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 40 }),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 8 }),
        fc.integer({ min: 1, max: 5 }),
        (lines, finalNewline, cuts, batchSize) => {
          const text = lines.join('\n') + (finalNewline ? '\n' : '');
          const expected: RowInput[] = [];
          let row = 0;
          text.split('\n').forEach((raw, index) => {
            if (index === text.split('\n').length - 1 && raw === '') return;
            if (raw.trim() === '') return;
            const trimmed = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
            expected.push({ row: ++row, line: index + 1, text: index === 0 && trimmed.startsWith('\uFEFF') ? trimmed.slice(1) : trimmed });
          });
          expect(rowsOf(splitNdjson(Buffer.from(text), cuts, { ...splitSizes, batchSize, batchBytes: 48 }))).toEqual(expected);
        },
      ),
    );
  });
});

describe('CSV splitting', () => {
  it('reads the header, quoted line breaks, empty lines and CRLF as one read would', () => {
    const text = '\uFEFFA,B\r\n\r\nann,"x\r\ny"\r\n"b ""q""",2\r\n\r\nlast,1';
    const expected = wholeCsv(Buffer.from(text));
    // A record's line is where it ends; csv-parse counts a CRLF inside quotes as two lines.
    expect(expected).toEqual({
      header: ['A', 'B'],
      rows: [
        { row: 1, line: 5, cells: ['ann', 'x\r\ny'] },
        { row: 2, line: 6, cells: ['b "q"', '2'] },
        { row: 3, line: 8, cells: ['last', '1'] },
      ],
    });
    for (const cuts of [[], [1], [5, 6], [12, 13, 14], [20]]) expect(splitCsv(Buffer.from(text), cuts, small)).toEqual(expected);
  });

  it('reads a file with CR line ends', () => {
    const text = 'A,B\r1,2\r"3\r",4\r';
    expect(splitCsv(Buffer.from(text), [4], small)).toEqual(wholeCsv(Buffer.from(text)));
    expect(wholeCsv(Buffer.from(text))).toMatchObject({ rows: [{ cells: ['1', '2'] }, { cells: ['3\r', '4'] }] });
  });

  it('stops at the first syntax error with its line, as one read would', () => {
    const text = 'A\nok\n"fine"\n"Bo"b\nnext\n';
    const error = splitCsv(Buffer.from(text), [3], small);
    expect(error).toBeInstanceOf(CsvInputError);
    expect([(error as CsvInputError).message, (error as CsvInputError).line]).toEqual([
      'a quoted field is followed by more text before the next delimiter',
      4,
    ]);
    const open = splitCsv(Buffer.from('A\nok\n"never closed\nmore\n'), [], small);
    expect([(open as CsvInputError).message, (open as CsvInputError).line]).toEqual(['a quoted field is never closed', 4]);
  });

  it('refuses a record over the size limit while it streams in, without holding the file', () => {
    const splitter = new CsvSplitter({ ...splitSizes, maxRowBytes: 100 });
    splitter.push(Buffer.from('A\nok\n"'));
    expect(() => splitter.push(Buffer.from('x'.repeat(120)))).toThrow(new CsvInputError('a row is larger than the limit', 3));
  });

  it('matches a one-piece read of csv-parse for any records, line ends, reads and batch sizes', () => {
    const field = fc.oneof(
      fc.string({ unit: fc.constantFrom('a', 'é', ' ', '😀'), maxLength: 4 }),
      fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r', '\r\n', ' '), maxLength: 5 }).map((s) => `"${s.replaceAll('"', '""')}"`),
    );
    const record = fc.oneof(
      fc.array(field, { minLength: 1, maxLength: 4 }).map((fields) => fields.join(',')),
      fc.constant(''),
    );
    fc.assert(
      fc.property(
        fc.array(record, { maxLength: 30 }),
        fc.constantFrom('\n', '\r\n', '\r'),
        fc.boolean(),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 8 }),
        fc.integer({ min: 1, max: 5 }),
        (records, delimiter, bom, finalDelimiter, cuts, batchSize) => {
          const text = (bom ? '\uFEFF' : '') + records.join(delimiter) + (finalDelimiter ? delimiter : '');
          const bytes = Buffer.from(text);
          expect(splitCsv(bytes, cuts, { ...splitSizes, batchSize, batchBytes: 40 })).toEqual(wholeCsv(bytes));
        },
      ),
    );
  });

  it('matches csv-parse on broken quoting too: same rows before, same error and line', () => {
    const piece = fc.constantFrom('a', ',', '"', '\n', '\r\n', '""', 'b"c', '"d"e');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.array(fc.nat(), { maxLength: 6 }), (pieces, cuts) => {
        const bytes = Buffer.from(pieces.join(''));
        const expected = wholeCsv(bytes);
        const actual = splitCsv(bytes, cuts, { ...splitSizes, batchSize: 2, batchBytes: 16 });
        if (expected instanceof CsvInputError) {
          expect(actual).toBeInstanceOf(CsvInputError);
          expect([(actual as CsvInputError).message, (actual as CsvInputError).line]).toEqual([expected.message, expected.line]);
        } else expect(actual).toEqual(expected);
      }),
    );
  });
});
