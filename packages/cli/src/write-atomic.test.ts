import {
  chmodSync,
  existsSync,
  lstatSync,
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
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stat } from 'node:fs/promises';
import { WriteRefusedError, openFileAtomic, writeFileAtomic } from './write-atomic.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'fieldcode-atomic-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('refuses, leaving the original and no temporary file, when the owner cannot be kept', async () => {
    const file = join(dir, 'foreign-owner.json');
    writeFileSync(file, 'original');
    const gid = statSync(file).gid;
    const chown = async (): Promise<void> => {
      throw Object.assign(new Error('EPERM: operation not permitted'), { code: 'EPERM' });
    };
    // The original reads as another user's file; this process may not give files away.
    const fakeStat = (async (path: string) => Object.assign(await stat(path), path === file ? { uid: 4242 } : {})) as typeof stat;
    const attempt = writeFileAtomic(file, 'replacement', { stat: fakeStat, chown });
    await expect(attempt).rejects.toThrowError(
      new WriteRefusedError(`it belongs to user 4242 (group ${gid}), and the replacement could not be given to them`),
    );
    await expect(attempt).rejects.toBeInstanceOf(WriteRefusedError);
    expect(readFileSync(file, 'utf8')).toBe('original');
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('replaces the content and keeps the file mode', async () => {
    const file = join(dir, 'keep-mode.json');
    writeFileSync(file, 'old');
    chmodSync(file, 0o640);
    await writeFileAtomic(file, '{"é": "new"}\n');
    expect(readFileSync(file, 'utf8')).toBe('{"é": "new"}\n');
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('creates a missing file', async () => {
    const file = join(dir, 'new.txt');
    await writeFileAtomic(file, 'Hello <$ Contact.FirstName $>');
    expect(readFileSync(file, 'utf8')).toBe('Hello <$ Contact.FirstName $>');
  });

  it('leaves the original intact and removes the temporary file when the rename fails', async () => {
    const file = join(dir, 'rename-fails.json');
    writeFileSync(file, 'original');
    const failure = Object.assign(new Error('EXDEV: cross-device link not permitted'), { code: 'EXDEV' });
    let temporary = '';
    await expect(
      writeFileAtomic(file, 'replacement', {
        rename: async (from) => {
          temporary = String(from);
          expect(readFileSync(temporary, 'utf8')).toBe('replacement');
          throw failure;
        },
      }),
    ).rejects.toBe(failure);
    expect(readFileSync(file, 'utf8')).toBe('original');
    expect(temporary.startsWith(join(dir, '.rename-fails.json.'))).toBe(true);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('writes through a symbolic link and keeps the link', async () => {
    const target = join(dir, 'target.json');
    const link = join(dir, 'link.json');
    writeFileSync(target, 'old');
    symlinkSync(target, link);
    await writeFileAtomic(link, 'new');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe('new');
  });
});

describe('openFileAtomic', () => {
  it('shows nothing at the path until commit, then everything', async () => {
    const file = join(dir, 'stream.ndjson');
    const out = await openFileAtomic(file);
    await out.write('{"row":1}\n');
    await out.write('{"row":2}\n');
    expect(existsSync(file)).toBe(false);
    expect(readFileSync(out.temporary, 'utf8')).toBe('{"row":1}\n{"row":2}\n');
    await out.commit();
    expect(readFileSync(file, 'utf8')).toBe('{"row":1}\n{"row":2}\n');
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('keeps the previous file and removes the temporary one on abort', async () => {
    const file = join(dir, 'kept.ndjson');
    writeFileSync(file, 'previous run\n');
    const out = await openFileAtomic(file);
    await out.write('half');
    await out.abort();
    expect(readFileSync(file, 'utf8')).toBe('previous run\n');
    expect(existsSync(out.temporary)).toBe(false);
  });
});
