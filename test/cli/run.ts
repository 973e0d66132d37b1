// Spawns the real `fieldcode` bin (node packages/cli/bin/fieldcode.js) for the end-to-end tests.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { root } from './build.js';

export const bin = join(root, 'packages', 'cli', 'bin', 'fieldcode.js');
export const fixtures = join(root, 'test', 'fixtures', 'cli');

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `fieldcode …args` in `cwd` with `NO_COLOR=1` and waits for it. */
export function fieldcode(cwd: string, ...args: string[]): RunResult {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined },
    timeout: 60_000,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Starts `fieldcode …args` without waiting (for `serve`). */
export function startFieldcode(cwd: string, ...args: string[]) {
  return spawn(process.execPath, [bin, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
}
