// End to end: `fieldcode render --bulk` through the built bin, with real worker threads.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from './build.js';
import { fieldcode, startFieldcode } from './run.js';

let dir: string;
const response = {
  structured: {
    contentType: 'notification',
    content: [
      {
        index: 1,
        type: 'notification',
        language: 'en_US',
        id: 'ns_1@hello',
        text: 'Hello {{1}}',
        parameters: [{ name: 'name', index: '1', value: '<$ Contact.FirstName $>' }],
      },
    ],
  },
};

beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'fieldcode-bulk-e2e-'));
  writeFileSync(join(dir, 'fieldcode.config.json'), '{}\n');
  writeFileSync(join(dir, 'hello.json'), JSON.stringify(response));
}, 300_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function ndjson(count: number): string {
  let text = '';
  for (let i = 1; i <= count; i++) text += `{"Contact":{"FirstName":"N${i}"}}\n`;
  return text;
}

describe('fieldcode render --bulk with worker threads', () => {
  it('keeps the input order with several workers, including failed rows', () => {
    // Row 700 is malformed: its result must still be line 700.
    const rows = ndjson(2000).split('\n');
    rows[699] = '{"Contact":';
    writeFileSync(join(dir, 'order.ndjson'), rows.join('\n'));
    const result = fieldcode(dir, 'render', 'hello.json', '--bulk', 'order.ndjson', '--workers', '3');
    expect(result.status).toBe(1);
    const lines = result.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { row: number; ok: boolean; output: { content: Array<{ text: string }> } | null });
    expect(lines.length).toBe(2000);
    const wrong = lines.filter(
      (line, i) => line.row !== i + 1 || (i === 699 ? line.ok : line.output?.content[0]!.text !== `Hello N${i + 1}`),
    );
    expect(wrong).toEqual([]);
    expect(result.stderr).toBe(
      "order.ndjson:700:12: row 700: error Expected a value but found the end of the file — the '{' at line 700 column 1 is never closed [json-syntax]\nfieldcode: 2000 rows: 1999 ok, 1 failed\n",
    );
  });

  it('parses CSV batches in the workers: quoted line breaks keep the numbering, a late syntax error stops the run at its line', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `N${i + 1},${i % 7 === 0 ? '"a note\non two lines"' : 'short'}`);
    const csv = (list: string[]) => `Contact.FirstName,Notes\r\n${list.join('\r\n')}\r\n`;
    writeFileSync(join(dir, 'contacts.csv'), csv(rows));
    const good = fieldcode(dir, 'render', 'hello.json', '--bulk', 'contacts.csv', '--workers', '2', '--map', 'Notes=');
    expect([good.status, good.stderr]).toEqual([0, 'fieldcode: 3000 rows: 3000 ok, 0 failed\n']);
    const lines = good.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { row: number; output: { content: Array<{ text: string }> } });
    expect(lines.filter((line, i) => line.row !== i + 1 || line.output.content[0]!.text !== `Hello N${i + 1}`)).toEqual([]);

    // Row 2501 starts on line 2502 (after the header) plus one for each of the 358 quoted line breaks before it.
    rows[2500] = '"Bo"b,short';
    writeFileSync(join(dir, 'broken.csv'), csv(rows));
    const broken = fieldcode(
      dir,
      'render',
      'hello.json',
      '--bulk',
      'broken.csv',
      '--workers',
      '2',
      '--map',
      'Notes=',
      '--out',
      'broken.ndjson',
    );
    expect(broken.status).toBe(1);
    expect(broken.stderr).toBe(
      'broken.csv:2860: error a quoted field is followed by more text before the next delimiter [csv-syntax]\nfieldcode: broken.csv could not be read past line 2860; broken.ndjson was not written\n',
    );
    expect(readdirSync(dir).filter((name) => name.includes('broken.ndjson'))).toEqual([]);
  });

  it('leaves --out absent (and no temporary file) when interrupted, complete otherwise', async () => {
    writeFileSync(join(dir, 'big.ndjson'), ndjson(300_000));
    const child = startFieldcode(dir, 'render', 'hello.json', '--bulk', 'big.ndjson', '--workers', '1', '--out', 'big.out.ndjson');
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // Interrupt as soon as the temporary output file exists (the run is under way).
    const temporaryExists = () => readdirSync(dir).some((name) => name.startsWith('.big.out.ndjson.') && name.endsWith('.tmp'));
    let running = true;
    void exited.then(() => (running = false));
    while (running && !temporaryExists()) await new Promise((resolve) => setTimeout(resolve, 20));
    child.kill('SIGINT');
    const status = await exited;
    const names = readdirSync(dir).filter((name) => name.includes('big.out'));
    if (status === 130) {
      expect(names).toEqual([]);
      expect(stderr).toMatch(/^fieldcode: interrupted after \d+ rows; big\.out\.ndjson was not written\n$/);
    } else {
      // The run finished before the signal arrived: then the file is complete.
      expect(status).toBe(0);
      expect(names).toEqual(['big.out.ndjson']);
      expect(readFileSync(join(dir, 'big.out.ndjson'), 'utf8').trimEnd().split('\n').length).toBe(300_000);
    }
    expect(existsSync(join(dir, 'big.out.ndjson'))).toBe(status !== 130);
  }, 120_000);
});
