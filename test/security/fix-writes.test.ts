/**
 * `--fix` writes only what it may: never through a symbolic link out of the linted tree, never
 * over a hard-linked file (which would detach its other names), keeping the owner, and an
 * interrupted run's temporary file is removed by the next run.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import {
  chownSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '@fieldcode/cli';

const broken = 'Thanks <${ Agent.FirstName }>!';
const fixed = 'Thanks <$ Agent.FirstName $>!';
let dir: string;
let tree: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fieldcode-fix-'));
  tree = join(dir, 'tree');
  mkdirSync(join(tree, 'sub'), { recursive: true });
  mkdirSync(join(dir, 'outside'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function fix(...inputs: string[]): Promise<{ code: number; err: string }> {
  const err: string[] = [];
  const code = await main(['lint', '--fix', '--format', 'json', ...inputs], {
    stdout: { write: () => undefined },
    stderr: { write: (text: string) => err.push(text) },
    cwd: tree,
    env: {},
  });
  return { code, err: err.join('') };
}

describe('lint --fix', () => {
  it('fixes a file reached through a link inside the tree, never one outside it', async () => {
    writeFileSync(join(dir, 'outside', 'victim.txt'), broken);
    writeFileSync(join(tree, 'sub', 'real.txt'), broken);
    symlinkSync(join(dir, 'outside', 'victim.txt'), join(tree, 'escape.txt'));
    symlinkSync(join(tree, 'sub', 'real.txt'), join(tree, 'inner.txt'));
    const { err } = await fix('escape.txt', 'inner.txt');
    expect(err).toBe(
      `fieldcode: not fixing escape.txt: it resolves to ${join(dir, 'outside', 'victim.txt')}, outside the linted tree\nfixed 1 problem in inner.txt\n`,
    );
    expect(readFileSync(join(dir, 'outside', 'victim.txt'), 'utf8')).toBe(broken);
    expect(readFileSync(join(tree, 'sub', 'real.txt'), 'utf8')).toBe(fixed);
    expect(statSync(join(tree, 'inner.txt')).isFile() && readdirSync(tree).sort()).toEqual(['escape.txt', 'inner.txt', 'sub']);
  });

  it('a folder input bounds the tree too: a link inside it to a sibling folder is not fixed', async () => {
    writeFileSync(join(tree, 'sub', 'own.txt'), broken);
    writeFileSync(join(tree, 'sibling.txt'), broken);
    symlinkSync(join(tree, 'sibling.txt'), join(tree, 'sub', 'link.txt'));
    const { err } = await fix('sub');
    expect(err).toBe(
      `fieldcode: not fixing sub/link.txt: it resolves to ${join(tree, 'sibling.txt')}, outside the linted tree\nfixed 1 problem in sub/own.txt\n`,
    );
    expect(readFileSync(join(tree, 'sibling.txt'), 'utf8')).toBe(broken);
  });

  it('refuses a hard-linked file and leaves both names as they were', async () => {
    writeFileSync(join(tree, 'a.txt'), broken);
    linkSync(join(tree, 'a.txt'), join(dir, 'outside', 'same.txt'));
    const { code, err } = await fix('a.txt');
    expect([code, err]).toEqual([
      0,
      'fieldcode: not fixing a.txt: it has 2 hard links, and replacing it would detach this name from the others\n',
    ]);
    expect(statSync(join(tree, 'a.txt')).nlink).toBe(2);
    expect(readFileSync(join(dir, 'outside', 'same.txt'), 'utf8')).toBe(broken);
  });

  it("keeps the file's owner", async () => {
    const file = join(tree, 'owned.txt');
    writeFileSync(file, broken);
    // As root (CI), give the file to another user; otherwise it stays the runner's own.
    const owner = process.getuid?.() === 0 ? 65534 : statSync(file).uid;
    chownSync(file, owner, owner === 65534 ? 65534 : statSync(file).gid);
    const before = statSync(file);
    await fix('owned.txt');
    const after = statSync(file);
    expect(readFileSync(file, 'utf8')).toBe(fixed);
    expect([after.uid, after.gid, after.ino === before.ino]).toEqual([before.uid, before.gid, false]);
  });

  it('removes the temporary files of an interrupted run, and only those', async () => {
    writeFileSync(join(tree, 'x.txt'), broken);
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const deadPid = Number(gone.stdout);
    const stale = `.x.txt.${deadPid}.1a2b3c4d.tmp`;
    const live = `.x.txt.${process.pid}.5e6f7a8b.tmp`;
    const foreign = `.other.txt.${deadPid}.1a2b3c4d.tmp`;
    for (const name of [stale, live, foreign]) writeFileSync(join(tree, name), 'half');
    const { err } = await fix('x.txt');
    expect(err).toBe(`fieldcode: removed a temporary file left by an interrupted run: ${stale}\nfixed 1 problem in x.txt\n`);
    expect(readdirSync(tree).sort()).toEqual([foreign, live, 'sub', 'x.txt'].sort());
  });
});
