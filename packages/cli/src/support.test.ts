import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCommandArgs } from './args.js';
import { codeFrame } from './code-frame.js';
import { checkRuleIds, displayPath, findConfigFile, loadConfig } from './config.js';
import { UsageError } from './errors.js';
import { decode, readTextFile } from './read-text.js';

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'fieldcode-support-'));
  mkdirSync(join(root, 'project', 'library', 'deep'), { recursive: true });
  writeFileSync(
    join(root, 'project', 'fieldcode.config.json'),
    '{\n  "profile": "whatsapp",\n  "rules": { "body-length": "warning", "nope": "error" }\n}\n',
  );
  writeFileSync(join(root, 'project', 'library', 'fieldcode.config.json'), '{ "profile": 42 }');
  mkdirSync(join(root, 'project', 'library', 'fieldcode.config.json.d'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('config discovery', () => {
  it('finds the nearest fieldcode.config.json upward and stops at the root', () => {
    expect(findConfigFile(join(root, 'project', 'library', 'deep'))).toBe(join(root, 'project', 'library', 'fieldcode.config.json'));
    expect(findConfigFile(join(root, 'project'))).toBe(join(root, 'project', 'fieldcode.config.json'));
    expect(findConfigFile(root)).toBe(undefined);
  });

  it('returns an empty config when there is none', async () => {
    expect(await loadConfig(root, undefined)).toEqual({ directory: root, config: {}, warnings: [] });
  });

  it('validates the config with positioned errors', async () => {
    await expect(loadConfig(join(root, 'project', 'library'), undefined)).rejects.toEqual(
      new UsageError('invalid config fieldcode.config.json (1 error)', [
        "fieldcode.config.json:1:14 error '/profile' must be string. [schema]",
      ]),
    );
  });

  it('rejects unknown rule ids at the key', async () => {
    const cwd = join(root, 'project');
    const loaded = await loadConfig(cwd, undefined);
    expect(loaded.config).toEqual({ profile: 'whatsapp', rules: { 'body-length': 'warning', nope: 'error' } });
    const metas = [{ id: 'body-length', defaultSeverity: 'error' as const, description: '', docs: '', fixable: false }];
    expect(() => checkRuleIds(loaded, metas, cwd)).toThrowError(
      new UsageError('invalid config fieldcode.config.json (1 unknown rule)', [
        "fieldcode.config.json:3:40 error Unknown rule 'nope'. [unknown-rule]",
      ]),
    );
  });

  it('shows paths relative to the working directory when inside it', () => {
    expect(displayPath('/a/b', '/a/b/c/d.json')).toBe('c/d.json');
    expect(displayPath('/a/b', '/a/x.json')).toBe('/a/x.json');
    expect(displayPath('/a/b', '/a/b')).toBe('.');
  });
});

describe('argument parsing', () => {
  const options = {
    format: { type: 'string' as const, short: 'f' },
    fix: { type: 'boolean' as const },
    map: { type: 'string' as const, multiple: true },
  };
  it('returns values and positionals', () => {
    expect(parseCommandArgs('lint', ['a', '-f', 'json', '--fix', 'b'], options, true)).toEqual({
      values: { format: 'json', fix: true },
      positionals: ['a', 'b'],
    });
  });

  it('turns parser errors into one-line usage errors', () => {
    const cases: Array<[string[], boolean, string]> = [
      [['--nope'], true, "lint: unknown option '--nope' (see 'fieldcode lint --help')"],
      [['-x'], true, "lint: unknown option '-x' (see 'fieldcode lint --help')"],
      [['--format'], true, "lint: option '--format' needs a value (see 'fieldcode lint --help')"],
      [['--fix=yes'], true, "lint: option '--fix' does not take a value (see 'fieldcode lint --help')"],
      [['extra'], false, "lint: unexpected argument 'extra' (see 'fieldcode lint --help')"],
      // `--format=` is an empty value: refused as a missing one (read as a path, it named the working directory).
      [['--format='], true, "lint: option '--format' needs a value (see 'fieldcode lint --help')"],
      [['-f', ''], true, "lint: option '--format' needs a value (see 'fieldcode lint --help')"],
      [['--map', 'a=b', '--map='], true, "lint: option '--map' needs a value (see 'fieldcode lint --help')"],
    ];
    for (const [argv, positionals, message] of cases) {
      expect(() => parseCommandArgs('lint', argv, options, positionals)).toThrowError(new UsageError(message));
    }
  });
});

describe('reading files', () => {
  it('classifies NUL bytes and invalid UTF-8 with the offending position', () => {
    expect(decode(Buffer.from('{"a":\u00e9}'))).toEqual({ kind: 'text', text: '{"a":é}' });
    expect(decode(Buffer.from([0x61, 0x0a, 0x62, 0x00]))).toEqual({ kind: 'binary', reason: 'nul', text: 'a\nb', offset: 3 });
    expect(decode(Buffer.from([0x61, 0xc3, 0x28]))).toEqual({ kind: 'binary', reason: 'utf8', text: 'a', offset: 1 });
  });

  it('refuses devices and directories instead of reading them forever', () => {
    expect(() => readTextFile('/dev/zero', '/dev/zero')).toThrowError(
      new UsageError('cannot read /dev/zero: a device, not a regular file'),
    );
    expect(() => readTextFile(root, 'dir')).toThrowError(new UsageError('cannot read dir: is a directory'));
    expect(() => readTextFile(join(root, 'missing.json'), 'missing.json')).toThrowError(
      new UsageError('cannot read missing.json: no such file'),
    );
  });
});

describe('code frames', () => {
  it('shows the first and last lines without missing neighbours', () => {
    expect(codeFrame('only line', { offset: 5, line: 1, column: 6 })).toBe('> 1 | only line\n    |      ^');
    expect(codeFrame('a\nb', { offset: 3, line: 2, column: 2 })).toBe('  1 | a\n> 2 | b\n    |  ^');
  });
});
