/** The demo server: static files, the examples listing, and paths confined to their folders. */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { startDemoServer } from '../../editor/demo-server.mjs';
import * as guard from '@fieldcode/cli/http-guard';

let dir: string;
let server: { url: string; close(): Promise<void> };

/** A raw GET (no URL normalisation by a client library), resolving to status, content type and body. */
function get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; type: string; csp: string; body: string }> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method: 'GET', headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          type: String(res.headers['content-type']),
          csp: String(res.headers['content-security-policy']),
          body,
        }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fieldcode-demo-server-'));
  mkdirSync(join(dir, 'demo', 'sub'), { recursive: true });
  mkdirSync(join(dir, 'examples', 'data'), { recursive: true });
  writeFileSync(join(dir, 'demo', 'index.html'), '<!doctype html><title>demo</title>');
  writeFileSync(join(dir, 'demo', 'sub', 'a.js'), 'export {};');
  writeFileSync(join(dir, 'examples', 'b.json'), '{"plainText":"B"}');
  writeFileSync(join(dir, 'examples', 'a.txt'), 'Hello');
  writeFileSync(join(dir, 'examples', 'fieldcode.config.json'), '{}');
  writeFileSync(join(dir, 'examples', 'notes.md'), '# notes');
  writeFileSync(join(dir, 'examples', 'data', 'b.data.json'), '{"Contact":{}}');
  writeFileSync(join(dir, 'secret.txt'), 'secret');
  writeFileSync(join(dir, 'examples', '.env'), 'TOKEN=1');
  mkdirSync(join(dir, 'examples', '.git'));
  writeFileSync(join(dir, 'examples', '.git', 'config'), '[core]');
  symlinkSync(join(dir, 'outside'), join(dir, 'examples', 'etc'));
  mkdirSync(join(dir, 'outside'));
  writeFileSync(join(dir, 'outside', 'passwd'), 'root:x:0:0');
  symlinkSync(join(dir, 'secret.txt'), join(dir, 'examples', 'secret-link.txt'));
  symlinkSync(join(dir, 'examples', 'a.txt'), join(dir, 'examples', 'inner-link.txt'));
  symlinkSync('.env', join(dir, 'examples', 'env-link.txt'));
  server = await startDemoServer({
    guard,
    port: 0,
    demoDir: join(dir, 'demo'),
    examplesDir: join(dir, 'examples'),
    stderr: { write: () => undefined },
  });
});

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('startDemoServer', () => {
  it('serves the demo page with a strict CSP and static files with their types', async () => {
    const page = await get('/');
    expect(page).toMatchObject({ status: 200, type: 'text/html; charset=utf-8', body: '<!doctype html><title>demo</title>' });
    expect(page.csp).toContain("script-src 'self'");
    expect(page.csp).not.toContain('unsafe-eval');
    expect(await get('/sub/a.js')).toMatchObject({ status: 200, type: 'text/javascript; charset=utf-8', body: 'export {};' });
    expect((await get('/missing.js')).status).toBe(404);
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('lists and serves the examples library', async () => {
    const listing = await get('/examples/');
    expect(JSON.parse(listing.body)).toEqual({ files: ['a.txt', 'b.json'], data: ['data/b.data.json'] });
    expect(await get('/examples/b.json')).toMatchObject({ status: 200, body: '{"plainText":"B"}' });
    expect(await get('/examples/data/b.data.json')).toMatchObject({ status: 200, body: '{"Contact":{}}' });
  });

  it('refuses paths that leave their folder', async () => {
    for (const path of [
      '/examples/../secret.txt',
      '/examples/%2e%2e/secret.txt',
      '/examples/..%2fsecret.txt',
      '/examples/%2e%2e%5csecret.txt',
      '/../secret.txt',
      '/examples/a.txt%00.json',
      '/examples/%E0%A4%A',
    ]) {
      const response = await get(path);
      expect({ path, status: response.status }).toEqual({ path, status: 400 });
    }
  });

  it('serves nothing behind a symbolic link that leaves the folder, and no dotfile', async () => {
    for (const path of [
      '/examples/etc/passwd',
      '/examples/secret-link.txt',
      '/examples/.env',
      '/examples/.git/config',
      '/examples/%2eenv',
      '/examples/env-link.txt',
    ]) {
      const response = await get(path);
      expect({ path, status: response.status, body: response.body }).toEqual({ path, status: 404, body: 'not found' });
    }
    expect(await get('/examples/inner-link.txt')).toMatchObject({ status: 200, body: 'Hello' });
  });

  it('answers only to its own host names (DNS rebinding) and forbids framing', async () => {
    const page = await get('/');
    expect(page.csp).toContain("frame-ancestors 'none'");
    expect(page.csp).toContain("script-src 'self'");
    for (const host of ['127.0.0.1', 'localhost:4173', '[::1]:80']) expect((await get('/', { host })).status).toBe(200);
    const rebound = await get('/examples/a.txt', { host: 'attacker.example:4173' });
    expect(rebound).toMatchObject({
      status: 403,
      body: 'This host name is not allowed: open the server by its address (or add the name to the allowed hosts).\n',
    });
    expect(rebound.csp).toContain("frame-ancestors 'none'");
  });

  it('does not start without the request guard', async () => {
    // Untyped callers can leave it out; the declarations require it.
    await expect(startDemoServer({ port: 0 } as never)).rejects.toThrow(
      'startDemoServer needs the request guard (guard: the module @fieldcode/cli/http-guard)',
    );
  });
});
