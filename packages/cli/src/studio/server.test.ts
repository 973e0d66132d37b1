/** The studio server over a temporary library: files API, preconditions, confinement, limits. */
import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { etagOf, maxBodyBytes, startStudio, type StudioServer } from './server.js';

let dir: string;
let library: string;
let server: StudioServer;

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP request (no URL normalisation by a client library). */
function call(method: string, path: string, options: { body?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method, headers: options.headers ?? {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

const text = (extra: Record<string, string> = {}) => ({ 'content-type': 'text/plain; charset=utf-8', ...extra });
const json = { 'content-type': 'application/json' };

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fieldcode-studio-'));
  library = join(dir, 'library');
  mkdirSync(join(library, 'sub'), { recursive: true });
  mkdirSync(join(library, 'data'), { recursive: true });
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'assets', 'index.html'), '<!doctype html><title>studio</title>');
  writeFileSync(join(dir, 'assets', '.hidden.js'), 'secret');
  writeFileSync(
    join(library, 'fieldcode.config.json'),
    JSON.stringify({ profile: 'apple-messages', rules: { 'unknown-field': 'off' }, ignore: ['data/**'] }),
  );
  writeFileSync(join(library, 'hello.txt'), 'Hello <$ Contact.FirstName $>');
  writeFileSync(join(library, 'sub', 'broken.json'), '{ "plainText": ');
  writeFileSync(join(library, 'sub', 'fixable.json'), '{ "plainText": "Hi <${ Contact.FirstName }>" }');
  writeFileSync(join(library, '.env'), 'TOKEN=1');
  writeFileSync(join(dir, 'outside.txt'), 'outside');
  symlinkSync(join(dir, 'outside.txt'), join(library, 'link-out.txt'));
  server = await startStudio({ dir: library, port: 0, assetsDir: join(dir, 'assets') });
});

