import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../io.js';
import { run } from '../commands/render.js';
import { runBulk, type BulkRequest } from './command.js';

let dir: string;
const response = {
  structured: {
    contentType: 'notification',
    content: [
      {
        index: 1,
        type: 'notification',
        language: 'en_US',
        id: 'ns_1@bill_due',
        text: 'Hello {{1}}, you owe {{2}}.',
        parameters: [
          { name: 'name', index: '1', value: '<$ Contact.FirstName $>' },
          { name: 'amount', index: '2', value: '<$ CustomProp_Amount $>' },
        ],
      },
    ],
  },
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'fieldcode-bulk-'));
  writeFileSync(join(dir, 'bill.json'), JSON.stringify(response));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function memoryIo() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: { write: (t: string) => out.push(t) }, stderr: { write: (t: string) => err.push(t) }, cwd: dir, env: {} };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

function lines(text: string): Array<{ row: number; ok: boolean; output: unknown; diagnostics: Array<Record<string, unknown>> }> {
  return text
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line));
}

/** The notification text of a genesys payload. */
function textOf(output: unknown): string {
  return (output as { content: Array<{ text: string }> }).content[0]!.text;
}

describe('fieldcode render --bulk (NDJSON)', () => {
  it('renders one line per row in order and reports a malformed line with its row, line and character', async () => {
    writeFileSync(
      join(dir, 'contacts.ndjson'),
      [
        '{"Contact":{"FirstName":"Ann"},"Variables":{"CustomProp_Amount":"$10"}}',
        '',
        '{"Contact":{"FirstName":"Bob",},"Variables":{"CustomProp_Amount":"$20"}}',
        '{"Contact":{"FirstName":7},"Variables":{"CustomProp_Amount":"$30"}}',
        '{"Contact":{"FirstName":"Dee"},"Variables":{"CustomProp_Amount":"$40"}}',
      ].join('\n'),
    );
    const io = memoryIo();
    expect(await run(['bill.json', '--bulk', 'contacts.ndjson', '--workers', '0'], io.io)).toBe(1);
    const results = lines(io.stdout());
    expect(results.map((r) => [r.row, r.ok])).toEqual([
      [1, true],
      [2, false],
      [3, false],
      [4, true],
    ]);
    expect(textOf(results[0]!.output)).toBe('Hello Ann, you owe $10.');
    expect(textOf(results[3]!.output)).toBe('Hello Dee, you owe $40.');
    expect(results[1]!.diagnostics).toEqual([
      {
        code: 'json-syntax',
        severity: 'error',
        line: 3,
        character: 31,
        message: "Expected a property name in double quotes but found '}' — a trailing comma before '}' is not allowed in JSON",
      },
    ]);
    expect(results[2]!.diagnostics).toEqual([
      { code: 'schema', severity: 'error', message: 'Contact.FirstName must be string', column: 'Contact.FirstName' },
    ]);
    expect(io.stderr()).toBe(
      [
        "contacts.ndjson:3:31: row 2: error Expected a property name in double quotes but found '}' — a trailing comma before '}' is not allowed in JSON [json-syntax]",
        'contacts.ndjson: row 3, column "Contact.FirstName": error Contact.FirstName must be string [schema]',
        'fieldcode: 4 rows: 2 ok, 2 failed',
        '',
      ].join('\n'),
    );
  });

  it('fails rows with warnings under --strict and names the missing field', async () => {
    writeFileSync(join(dir, 'strict.ndjson'), '{"Contact":{"FirstName":"Ann"}}\n');
    const io = memoryIo();
    expect(await run(['bill.json', '--bulk', 'strict.ndjson', '--workers', '0', '--strict'], io.io)).toBe(1);
    const [result] = lines(io.stdout());
    expect(result!.ok).toBe(false);
    expect(result!.output).toBe(null);
    expect(result!.diagnostics).toContainEqual({
      code: 'missing-value',
      severity: 'error',
      message: 'Missing value: Variables.CustomProp_Amount (strict mode).',
      column: 'Variables.CustomProp_Amount',
      path: '/structured/content/0/parameters/1/value',
    });
  });

  it('fails a row whose recipient an earlier row reaches, after normalizing, across batches', async () => {
    // 300 rows: two batches of the reader (256 rows each), so the check spans batches.
    const rows = Array.from({ length: 300 }, (_, i) => {
      const to = i === 1 ? '+447400123456' : i === 299 ? '+44 7400 123456' : `+4474001${String(i).padStart(5, '0')}`;
      return JSON.stringify({ Contact: { FirstName: `N${i}` }, Variables: { CustomProp_Amount: '$1' }, to });
    });
    // Row 3 has an invalid number: it is not sent, so it reaches nobody.
    rows[2] = '{"Contact":{"FirstName":"X"},"Variables":{"CustomProp_Amount":"$1"},"to":"12"}';
    writeFileSync(join(dir, 'dupes.ndjson'), rows.join('\n'));
    const args = [
      'bill.json',
      '--bulk',
      'dupes.ndjson',
      '--workers',
      '0',
      '--channel',
      'whatsapp-cloud',
      '--registered-number',
      '+44 7400 000000',
    ];
    const io = memoryIo();
    expect(await run([...args, '--report', 'dupes-report.json'], io.io)).toBe(1);
    const results = lines(io.stdout());
    expect(results).toHaveLength(300);
    expect(results[299]).toEqual({
      row: 300,
      ok: false,
      output: null,
      diagnostics: [
        {
          code: 'duplicate-recipient',
          severity: 'error',
          message: 'Recipient +447400123456 is already reached by row 2: this row would send the same message a second time',
          column: 'to',
        },
      ],
    });
    expect(results.filter((r) => !r.ok).map((r) => r.row)).toEqual([3, 300]);
    expect(io.stderr()).toContain(
      'dupes.ndjson: row 300, column "to": error Recipient +447400123456 is already reached by row 2: this row would send the same message a second time [duplicate-recipient]\n',
    );
    expect(io.stderr()).toContain('fieldcode: 300 rows: 298 ok, 2 failed\n');
    const report = JSON.parse(readFileSync(join(dir, 'dupes-report.json'), 'utf8'));
    expect(report.codes['duplicate-recipient']).toEqual({ count: 1, firstRows: [300] });

    const allowed = memoryIo();
    expect(await run([...args, '--allow-duplicate-recipients'], allowed.io)).toBe(1);
    expect(
      lines(allowed.stdout())
        .filter((r) => !r.ok)
        .map((r) => r.row),
    ).toEqual([3]);
  });

  it('checks and normalizes WhatsApp recipients, naming the to column', async () => {
    writeFileSync(
      join(dir, 'to.ndjson'),
      [
        '{"Contact":{"FirstName":"Ann"},"Variables":{"CustomProp_Amount":"$1"},"to":"+44 7400 123456"}',
        '{"Contact":{"FirstName":"Bob"},"Variables":{"CustomProp_Amount":"$2"},"to":"12"}',
        '{"Contact":{"FirstName":"Cy"},"Variables":{"CustomProp_Amount":"$3"}}',
        '{"Contact":{"FirstName":"Di"},"to":"+44 7400 12"}',
      ].join('\n'),
    );
    const io = memoryIo();
    expect(await run(['bill.json', '--bulk', 'to.ndjson', '--workers', '0', '--channel', 'whatsapp-cloud'], io.io)).toBe(1);
    const results = lines(io.stdout());
    expect((results[0]!.output as { to: string }).to).toBe('+447400123456');
    expect(results[1]!.diagnostics).toEqual([
      {
        code: 'recipient',
        severity: 'error',
        column: 'to',
        message:
          "Invalid WhatsApp number '12': the number has no + and no registered number was given to take the country code from; +12 is not a phone number with a known country calling code",
      },
    ]);
    expect(results[2]!.diagnostics).toEqual([
      {
        code: 'recipient',
        severity: 'error',
        column: 'to',
        message: "No recipient: the whatsapp-cloud channel needs a 'to' field or column (or --to)",
      },
    ]);
    // A bad recipient does not hide the row's other problems: the row is rendered all the same.
    expect(results[3]).toEqual({
      row: 4,
      ok: false,
      output: null,
      diagnostics: [
        {
          code: 'recipient',
          severity: 'error',
          column: 'to',
          message: "Invalid WhatsApp number '+44 7400 12': +44740012 has the wrong length for calling code +44",
        },
        {
          code: 'missing-value',
          severity: 'warning',
          message: 'Missing value: Variables.CustomProp_Amount renders as empty text.',
          column: 'Variables.CustomProp_Amount',
          path: '/structured/content/0/parameters/1/value',
        },
        {
          code: 'parameter-empty',
          severity: 'error',
          message: 'The rendered value of parameter "amount" in the body is empty; WhatsApp rejects empty template parameters',
          path: '/structured/content/0/parameters/1/value',
        },
      ],
    });
  });
});

