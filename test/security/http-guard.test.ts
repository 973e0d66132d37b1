/**
 * The request guard shared by every fieldcode server: confinement to a root through symbolic
 * links, no dotfiles, no FIFOs, the Host check against DNS rebinding, the security headers, the
 * loopback warning, and its node:http and Fastify-hook adapters.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createRequestGuard,
  exposureWarning,
  guardNodeRequest,
  guardOnRequestHook,
  hostHeaderName,
  isHostAllowed,
  isLoopback,
  readFileInRoot,
  resolveForRead,
  resolveForWrite,
  securityHeaders,
  urlPathSegments,
  withFrameAncestorsNone,
} from '@fieldcode/cli/http-guard';

let dir: string;
let root: string;

beforeAll(() => {
  dir = realpathSync(mkdtempSync(join(tmpdir(), 'fieldcode-guard-')));
  root = join(dir, 'root');
  mkdirSync(join(root, 'sub'), { recursive: true });
  mkdirSync(join(root, '.git'));
  mkdirSync(join(dir, 'outside'));
  writeFileSync(join(root, 'a.json'), '{"a":1}');
  writeFileSync(join(root, 'sub', 'b.txt'), 'B');
  writeFileSync(join(root, '.env'), 'TOKEN=1');
  writeFileSync(join(root, '.git', 'config'), '[core]');
  writeFileSync(join(dir, 'outside', 'passwd'), 'root:x:0:0');
  symlinkSync(join(dir, 'outside'), join(root, 'etc'));
  symlinkSync(join(dir, 'outside', 'passwd'), join(root, 'passwd.txt'));
  symlinkSync(join(root, 'sub', 'b.txt'), join(root, 'b-link.txt'));
  symlinkSync(join(root, '.env'), join(root, 'env.txt'));
  symlinkSync(join(dir, 'outside'), join(root, 'sub', 'out'));
  execFileSync('mkfifo', [join(root, 'pipe.txt')]);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('paths', () => {
  it('splits URL paths into safe segments or refuses them', () => {
    expect(urlPathSegments('a/./b//c.json')).toEqual(['a', 'b', 'c.json']);
    expect(urlPathSegments('%61/b%20c')).toEqual(['a', 'b c']);
    for (const bad of ['../x', 'a/%2e%2e/x', '..%2fx', 'a%5c..%5cx', 'a%00.json', '%E0%A4%A'])
      expect({ bad, segments: urlPathSegments(bad) }).toEqual({ bad, segments: null });
  });

  it('resolves reads to real paths inside the root only', async () => {
    expect(await resolveForRead(root, 'a.json')).toEqual({ ok: true, path: join(root, 'a.json') });
    expect(await resolveForRead(root, 'b-link.txt')).toEqual({ ok: true, path: join(root, 'sub', 'b.txt') });
    for (const path of ['etc/passwd', 'passwd.txt', 'sub/out/passwd', '.env', '.git/config', 'env.txt', 'missing.json']) {
      expect({ path, result: await resolveForRead(root, path) }).toEqual({ path, result: { ok: false, reason: 'not-found' } });
    }
    expect(await resolveForRead(root, '../outside/passwd')).toEqual({ ok: false, reason: 'bad-path' });
  });

  it('reads regular files only, never blocking on a FIFO', async () => {
    expect(await readFileInRoot(root, 'sub/b.txt')).toEqual({ ok: true, path: join(root, 'sub', 'b.txt'), bytes: Buffer.from('B') });
    expect(await readFileInRoot(root, 'pipe.txt')).toEqual({ ok: false, reason: 'not-found' });
    expect(await readFileInRoot(root, 'sub')).toEqual({ ok: false, reason: 'not-found' });
    expect(await readFileInRoot(root, 'etc/passwd')).toEqual({ ok: false, reason: 'not-found' });
    expect(await readFileInRoot(root, 'a.json', 3)).toEqual({ ok: false, reason: 'too-large' });
  });

  it('resolves writes inside the root only', async () => {
    expect(await resolveForWrite(root, 'a.json')).toEqual({ ok: true, path: join(root, 'a.json') });
    expect(await resolveForWrite(root, 'b-link.txt')).toEqual({ ok: true, path: join(root, 'sub', 'b.txt') });
    expect(await resolveForWrite(root, 'new/deeper/c.json')).toEqual({ ok: true, path: join(root, 'new', 'deeper', 'c.json') });
    for (const path of [
      'etc/passwd',
      'etc/new.json',
      'passwd.txt',
      'sub/out/x.json',
      '.env',
      '.git/config',
      'env.txt',
      '../x.json',
      'sub',
      'pipe.txt',
      'a\0.json',
      '',
    ]) {
      expect({ path, result: await resolveForWrite(root, path) }).toEqual({ path, result: { ok: false, reason: 'bad-path' } });
    }
  });
});

describe('hosts', () => {
  it('reads the host name of a Host header', () => {
    expect(['Example.COM:4173', '[::1]:80', '127.0.0.1', 'localhost.', '[fe80::1]'].map(hostHeaderName)).toEqual([
      'example.com',
      '::1',
      '127.0.0.1',
      'localhost',
      'fe80::1',
    ]);
  });

  it('tells loopback addresses from the others', () => {
    expect(
      ['127.0.0.1', '127.1.2.3', '::1', '[::1]', 'localhost', 'LOCALHOST', 'app.localhost', '::ffff:127.0.0.1'].every(isLoopback),
    ).toBe(true);
    expect(['0.0.0.0', '::', '192.168.1.2', '10.0.0.1', 'example.com', '::ffff:10.0.0.1'].some(isLoopback)).toBe(false);
  });

  it('accepts IP literals, localhost, the bind name and allowed hosts; refuses other names', () => {
    const policy = { host: '127.0.0.1', allowedHosts: ['studio.example'] };
    for (const host of ['127.0.0.1:4173', 'localhost:4173', '[::1]:4173', '192.168.1.2', 'studio.example:443', 'STUDIO.example'])
      expect({ host, allowed: isHostAllowed(host, policy) }).toEqual({ host, allowed: true });
    for (const host of ['attacker.example:4173', 'localhost.attacker.example', '', '  ', ':4173', undefined])
      expect({ host, allowed: isHostAllowed(host, policy) }).toEqual({ host, allowed: false });
    expect(isHostAllowed('box.lan:80', { host: 'box.lan' })).toBe(true);
  });
});

describe('headers and warnings', () => {
  it("adds frame-ancestors 'none' to any policy, replacing a weaker one", () => {
    expect(withFrameAncestorsNone("default-src 'self'; script-src 'self'")).toBe(
      "default-src 'self'; script-src 'self'; frame-ancestors 'none'",
    );
    expect(withFrameAncestorsNone("default-src 'self'; frame-ancestors *;")).toBe("default-src 'self'; frame-ancestors 'none'");
    expect(securityHeaders()).toEqual({
      'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
      'x-frame-options': 'DENY',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cross-origin-resource-policy': 'same-origin',
    });
  });

  it('warns when bound beyond loopback without authentication', () => {
    expect(exposureWarning('fieldcode studio', '127.0.0.1')).toBeUndefined();
    expect(exposureWarning('fieldcode studio', '0.0.0.0', true)).toBeUndefined();
    expect(exposureWarning('fieldcode studio', '0.0.0.0')).toBe(
      'fieldcode studio: warning: listening on 0.0.0.0 without authentication: anyone who can reach this machine on the network can use it. Bind to 127.0.0.1 (the default) unless that is what you want.\n',
    );
  });
});

describe('adapters', () => {
  const guard = createRequestGuard({ host: '127.0.0.1', contentSecurityPolicy: "default-src 'self'" });
  const refusal = 'This host name is not allowed: open the server by its address (or add the name to the allowed hosts).\n';

  it('node:http: sets the headers and answers a refused request', () => {
    const calls: unknown[] = [];
    const response = {
      setHeader: (name: string, value: string) => calls.push(['header', name, value]),
      writeHead: (status: number) => calls.push(['status', status]),
      end: (body?: string) => calls.push(['end', body]),
    };
    expect(guardNodeRequest(guard, { headers: { host: 'localhost:1' } }, response)).toBe(false);
    expect(calls).toContainEqual(['header', 'content-security-policy', "default-src 'self'; frame-ancestors 'none'"]);
    expect(calls.some((call) => (call as unknown[])[0] === 'status')).toBe(false);
    calls.length = 0;
    expect(guardNodeRequest(guard, { headers: { host: 'evil.example' } }, response)).toBe(true);
    expect(calls.slice(-2)).toEqual([
      ['status', 403],
      ['end', refusal],
    ]);
  });

  it('Fastify onRequest hook: calls done for an allowed request, replies without done otherwise', () => {
    const hook = guardOnRequestHook(guard);
    const calls: unknown[] = [];
    const reply = {
      header: (name: string, value: string) => calls.push(['header', name, value]),
      code: (status: number) => calls.push(['code', status]),
      send: (body: unknown) => calls.push(['send', body]),
    };
    hook({ headers: { host: '127.0.0.1:4000' } }, reply, () => calls.push('done'));
    expect(calls.at(-1)).toBe('done');
    expect(calls).toContainEqual(['header', 'x-frame-options', 'DENY']);
    calls.length = 0;
    hook({ headers: { host: 'rebound.example' } }, reply, () => calls.push('done'));
    expect(calls).not.toContain('done');
    expect(calls.slice(-3)).toEqual([
      ['code', 403],
      ['header', 'content-type', 'text/plain; charset=utf-8'],
      ['send', refusal],
    ]);
  });
});
