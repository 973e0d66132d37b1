// End to end: `fieldcode serve DIR` through the built bin, over a real socket on 127.0.0.1 (port 0).
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportTemplates } from '@fieldcode/content';
import { ensureBuilt, root } from './build.js';
import { startFieldcode } from './run.js';

const token = 'e2e-token-0123456789abcdef0123';
const auth = { authorization: `Bearer ${token}` };
let dir: string;
let child: ReturnType<typeof startFieldcode>;
let url: string;
let stdout = '';

const envelope = (text: string) => JSON.stringify({ id: 'HELLO1', name: 'Hello', plainText: text }, null, 2);

beforeAll(async () => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'fieldcode-serve-e2e-'));
  writeFileSync(join(dir, 'fieldcode.config.json'), '{}\n');
  writeFileSync(join(dir, 'hello.json'), envelope('Hello <$ Contact.FirstName $>'));
  writeFileSync(join(dir, 'token.txt'), `${token}\n`);
  child = startFieldcode(dir, 'serve', '.', '--port', '0', '--token-file', 'token.txt', '--body-limit', '4096', '--max-in-flight', '2');
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  url = await new Promise<string>((resolve, reject) => {
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const match = /render service for \. at (http:\/\/127\.0\.0\.1:\d+) \(1 response, bearer token required; Ctrl\+C to stop\)\n/.exec(
        stderr,
      );
      if (match) resolve(match[1]!);
    });
    child.on('exit', (code) => reject(new Error(`serve exited early with ${code}: ${stderr}`)));
    setTimeout(() => reject(new Error(`serve did not announce itself: ${stderr}`)), 60_000).unref();
  });
}, 300_000);

afterAll(() => {
  if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

const post = (path: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...auth, ...headers }, body });
const render = (body: unknown) => post('/v1/render', JSON.stringify(body));

/** Polls until `check` passes (the watcher reacts to file changes asynchronously); fails after 20 s. */
async function eventually(check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('condition not reached');
}