describe('fieldcode render --bulk (CSV)', () => {
  it('maps headers into render data, applies --map and reports a bad row with its number', async () => {
    writeFileSync(
      join(dir, 'contacts.csv'),
      ['Contact.FirstName,Amount,Notes', 'Ann,$10,first', '"Bob, Jr.",$20,"quoted, with comma"', 'Cy,$30', ',$40,no name'].join('\r\n'),
    );
    const io = memoryIo();
    const args = [
      'bill.json',
      '--bulk',
      'contacts.csv',
      '--workers',
      '0',
      '--map',
      'Amount=Variables.CustomProp_Amount',
      '--map',
      'Notes=',
      '--report',
      'report.json',
    ];
    expect(await run(args, io.io)).toBe(1);
    const results = lines(io.stdout());
    // Row 4 renders an empty parameter, which WhatsApp rejects.
    expect(results.map((r) => [r.row, r.ok])).toEqual([
      [1, true],
      [2, true],
      [3, false],
      [4, false],
    ]);
    expect(textOf(results[1]!.output)).toBe('Hello Bob, Jr., you owe $20.');
    expect(results[2]!.diagnostics).toEqual([{ code: 'row-input', severity: 'error', message: 'Expected 3 CSV fields, found 2', line: 4 }]);
    expect(results[3]!.diagnostics).toEqual([
      {
        code: 'missing-value',
        severity: 'warning',
        message: 'Missing value: Contact.FirstName renders as empty text.',
        column: 'Contact.FirstName',
        path: '/structured/content/0/parameters/0/value',
      },
      {
        code: 'parameter-empty',
        severity: 'error',
        message: 'The rendered value of parameter "name" in the body is empty; WhatsApp rejects empty template parameters',
        path: '/structured/content/0/parameters/0/value',
      },
    ]);
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'))).toEqual({
      response: 'bill.json',
      contacts: 'contacts.csv',
      format: 'csv',
      channel: 'genesys',
      rows: 4,
      ok: 2,
      failed: 2,
      codes: {
        'missing-value': { count: 1, firstRows: [4] },
        'parameter-empty': { count: 1, firstRows: [4] },
        'row-input': { count: 1, firstRows: [3] },
      },
    });
  });

  it('names a schema problem by its CSV column', async () => {
    writeFileSync(join(dir, 'agent.csv'), 'Contact.FirstName,Variables.CustomProp_Amount,Agent.Nickname\nAnn,$1,Al\n');
    const io = memoryIo();
    expect(await run(['bill.json', '--bulk', 'agent.csv', '--workers', '0'], io.io)).toBe(1);
    expect(lines(io.stdout())[0]!.diagnostics).toEqual([
      { code: 'schema', severity: 'error', message: 'Agent must NOT have additional properties', column: 'Agent' },
    ]);
  });

  it('refuses an unknown header with a hint, before rendering anything', async () => {
    writeFileSync(join(dir, 'unknown.csv'), 'Contact.FirstName,first name\nAnn,Ann\n');
    const io = memoryIo();
    await expect(run(['bill.json', '--bulk', 'unknown.csv', '--workers', '0'], io.io)).rejects.toThrow(
      "render: unknown CSV header column 2 'first name'",
    );
    expect(io.stdout()).toBe('');
  });

  it('stops at a CSV syntax error with its line and leaves --out unwritten', async () => {
    writeFileSync(join(dir, 'broken.csv'), 'Contact.FirstName\nAnn\n"Bo"b\nCy\n');
    const io = memoryIo();
    expect(await run(['bill.json', '--bulk', 'broken.csv', '--workers', '0', '--out', 'broken.ndjson'], io.io)).toBe(1);
    expect(io.stderr()).toContain('broken.csv:3: error a quoted field is followed by more text before the next delimiter [csv-syntax]\n');
    expect(readdirSync(dir).filter((name) => name.startsWith('broken.ndjson') || name.startsWith('.broken.ndjson'))).toEqual([]);
  });

  it('reads a UTF-16 file with its byte-order mark (spreadsheet "Unicode text")', async () => {
    const text = '\uFEFFContact.FirstName,Variables.CustomProp_Amount\r\nZoë,€5\r\n"Li, Wei",¥6\r\n';
    writeFileSync(join(dir, 'utf16.csv'), Buffer.from(text, 'utf16le'));
    const io = memoryIo();
    expect(await run(['bill.json', '--bulk', 'utf16.csv', '--workers', '0'], io.io)).toBe(0);
    expect(lines(io.stdout()).map((r) => [r.row, textOf(r.output)])).toEqual([
      [1, 'Hello Zoë, you owe €5.'],
      [2, 'Hello Li, Wei, you owe ¥6.'],
    ]);
  });

  it('writes --out atomically with every row', async () => {
    writeFileSync(
      join(dir, 'many.csv'),
      `Contact.FirstName,Variables.CustomProp_Amount\n${Array.from({ length: 1000 }, (_, i) => `N${i},$${i}`).join('\n')}\n`,
    );
    const io = memoryIo();
    expect(await run(['bill.json', '--bulk', 'many.csv', '--workers', '0', '--out', 'many.ndjson'], io.io)).toBe(0);
    const results = lines(readFileSync(join(dir, 'many.ndjson'), 'utf8'));
    expect(results.length).toBe(1000);
    expect(results.every((r, i) => r.row === i + 1 && textOf(r.output) === `Hello N${i}, you owe $${i}.`)).toBe(true);
    expect(io.stdout()).toBe('');
    expect(io.stderr()).toBe('fieldcode: 1000 rows: 1000 ok, 0 failed\n');
  });

  it('needs --bulk for the bulk options', async () => {
    await expect(run(['bill.json', '--workers', '2'], memoryIo().io)).rejects.toThrow('render: --workers needs --bulk CONTACTS');
  });
});

