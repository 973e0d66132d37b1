/**
 * A FIFO or another non-regular file given as input is refused at once, wherever a file is read:
 * lint, render, --data, --esp, --config and the config's dataSchema. The real CLI runs in a child
 * process with a time limit, so a regression that blocks on the FIFO fails instead of hanging.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt } from '../cli/build.js';
import { bin } from '../cli/run.js';

let dir: string;

beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'fieldcode-fifo-'));
  execFileSync('mkfifo', [join(dir, 'pipe.json')]);
  writeFileSync(join(dir, 'a.json'), '{"plainText":"Hi <$ Contact.FirstName $>"}');
  writeFileSync(join(dir, 'schema-config.json'), '{"dataSchema":"pipe.json"}');
}, 300_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    timeout: 15_000,
  });
  // A blocked read ends by the time limit: status null and an ETIMEDOUT error.
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const refusal = 'cannot read pipe.json: a FIFO (named pipe), not a regular file';

describe('non-regular input files', () => {
  it.each([
    ['lint', ['lint', 'pipe.json']],
    ['render', ['render', 'pipe.json']],
    ['render --data', ['render', 'a.json', '--data', 'pipe.json']],
    ['render --esp', ['render', 'a.json', '--esp', 'pipe.json']],
    ['--config', ['lint', '--config', 'pipe.json', 'a.json']],
    ['dataSchema', ['lint', '--config', 'schema-config.json', 'a.json']],
  ])('%s: refused at once with exit 2', (_name, args) => {
    const result = run(...args);
    expect({ status: result.status, stdout: result.stdout, stderr: result.stderr }).toEqual({
      status: 2,
      stdout: '',
      stderr: `fieldcode: ${refusal}\n`,
    });
  });

  it('a device is refused the same way', () => {
    expect(run('lint', '/dev/zero')).toEqual({
      status: 2,
      stdout: '',
      stderr: 'fieldcode: cannot read /dev/zero: a device, not a regular file\n',
    });
  });
});
