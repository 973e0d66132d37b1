// The Dockerfile cannot be built here (no Docker daemon in CI), so this reads it and checks that
// what it names exists: base images, the workspace it packs and the tarball name that gives, the
// installed command and its bin, the `serve` options, the health route, the port, the user, and a
// build context that keeps what the build needs.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import * as api from '@fieldcode/content';
import { help as serveHelp } from '../../packages/cli/src/commands/serve.js';
import { buildService } from '../../packages/cli/src/service/app.js';
import { Library } from '../../packages/cli/src/service/library.js';
import { createMetrics } from '../../packages/cli/src/service/metrics.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (path: string): string => readFileSync(join(root, path), 'utf8');

interface Instruction {
  keyword: string;
  /** The arguments as written (continuation lines joined). */
  text: string;
  /** Exec form (`["a", "b"]`) parsed; undefined for the shell form. */
  exec?: string[];
}

/** Instructions of a Dockerfile: comments dropped, `\` continuations joined. */
function instructions(text: string): Instruction[] {
  const logical: string[] = [];
  let current = '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (current === '' && (line === '' || line.startsWith('#'))) continue;
    if (line.endsWith('\\')) {
      current += `${line.slice(0, -1).trimEnd()} `;
      continue;
    }
    logical.push(current + line);
    current = '';
  }
  return logical.map((line) => {
    const space = line.indexOf(' ');
    const keyword = line.slice(0, space).toUpperCase();
    const rest = line.slice(space + 1).trim();
    const json = rest.replace(/^(--\S+\s+)*(CMD\s+)?/, '');
    return json.startsWith('[') ? { keyword, text: rest, exec: JSON.parse(json) as string[] } : { keyword, text: rest };
  });
}

const dockerfile = instructions(read('Dockerfile'));
const of = (keyword: string): Instruction[] => dockerfile.filter((i) => i.keyword === keyword);
const rootPackage = JSON.parse(read('package.json')) as { workspaces: string[] };
const cliPackage = JSON.parse(read('packages/cli/package.json')) as { name: string; version: string; bin: Record<string, string> };

describe('Dockerfile', () => {
  let dir: string | undefined;
  afterAll(() => {
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });

  it('builds on Node 20 with npm ci and runs the packed CLI with production dependencies only', () => {
    expect(of('FROM').map((i) => i.text)).toEqual(['node:20-bookworm-slim AS build', 'node:20-bookworm-slim']);
    const runs = of('RUN').map((i) => i.text);
    expect(runs[0]).toMatch(/^npm ci --no-audit --no-fund && /);
    // The packed workspace exists, and its tarball is the file the second stage installs.
    const pack = /npm pack --workspace (\S+) --pack-destination (\S+)/.exec(runs[0]!);
    expect(pack?.[1]).toBe('packages/cli');
    expect(rootPackage.workspaces).toContain(pack![1]);
    // npm pack names a scoped package's tarball scope-name-version.tgz.
    const tarballPrefix = cliPackage.name.replace(/^@/, '').replace('/', '-');
    const install = /npm install --global --omit=dev --legacy-peer-deps --no-audit --no-fund (\S+)/.exec(runs[1]!);
    expect(install?.[1]).toBe(`${pack![2]}/${tarballPrefix}-*.tgz`);
    expect(of('COPY').map((i) => i.text)).toEqual(['. .', `--from=build ${pack![2]} ${pack![2]}`]);
    // The CLI bundles its dependencies: a package that declared some would need them installed too.
    expect(Object.keys((JSON.parse(read('packages/cli/package.json')) as { dependencies?: object }).dependencies ?? {})).toEqual([]);
  });

  it('runs `fieldcode serve` as the node user on 0.0.0.0, on the port it exposes and probes', () => {
    expect(of('USER').map((i) => i.text)).toEqual(['node']);
    const entry = of('ENTRYPOINT')[0]!.exec!;
    expect(entry).toEqual(['fieldcode', 'serve', '/srv/responses', '--host', '0.0.0.0', '--port', '4180']);
    expect(Object.keys(cliPackage.bin)).toEqual([entry[0]]);
    expect(read(`packages/cli/${cliPackage.bin[entry[0]!]!}`)).toContain('main(process.argv.slice(2))');
    for (const option of entry.filter((word) => word.startsWith('--')))
      expect(serveHelp).toMatch(new RegExp(`^\\s+(-\\w, )?${option} `, 'm'));
    expect(of('EXPOSE').map((i) => i.text)).toEqual([entry[entry.indexOf('--port') + 1]]);
    expect(of('VOLUME').map((i) => i.text)).toEqual([entry[2]]);
  });

  it('probes /healthz without a token: the route answers 200 for Host 127.0.0.1', async () => {
    const check = of('HEALTHCHECK')[0]!;
    expect(check.text).toMatch(/^--interval=\d+s --timeout=\d+s --start-period=\d+s CMD \[/);
    const script = check.exec![2]!;
    expect(check.exec!.slice(0, 2)).toEqual(['node', '-e']);
    const url = new URL(/fetch\('([^']+)'\)/.exec(script)![1]!);
    expect(url.port).toBe(of('EXPOSE')[0]!.text);
    dir = mkdtempSync(join(tmpdir(), 'fieldcode-dockerfile-'));
    writeFileSync(join(dir, 'hello.txt'), 'Hello');
    const service = await buildService({
      api,
      library: await Library.open(dir),
      metrics: createMetrics(false),
      host: '0.0.0.0',
      version: '0.0.0-test',
      token: 'docker-token-0123456789abcdef',
    });
    const answer = await service.app.inject({ method: 'GET', url: url.pathname, headers: { host: url.host } });
    expect([answer.statusCode, answer.json()]).toEqual([200, { status: 'ok' }]);
    await service.app.close();
  });

  it('sends a build context with what the build reads, without host installs and outputs', () => {
    const ignored = read('.dockerignore')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('#'));
    expect(ignored).toEqual([
      '.git',
      'node_modules',
      '**/node_modules',
      '**/dist',
      'editor/demo-dist',
      '**/*.tsbuildinfo',
      'coverage',
      '.env',
      '**/.env',
    ]);
    // Nothing the build reads matches a pattern: manifests, lockfile, sources, scripts, schemas, tests.
    const matches = (path: string, pattern: string): boolean => {
      const parts = path.split('/');
      if (!pattern.startsWith('**/')) return path === pattern || path.startsWith(`${pattern}/`);
      const rest = pattern.slice(3);
      return rest.startsWith('*.') ? path.endsWith(rest.slice(1)) : parts.includes(rest);
    };
    const needed = [
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'tsconfig.base.json',
      'scripts/build.mjs',
      'packages/cli/scripts/build.mjs',
      'packages/cli/src/service/app.ts',
      'packages/content/src/model/generated/validators.js',
      'editor/scripts/build.mjs',
      'schemas/render-request.schema.json',
      'test/cli/dockerfile.test.ts',
    ];
    for (const path of needed) {
      expect(readFileSync(join(root, path)).length).toBeGreaterThan(0);
      expect(ignored.filter((pattern) => matches(path, pattern))).toEqual([]);
    }
    expect(ignored.filter((pattern) => matches('packages/cli/dist/index.js', pattern))).toEqual(['**/dist']);
    expect(ignored.filter((pattern) => matches('node_modules/fastify/package.json', pattern))).toEqual(['node_modules', '**/node_modules']);
  });
});
