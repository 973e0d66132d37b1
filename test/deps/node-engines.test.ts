// Every package `npm ci` installs runs on the Node versions the project supports: a dependency
// whose `engines` leaves them out makes `npm ci` print EBADENGINE warnings and may break there.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import semver from 'semver';

const root = new URL('../../', import.meta.url);
const readJson = (path: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(path, root), 'utf8')) as Record<string, unknown>;

interface LockEntry {
  version?: string;
  engines?: { node?: string } | string[];
}
const lock = readJson('package-lock.json') as { packages: Record<string, LockEntry> };
const supported = (readJson('package.json').engines as { node: string }).node;
// The oldest release of each supported major (20.19.0, 22.0.0…), up to the Node running the tests.
const oldest = semver.minVersion(supported)!.version;

describe('Node engines of the installed packages', () => {
  it('are declared by the project as Node 20.19 or newer', () => {
    expect(supported).toBe('>=20.19');
    expect(oldest).toBe('20.19.0');
  });

  it(`accept Node ${oldest} for every package of package-lock.json`, () => {
    const refused = Object.entries(lock.packages)
      .filter(([, entry]) => entry.engines !== undefined && !Array.isArray(entry.engines) && entry.engines.node !== undefined)
      .filter(([, entry]) => !semver.satisfies(oldest, (entry.engines as { node: string }).node))
      .map(([path, entry]) => `${path}@${entry.version} needs node ${(entry.engines as { node: string }).node}`);
    expect(refused).toEqual([]);
  });

  it('keep the releases that still run on Node 20 (newer ones need Node 22)', () => {
    // Every installed copy of a package, wherever npm placed it.
    const versions = (name: string): string[] =>
      Object.entries(lock.packages)
        .filter(([path]) => path.endsWith(`node_modules/${name}`))
        .map(([, entry]) => entry.version!);
    expect(versions('light-my-request')).toEqual(['6.6.0']);
    expect(versions('cookie')).toEqual(['1.1.1']);
    expect(versions('@fastify/static')).toEqual(['9.3.0']);
    expect(versions('content-disposition')).toEqual(['1.1.0']);
  });
});
