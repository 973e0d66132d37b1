import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverFiles, isCandidateFile, isWalkedDirectory } from './discover.js';
import { UsageError } from './errors.js';

let root: string;

function touch(path: string, text = '{}'): void {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'fieldcode-discover-'));
  for (const path of [
    'library/bill.json',
    'library/greeting.txt',
    'library/whatsapp/list.json',
    'library/whatsapp/notes.md',
    'library/drafts/wip.json',
    'library/old.draft.json',
    'library/data/customer.json',
    'library/render.data.json',
    'library/contact.schema.json',
    'library/fieldcode.config.json',
    'library/package.json',
    'library/tsconfig.build.json',
    'library/.hidden.json',
    'library/.git/config.json',
    'library/node_modules/pkg/x.json',
    'empty/readme.md',
  ]) {
    touch(path);
  }
  symlinkSync(join(root, 'library'), join(root, 'library', 'loop'));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

const rel = (files: string[]): string[] => files.map((file) => relative(root, file).split('\\').join('/'));
const options = (ignore: string[] = []) => ({ cwd: root, ignore, ignoreBase: root });

describe('discoverFiles', () => {
  it('walks directories for .json and .txt, skipping data, config, schema, package and hidden files', () => {
    expect(rel(discoverFiles(['library'], options()))).toEqual([
      'library/bill.json',
      'library/drafts/wip.json',
      'library/greeting.txt',
      'library/old.draft.json',
      'library/whatsapp/list.json',
    ]);
  });

  it('defaults to the working directory', () => {
    expect(rel(discoverFiles([], { cwd: join(root, 'library', 'whatsapp'), ignore: [], ignoreBase: root }))).toEqual([
      'library/whatsapp/list.json',
    ]);
  });

  it('applies ignore globs relative to their base, to files and whole directories', () => {
    expect(rel(discoverFiles(['library'], options(['*.draft.json', 'library/drafts/'])))).toEqual([
      'library/bill.json',
      'library/greeting.txt',
      'library/whatsapp/list.json',
    ]);
  });

  it('matches globs against paths relative to the working directory', () => {
    expect(rel(discoverFiles(['library/**/*.json'], options()))).toEqual([
      'library/bill.json',
      'library/drafts/wip.json',
      'library/old.draft.json',
      'library/whatsapp/list.json',
    ]);
    expect(rel(discoverFiles(['library/*.txt'], options()))).toEqual(['library/greeting.txt']);
  });

  it('lints explicitly named files whatever their name, and de-duplicates', () => {
    expect(rel(discoverFiles(['library/contact.schema.json', 'library/bill.json', 'library'], options()))).toEqual([
      'library/bill.json',
      'library/contact.schema.json',
      'library/drafts/wip.json',
      'library/greeting.txt',
      'library/old.draft.json',
      'library/whatsapp/list.json',
    ]);
  });

  it('fails with one-line usage errors', () => {
    expect(() => discoverFiles(['missing.json'], options())).toThrowError(new UsageError('no such file or directory: missing.json'));
    expect(() => discoverFiles(['empty'], options())).toThrowError(
      new UsageError('no standard-response files (.json, .txt) found in empty'),
    );
    expect(() => discoverFiles(['library/**/*.xml'], options())).toThrowError(new UsageError("no files match 'library/**/*.xml'"));
    expect(() => discoverFiles(['library/bill.json'], options(['bill.json']))).toThrowError(
      new UsageError("library/bill.json is ignored by the config's 'ignore' patterns"),
    );
  });
});

describe('negated globs', () => {
  it('removes what a negated glob matches from the files the other inputs found', () => {
    expect(rel(discoverFiles(['library', '!library/drafts/**', '!**/*.draft.json'], options()))).toEqual([
      'library/bill.json',
      'library/greeting.txt',
      'library/whatsapp/list.json',
    ]);
    expect(rel(discoverFiles(['!whatsapp/**'], { ...options(), cwd: join(root, 'library') }))).toEqual([
      'library/bill.json',
      'library/drafts/wip.json',
      'library/greeting.txt',
      'library/old.draft.json',
    ]);
  });

  it('is a usage error when nothing is left', () => {
    expect(() => discoverFiles(['library/whatsapp', '!**/list.json'], options())).toThrowError(
      new UsageError("no files left after excluding '!**/list.json'"),
    );
  });

  it('applies the work limits to command-line globs', () => {
    expect(() => discoverFiles(['library/**/a/**/b/**/*.json'], options())).toThrowError(
      new UsageError("lint: glob 'library/**/a/**/b/**/*.json' has 3 '**' segments (at most 2)"),
    );
  });
});

describe('.gitignore files', () => {
  let repo: string;
  const write = (path: string, text = '{}'): void => {
    mkdirSync(join(repo, path, '..'), { recursive: true });
    writeFileSync(join(repo, path), text);
  };
  const found = (inputs: string[], cwd = repo, gitignore = true): string[] =>
    discoverFiles(inputs, { cwd, ignore: [], ignoreBase: cwd, gitignore }).map((file) => relative(repo, file).split('\\').join('/'));

  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'fieldcode-gitignore-'));
    mkdirSync(join(repo, '.git'));
    write('.gitignore', '# generated\nout/\n*.tmp.json\n!keep.tmp.json\n');
    write('library/a.json');
    write('library/b.tmp.json');
    write('library/keep.tmp.json');
    write('library/out/c.json');
    write('library/team/.gitignore', 'private.json\n');
    write('library/team/private.json');
    write('library/team/shared.json');
  });
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  it('honours the root and nested .gitignore files, with negation, from any working directory below the root', () => {
    expect(found(['library'])).toEqual(['library/a.json', 'library/keep.tmp.json', 'library/team/shared.json']);
    expect(found(['.'], join(repo, 'library', 'team'))).toEqual(['library/team/shared.json']);
  });

  it('lints every file with --no-gitignore', () => {
    expect(found(['library'], repo, false)).toEqual([
      'library/a.json',
      'library/b.tmp.json',
      'library/keep.tmp.json',
      'library/out/c.json',
      'library/team/private.json',
      'library/team/shared.json',
    ]);
  });

  it('refuses a named file that .gitignore ignores, saying how to lint it', () => {
    expect(() => found(['library/out/c.json'])).toThrowError(
      new UsageError('library/out/c.json is ignored by .gitignore (--no-gitignore lints it)'),
    );
  });

  it('names the .gitignore line whose glob exceeds the work limits', () => {
    write('library/deep/.gitignore', '\n*a*b*c*d\n');
    write('library/deep/x.json');
    expect(() => found(['library/deep'])).toThrowError(
      new UsageError("library/deep/.gitignore:2: glob '*a*b*c*d' has 4 '*' in one segment (at most 3)"),
    );
  });
});

describe('candidate names', () => {
  it('classifies file names', () => {
    expect(isCandidateFile('a.json')).toBe(true);
    expect(isCandidateFile('a.txt')).toBe(true);
    expect(isCandidateFile('a.md')).toBe(false);
    expect(isCandidateFile('tsconfig.json')).toBe(false);
    expect(isCandidateFile('package-lock.json')).toBe(false);
    expect(isCandidateFile('x.data.json')).toBe(false);
  });

  it('classifies directory names', () => {
    expect(isWalkedDirectory('whatsapp')).toBe(true);
    expect(isWalkedDirectory('data')).toBe(false);
    expect(isWalkedDirectory('.github')).toBe(false);
    expect(isWalkedDirectory('node_modules')).toBe(false);
  });
});
