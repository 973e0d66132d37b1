/** The demo server: static files, the examples listing, and paths confined to their folders. */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
// @ts-expect-error -- plain ESM module without type declarations
import { startDemoServer, safeResolve } from '../../editor/demo-server.mjs';

let dir: string;
let server: { url: string; close(): Promise<void> };

/** A raw GET (no URL normalisation by a client library), resolving to status, content type and body. */
function get(path: string): Promise<{ status: number; type: string; csp: string; body: string }> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), csp: String(res.headers['content-security-policy']), body }),
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
  server = await startDemoServer({ port: 0, demoDir: join(dir, 'demo'), examplesDir: join(dir, 'examples') });
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
    for (const path of ['/examples/../secret.txt', '/examples/%2e%2e/secret.txt', '/examples/..%2fsecret.txt', '/examples/%2e%2e%5csecret.txt', '/../secret.txt', '/examples/a.txt%00.json', '/examples/%E0%A4%A']) {
      const response = await get(path);
      expect({ path, status: response.status }).toEqual({ path, status: 400 });
    }
  });

  it('resolves safe paths inside the root only', () => {
    expect(safeResolve('/srv/root', 'a/b.json')).toBe('/srv/root/a/b.json');
    expect(safeResolve('/srv/root', './a//b.json')).toBe('/srv/root/a/b.json');
    expect(safeResolve('/srv/root', '../x')).toBeNull();
    expect(safeResolve('/srv/root', '%2e%2e/x')).toBeNull();
  });
});
