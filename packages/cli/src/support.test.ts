import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCommandArgs } from './args.js';
import { codeFrame } from './code-frame.js';
import { checkRuleIds, displayPath, findConfigFile, loadConfig } from './config.js';
import { UsageError } from './errors.js';
import { parseJsonSource, pointerSegments, positionInSource, stringOffset } from './json-source.js';
import { decode, readTextFile } from './read-text.js';
import { positionAt } from './text-position.js';

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'fieldcode-support-'));
  mkdirSync(join(root, 'project', 'library', 'deep'), { recursive: true });
  writeFileSync(join(root, 'project', 'fieldcode.config.json'), '{\n  "profile": "whatsapp",\n  "rules": { "body-length": "warning", "nope": "error" }\n}\n');
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
      new UsageError('invalid config fieldcode.config.json (1 error)', ["fieldcode.config.json:1:14 error '/profile' must be string. [schema]"]),
    );
  });

  it('rejects unknown rule ids at the key', async () => {
    const cwd = join(root, 'project');
    const loaded = await loadConfig(cwd, undefined);
    expect(loaded.config).toEqual({ profile: 'whatsapp', rules: { 'body-length': 'warning', nope: 'error' } });
    const metas = [{ id: 'body-length', defaultSeverity: 'error' as const, description: '', docs: '', fixable: false }];
    expect(() => checkRuleIds(loaded, metas, cwd)).toThrowError(
      new UsageError('invalid config fieldcode.config.json (1 unknown rule)', ["fieldcode.config.json:3:40 error Unknown rule 'nope'. [unknown-rule]"]),
    );
  });

  it('shows paths relative to the working directory when inside it', () => {
    expect(displayPath('/a/b', '/a/b/c/d.json')).toBe('c/d.json');
    expect(displayPath('/a/b', '/a/x.json')).toBe('/a/x.json');
    expect(displayPath('/a/b', '/a/b')).toBe('.');
  });
});

describe('argument parsing', () => {
  const options = { format: { type: 'string' as const, short: 'f' }, fix: { type: 'boolean' as const } };
  it('returns values and positionals', () => {
    expect(parseCommandArgs('lint', ['a', '-f', 'json', '--fix', 'b'], options, true)).toEqual({ values: { format: 'json', fix: true }, positionals: ['a', 'b'] });
  });

  it('turns parser errors into one-line usage errors', () => {
    const cases: Array<[string[], boolean, string]> = [
      [['--nope'], true, "lint: unknown option '--nope' (see 'fieldcode lint --help')"],
      [['-x'], true, "lint: unknown option '-x' (see 'fieldcode lint --help')"],
      [['--format'], true, "lint: option '--format' needs a value (see 'fieldcode lint --help')"],
      [['--fix=yes'], true, "lint: option '--fix' does not take a value (see 'fieldcode lint --help')"],
      [['extra'], false, "lint: unexpected argument 'extra' (see 'fieldcode lint --help')"],
    ];
    for (const [argv, positionals, message] of cases) {
      expect(() => parseCommandArgs('lint', argv, options, positionals)).toThrowError(new UsageError(message));
    }
  });
});

describe('positions in JSON sources', () => {
  const text = '{\n  "a": [1, {"t": "x\\n\\"y\\u00e9<$ Foo $>"}]\n}';

  it('maps offsets inside a string literal through escapes', () => {
    const quote = text.indexOf('"x');
    // decoded "x\n\"yé<$ Foo $>": offset 5 is '<'
    expect(text.slice(stringOffset(text, quote, 5), stringOffset(text, quote, 5) + 2)).toBe('<$');
    expect(stringOffset(text, quote, 0)).toBe(quote + 1);
  });

  it('places a string-relative diagnostic at its file position', () => {
    const { source, diagnostics } = parseJsonSource(text);
    expect(diagnostics).toEqual([]);
    const at = (offset: number) => ({ offset, line: 1, column: offset + 1 });
    const moved = positionInSource(source!, { code: 'x', severity: 'error', message: 'm', path: '/a/1/t', range: { start: at(8), end: at(11) } });
    expect(moved.range).toEqual({ start: positionAt(text, text.indexOf('Foo')), end: positionAt(text, text.indexOf('Foo') + 3) });
    expect(moved.range.start).toEqual({ offset: text.indexOf('Foo'), line: 2, column: text.indexOf('Foo') - text.indexOf('\n') });
  });

  it('puts a diagnostic on a non-string value at the value, and leaves unknown paths alone', () => {
    const { source } = parseJsonSource(text);
    const start = { offset: 0, line: 1, column: 1 };
    const base = { code: 'x', severity: 'error' as const, message: 'm', range: { start, end: start } };
    expect(positionInSource(source!, { ...base, path: '/a/0' }).range.start).toEqual(positionAt(text, text.indexOf('1,')));
    expect(positionInSource(source!, { ...base, path: '/nope' })).toEqual({ ...base, path: '/nope' });
  });

  it('reports syntax errors with positions', () => {
    expect(parseJsonSource('{"a": 1,}').diagnostics.map((d) => [d.code, d.message, d.range.start.line, d.range.start.column])).toEqual([
      ['json-syntax', 'JSON syntax error: property name expected.', 1, 9],
    ]);
  });

  it('splits JSON pointers', () => {
    expect(pointerSegments('/content/0/a~1b/c~0d')).toEqual(['content', 0, 'a/b', 'c~d']);
    expect(pointerSegments('')).toEqual([]);
  });

  it('computes 1-based lines and columns for LF, CRLF and CR line ends', () => {
    expect(positionAt('a\nb\r\nc\rd', 7)).toEqual({ offset: 7, line: 4, column: 1 });
    expect(positionAt('a\r\nb', 2)).toEqual({ offset: 2, line: 1, column: 3 });
  });
});

describe('reading files', () => {
  it('classifies NUL bytes and invalid UTF-8 with the offending position', () => {
    expect(decode(Buffer.from('{"a":\u00e9}'))).toEqual({ kind: 'text', text: '{"a":é}' });
    expect(decode(Buffer.from([0x61, 0x0a, 0x62, 0x00]))).toEqual({ kind: 'binary', reason: 'nul', text: 'a\nb', offset: 3 });
    expect(decode(Buffer.from([0x61, 0xc3, 0x28]))).toEqual({ kind: 'binary', reason: 'utf8', text: 'a', offset: 1 });
  });

  it('refuses devices and directories instead of reading them forever', () => {
    expect(() => readTextFile('/dev/zero', '/dev/zero')).toThrowError(new UsageError('cannot read /dev/zero: not a regular file'));
    expect(() => readTextFile(root, 'dir')).toThrowError(new UsageError('cannot read dir: is a directory'));
    expect(() => readTextFile(join(root, 'missing.json'), 'missing.json')).toThrowError(new UsageError('cannot read missing.json: no such file'));
  });
});

describe('code frames', () => {
  it('shows the first and last lines without missing neighbours', () => {
    expect(codeFrame('only line', { offset: 5, line: 1, column: 6 })).toBe('> 1 | only line\n    |      ^');
    expect(codeFrame('a\nb', { offset: 3, line: 2, column: 2 })).toBe('  1 | a\n> 2 | b\n    |  ^');
  });
});