describe('fieldcode render --bulk progress bar', () => {
  const request = (contacts: string): BulkRequest => ({
    contacts,
    setup: { response: response, options: { channel: 'genesys' }, strict: false },
    workers: 0,
    mappings: [],
    responseShown: 'bill.json',
  });
  /** A terminal stderr and a clock that moves 250 ms per reading. */
  function terminal(env: Record<string, string> = {}) {
    const io = memoryIo();
    const stderr = { write: io.io.stderr.write, isTTY: true };
    let now = 10_000;
    return { io: { ...io.io, stderr, env }, stderr: io.stderr, clock: () => (now += 250) };
  }

  beforeAll(() => {
    const rows = Array.from({ length: 600 }, (_, i) => `{"Contact":{"FirstName":"N${i}"},"Variables":{"CustomProp_Amount":"$1"}}`);
    writeFileSync(join(dir, 'progress.ndjson'), `${rows.join('\n')}\n`);
  });

  it('draws rows, rate and ETA on a terminal, redraws in place, and clears itself before the summary', async () => {
    const t = terminal();
    expect(await runBulk(t.io, request('progress.ndjson'), { clock: t.clock })).toBe(0);
    // Three batches (256, 256, 88 rows); the file is read at once, so the bar is full from the start.
    // Each update reads the clock once, 250 ms after the previous reading (the start read it first).
    expect(t.stderr().split('\r')).toEqual([
      '',
      '████████████████████████ 100%  256 rows  1,024 rows/s  ETA 0:00\u001b[K',
      '████████████████████████ 100%  512 rows  1,024 rows/s  ETA 0:00\u001b[K',
      '████████████████████████ 100%  600 rows  800 rows/s  ETA 0:00\u001b[K',
      '\u001b[Kfieldcode: 600 rows: 600 ok, 0 failed\n',
    ]);
  });

  it('stays quiet in CI and when stderr is not a terminal', async () => {
    const ci = terminal({ CI: 'true' });
    expect(await runBulk(ci.io, request('progress.ndjson'), { clock: ci.clock })).toBe(0);
    expect(ci.stderr()).toBe('fieldcode: 600 rows: 600 ok, 0 failed\n');
    const piped = memoryIo();
    expect(await runBulk(piped.io, request('progress.ndjson'))).toBe(0);
    expect(piped.stderr()).toBe('fieldcode: 600 rows: 600 ok, 0 failed\n');
  });

  it('stops listening to SIGINT and SIGTERM when the run ends by itself', async () => {
    const before = [process.listenerCount('SIGINT'), process.listenerCount('SIGTERM')];
    for (let run = 0; run < 3; run++) expect(await runBulk(memoryIo().io, request('progress.ndjson'))).toBe(0);
    expect([process.listenerCount('SIGINT'), process.listenerCount('SIGTERM')]).toEqual(before);
  });
});