describe('fieldcode serve (real socket)', () => {
  it('renders, with 200, 422, 404 and 400 as documented', async () => {
    const ok = await render({ response: 'HELLO1', channel: 'text', data: { Contact: { FirstName: 'Ann' } } });
    expect([ok.status, await ok.json()]).toEqual([200, { output: 'Hello Ann', diagnostics: [], ok: true }]);
    const failed = await render({ response: 'hello.json', channel: 'text', strict: true, data: {} });
    expect(failed.status).toBe(422);
    expect((await failed.json()).diagnostics[0].code).toBe('missing-value');
    expect((await render({ response: 'nope.json' })).status).toBe(404);
    const bad = await post('/v1/render', '{"response": "HELLO1" "data": {}}');
    expect([bad.status, await bad.json()]).toEqual([
      400,
      { error: 'bad-request', message: "Invalid JSON at line 1, column 23: Expected ',' but found '\"data\"'" },
    ]);
    const big = await render({ response: 'HELLO1', data: { Contact: { FirstName: 'x'.repeat(5000) } } });
    expect([big.status, (await big.json()).error]).toEqual([413, 'payload-too-large']);
  });

  it('needs the bearer token except for health, readiness and the OpenAPI document', async () => {
    const refused = await fetch(`${url}/v1/responses`);
    expect(refused.status).toBe(401);
    expect((await fetch(`${url}/metrics`)).status).toBe(401);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect(await (await fetch(`${url}/readyz`)).json()).toEqual({ status: 'ready', responses: 1 });
    expect((await (await fetch(`${url}/openapi.json`)).json()).info.title).toBe('fieldcode render service');
  });

  it('lints, lists and shows responses', async () => {
    const lint = await post('/v1/lint', JSON.stringify({ text: '{"plainText": "Hi <$ Contact.FirstName $>"}', path: 'x.json' }));
    expect(await lint.json()).toEqual({ ok: true, errorCount: 0, warningCount: 0, diagnostics: [] });
    const list = await (await fetch(`${url}/v1/responses`, { headers: auth })).json();
    expect(list.responses).toEqual([{ id: 'HELLO1', name: 'Hello', path: 'hello.json', lint: { errorCount: 0, warningCount: 0 } }]);
    const one = await (await fetch(`${url}/v1/responses/HELLO1`, { headers: auth })).json();
    expect(one.response.plainText).toBe('Hello <$ Contact.FirstName $>');
  });

  it('checks and exports WhatsApp templates', async () => {
    // The project's Meta fixtures (test/fixtures/templates/README.md), compact to fit the 4 KB body limit of this server.
    const reminder = JSON.parse(readFileSync(join(root, 'test', 'fixtures', 'templates', 'appointment-reminder.json'), 'utf8')) as object;
    const exported = await post('/v1/templates/export', JSON.stringify({ response: reminder }));
    expect(exported.status).toBe(200);
    const bodies = ((await exported.json()) as { templates: Array<{ body: unknown }> }).templates.map((t) => t.body);
    expect(bodies).toEqual(exportTemplates(reminder).map((e) => e.body));
    const checked = await post('/v1/templates/check', JSON.stringify({ response: reminder, templates: { data: [] } }));
    expect(checked.status).toBe(422);
    const answer = (await checked.json()) as { ok: boolean; templates: Array<{ status: unknown }>; diagnostics: Array<{ code: string }> };
    expect([answer.ok, answer.templates.map((t) => t.status), answer.diagnostics.map((d) => d.code)]).toEqual([
      false,
      [null, null],
      ['template-approved', 'template-approved'],
    ]);
  });

  it('streams a batch as NDJSON', async () => {
    const body = `${JSON.stringify({ response: 'HELLO1', channel: 'text', data: { Contact: { FirstName: 'A' } } })}\nnot json\n${JSON.stringify({ response: 'HELLO1', channel: 'text', data: { Contact: { FirstName: 'B' } } })}\n`;
    const answer = await post('/v1/render/batch', body, { 'content-type': 'application/x-ndjson' });
    expect(answer.status).toBe(200);
    const lines = (await answer.text())
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => [line.line, line.status, line.output ?? line.error])).toEqual([
      [1, 200, 'Hello A'],
      [2, 400, 'bad-request'],
      [3, 200, 'Hello B'],
    ]);
  });

  it('reloads a changed file, and keeps the previous version of a broken one', async () => {
    writeFileSync(join(dir, 'hello.json'), envelope('Hi again <$ Contact.FirstName $>'));
    const output = async () =>
      (await (await render({ response: 'HELLO1', channel: 'text', data: { Contact: { FirstName: 'Ann' } } })).json()).output;
    await eventually(async () => (await output()) === 'Hi again Ann');
    writeFileSync(join(dir, 'hello.json'), '{ "id": "HELLO1", "plainText": ');
    await eventually(async () => (await (await fetch(`${url}/v1/responses`, { headers: auth })).json()).problems.length === 1);
    expect(await output()).toBe('Hi again Ann');
    const problems = (await (await fetch(`${url}/v1/responses`, { headers: auth })).json()).problems;
    expect(problems).toEqual([
      { path: 'hello.json', message: expect.stringMatching(/^hello\.json:1:\d+: .*\[json-syntax\]$/), previous: true },
    ]);
    expect(stdout).toContain('"msg":"file not loaded"');
  });

  it('exposes metrics in the Prometheus text format', async () => {
    const text = await (await fetch(`${url}/metrics`, { headers: auth })).text();
    const samples = new Map<string, number>();
    for (const line of text.split('\n')) {
      if (line === '' || line.startsWith('#')) continue;
      const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*(?:\{[^}]*\})?) (\S+)$/.exec(line);
      expect(match, line).not.toBeNull();
      samples.set(match![1]!, Number(match![2]));
    }
    expect(samples.get('fieldcode_http_requests_total{method="POST",route="/v1/render",status="413"}')).toBe(1);
    expect(samples.get('fieldcode_library_reloads_total{result="ok"}')).toBeGreaterThanOrEqual(1);
    expect(samples.get('fieldcode_library_reloads_total{result="failed"}')).toBeGreaterThanOrEqual(1);
    expect(samples.get('fieldcode_library_broken_files')).toBe(1);
    expect(samples.has('fieldcode_process_resident_memory_bytes')).toBe(true);
  });

  it('answers 503 beyond the in-flight limit, and on SIGTERM finishes the requests in flight before exiting', async () => {
    // Two batches whose bodies stay open hold both in-flight slots.
    const open = [0, 1].map(() => {
      const req = request(`${url}/v1/render/batch`, { method: 'POST', headers: { 'content-type': 'application/x-ndjson', ...auth } });
      const answer = new Promise<string>((resolve, reject) => {
        req.on('response', (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => (text += chunk.toString()));
          res.on('end', () => resolve(text));
        });
        req.on('error', reject);
      });
      req.write(`${JSON.stringify({ response: 'hello.json', channel: 'text', data: { Contact: { FirstName: 'Q' } } })}\n`);
      return { req, answer };
    });
    await eventually(async () => (await fetch(`${url}/v1/responses`, { headers: auth })).status === 503);
    const busy = await render({ response: 'HELLO1' });
    expect([busy.status, await busy.json()]).toEqual([503, { error: 'busy', message: 'More than 2 requests in flight; retry shortly' }]);

    const exited = new Promise<number | null>((resolve) =>
      (child as unknown as ChildProcessWithoutNullStreams).on('exit', (code) => resolve(code)),
    );
    child.kill('SIGTERM');
    await eventually(async () => stdout.includes('draining: finishing requests in flight'));
    for (const { req } of open)
      req.end(`${JSON.stringify({ response: 'hello.json', channel: 'text', data: { Contact: { FirstName: 'R' } } })}\n`);
    for (const { answer } of open) {
      const lines = (await answer)
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line));
      expect(lines.map((line) => line.output)).toEqual(['Hi again Q', 'Hi again R']);
    }
    expect(await exited).toBe(0);
  }, 60_000);
});
