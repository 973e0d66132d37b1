import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../io.js';
import { run } from './serve.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'fieldcode-serve-'));
  writeFileSync(join(dir, 'hello.txt'), 'Hello <$ Contact.FirstName $>');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function memoryIo(env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: { write: (t: string) => out.push(t) }, stderr: { write: (t: string) => err.push(t) }, cwd: dir, env };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

describe('fieldcode serve', () => {
  it('refuses to listen beyond loopback without a token', async () => {
    await expect(run(['.', '--host', '0.0.0.0'], memoryIo().io)).rejects.toThrow(
      'serve: listening on 0.0.0.0 needs a token (--token-file FILE or FIELDCODE_SERVE_TOKEN): only loopback may be unauthenticated',
    );
  });

  it('refuses a short token and an unreadable token file', async () => {
    await expect(run(['.'], memoryIo({ FIELDCODE_SERVE_TOKEN: 'short' }).io)).rejects.toThrow(
      "serve: the token must be at least 16 characters (e.g. 'openssl rand -hex 32')",
    );
    await expect(run(['.', '--token-file', 'missing.txt'], memoryIo().io)).rejects.toThrow(
      'serve: cannot read --token-file missing.txt (ENOENT)',
    );
  });

  it('refuses a DIR that is not a directory', async () => {
    await expect(run(['hello.txt'], memoryIo().io)).rejects.toThrow('serve: hello.txt is not a directory');
  });

  it('listens on 127.0.0.1, logs JSON lines, serves, and stops when asked', async () => {
    const memory = memoryIo();
    const stop = new AbortController();
    let url = '';
    const exited = run(['.', '--port', '0'], memory.io, stop.signal, (address) => (url = address));
    while (url === '') await new Promise((resolve) => setTimeout(resolve, 10));
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const answer = await fetch(`${url}/v1/render`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ response: 'hello.txt', channel: 'text', data: { Contact: { FirstName: 'Ann' } } }),
    });
    expect(await answer.json()).toEqual({ output: 'Hello Ann', diagnostics: [], ok: true });
    stop.abort();
    expect(await exited).toBe(0);
    expect(memory.stderr()).toBe(
      `fieldcode: render service for . at ${url} (1 response; Ctrl+C to stop)\nfieldcode: render service stopped\n`,
    );
    const logs = memory
      .stdout()
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { level: number; msg: string; req?: { url: string }; res?: { statusCode: number } });
    expect(logs.some((entry) => entry.msg === 'request completed' && entry.res?.statusCode === 200)).toBe(true);
    expect(logs.at(-1)!.msg).toBe('draining: finishing requests in flight');
  });
});