afterEach(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('studio server', () => {
  it('binds 127.0.0.1 and serves the page with a CSP that forbids framing', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await call('GET', '/');
    expect(page.status).toBe(200);
    expect(page.body).toBe('<!doctype html><title>studio</title>');
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(page.headers['content-security-policy']).not.toContain('unsafe-eval');
    expect(page.headers['x-frame-options']).toBe('DENY');
    expect((await call('GET', '/.hidden.js')).status).toBe(404);
  });

  it('lists the library as fieldcode lint finds it, with lint counts under the folder config', async () => {
    const answer = await call('GET', '/api/library');
    const listing = JSON.parse(answer.body) as { config: Record<string, unknown>; files: Array<Record<string, unknown>> };
    expect(listing.config).toMatchObject({ path: 'fieldcode.config.json', profile: 'apple-messages', rules: { 'unknown-field': 'off' } });
    expect(listing.files.map((file) => [file.path, file.errors, file.warnings, file.contentType ?? null])).toEqual([
      ['hello.txt', 0, 0, 'text'],
      ['sub/broken.json', 1, 0, null],
      ['sub/fixable.json', 0, 1, 'text'],
    ]);
  });

  it('reads a file with its ETag and writes it atomically under If-Match', async () => {
    const read = await call('GET', '/api/file?path=hello.txt');
    expect(read.status).toBe(200);
    expect(read.body).toBe('Hello <$ Contact.FirstName $>');
    expect(read.headers.etag).toBe(etagOf('Hello <$ Contact.FirstName $>'));
    const written = await call('PUT', '/api/file?path=hello.txt', {
      body: 'Hi ✓\r\n',
      headers: text({ 'if-match': String(read.headers.etag) }),
    });
    expect(written.status).toBe(200);
    expect(JSON.parse(written.body)).toEqual({ path: 'hello.txt', etag: etagOf('Hi ✓\r\n') });
    expect(readFileSync(join(library, 'hello.txt'), 'utf8')).toBe('Hi ✓\r\n');
    expect(readdirSync(library).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('never overwrites a change made on disk since the file was opened', async () => {
    const read = await call('GET', '/api/file?path=hello.txt');
    writeFileSync(join(library, 'hello.txt'), 'changed elsewhere');
    const answer = await call('PUT', '/api/file?path=hello.txt', {
      body: 'mine',
      headers: text({ 'if-match': String(read.headers.etag) }),
    });
    expect(answer.status).toBe(412);
    expect(JSON.parse(answer.body)).toEqual({
      error: 'The file changed on disk since it was opened.',
      etag: etagOf('changed elsewhere'),
      text: 'changed elsewhere',
    });
    expect(readFileSync(join(library, 'hello.txt'), 'utf8')).toBe('changed elsewhere');
    expect((await call('PUT', '/api/file?path=hello.txt', { body: 'mine', headers: text() })).status).toBe(428);
  });

  it('creates new files only where none exists (If-None-Match: *)', async () => {
    const created = await call('PUT', '/api/file?path=sub/new.json', {
      body: '{"plainText":"x"}',
      headers: text({ 'if-none-match': '*' }),
    });
    expect(created.status).toBe(200);
    expect(readFileSync(join(library, 'sub', 'new.json'), 'utf8')).toBe('{"plainText":"x"}');
    const again = await call('PUT', '/api/file?path=sub/new.json', { body: 'other', headers: text({ 'if-none-match': '*' }) });
    expect(again.status).toBe(412);
    expect(JSON.parse(again.body)).toMatchObject({ exists: true });
    expect((await call('PUT', '/api/file?path=notes.md', { body: 'x', headers: text({ 'if-none-match': '*' }) })).status).toBe(400);
  });

  it('renames without replacing, and deletes only the version shown', async () => {
    expect(
      (await call('POST', '/api/rename', { body: JSON.stringify({ from: 'hello.txt', to: 'sub/fixable.json' }), headers: json })).status,
    ).toBe(409);
    const renamed = await call('POST', '/api/rename', {
      body: JSON.stringify({ from: 'hello.txt', to: 'sub/greeting.txt' }),
      headers: json,
    });
    expect(renamed.status).toBe(200);
    expect(existsSync(join(library, 'hello.txt'))).toBe(false);
    expect(readFileSync(join(library, 'sub', 'greeting.txt'), 'utf8')).toBe('Hello <$ Contact.FirstName $>');
    expect((await call('DELETE', '/api/file?path=sub/greeting.txt')).status).toBe(428);
    expect((await call('DELETE', '/api/file?path=sub/greeting.txt', { headers: { 'if-match': '"stale"' } })).status).toBe(412);
    const deleted = await call('DELETE', '/api/file?path=sub/greeting.txt', {
      headers: { 'if-match': etagOf('Hello <$ Contact.FirstName $>') },
    });
    expect(deleted.status).toBe(204);
    expect(existsSync(join(library, 'sub', 'greeting.txt'))).toBe(false);
  });

  it('refuses every path that leaves the folder or names a dotfile', async () => {
    const attempts: Array<[string, string, number]> = [
      ['GET', '/api/file?path=../outside.txt', 400],
      ['GET', '/api/file?path=%2e%2e/outside.txt', 400],
      ['GET', '/api/file?path=sub/../../outside.txt', 400],
      ['GET', `/api/file?path=${encodeURIComponent(join(dir, 'outside.txt'))}`, 400],
      ['GET', '/api/file?path=..%5Coutside.txt', 400],
      ['GET', '/api/file?path=hello.txt%00.json', 400],
      ['GET', '/api/file?path=.env', 403],
      ['GET', '/api/file?path=link-out.txt', 403],
      ['PUT', '/api/file?path=link-out.txt', 403],
      ['PUT', '/api/file?path=../escape.json', 400],
      ['GET', '/api/file?path=missing.json', 404],
      ['GET', '/../outside.txt', 403],
    ];
    for (const [method, path, status] of attempts) {
      const answer = await call(method, path, method === 'PUT' ? { body: 'x', headers: text({ 'if-none-match': '*' }) } : {});
      expect({ method, path, status: answer.status }).toEqual({ method, path, status });
    }
    expect(readFileSync(join(dir, 'outside.txt'), 'utf8')).toBe('outside');
    expect(existsSync(join(dir, 'escape.json'))).toBe(false);
    const renameOut = await call('POST', '/api/rename', { body: JSON.stringify({ from: 'hello.txt', to: '../moved.txt' }), headers: json });
    expect(renameOut.status).toBe(400);
  });

  it('refuses foreign Host and Origin headers, and bodies over the limit', async () => {
    expect((await call('GET', '/api/library', { headers: { host: 'attacker.example:80' } })).status).toBe(403);
    const foreign = await call('PUT', '/api/file?path=x.json', {
      body: '{}',
      headers: text({ 'if-none-match': '*', origin: 'http://attacker.example' }),
    });
    expect(foreign.status).toBe(403);
    expect(existsSync(join(library, 'x.json'))).toBe(false);
    const huge = await call('PUT', '/api/file?path=big.json', {
      body: 'x'.repeat(maxBodyBytes + 1),
      headers: text({ 'if-none-match': '*' }),
    });
    expect(huge.status).toBe(413);
    expect(existsSync(join(library, 'big.json'))).toBe(false);
  });

  it('fixes text with the --fix core under the folder config', async () => {
    const answer = await call('POST', '/api/fix', {
      body: JSON.stringify({ path: 'sub/fixable.json', text: '{ "plainText": "Hi <${ Contact.FirstName }>" }' }),
      headers: json,
    });
    expect(JSON.parse(answer.body)).toEqual({ text: '{ "plainText": "Hi <$ Contact.FirstName $>" }', fixed: 1 });
  });

  it('searches the text of the library files', async () => {
    const answer = await call('GET', '/api/search?q=CONTACT.firstname');
    expect(JSON.parse(answer.body)).toEqual({ matches: ['hello.txt', 'sub/fixable.json'] });
  });
});
