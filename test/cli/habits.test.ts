// End-to-end tests of the ESLint-style habits of `fieldcode lint`: standard input, dry-run fixes,
// the effective config, negated globs, GitLab Code Quality output and custom formatter modules.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lint } from '@fieldcode/content';
import { ensureBuilt } from './build.js';
import { bin, fieldcode, fixtures, type RunResult } from './run.js';

const lintDir = join(fixtures, 'lint');
const billText = readFileSync(join(lintDir, 'responses', 'bill.json'), 'utf8');
const messages = new Map(lint(billText, { filePath: 'bill.json' }).diagnostics.map((d) => [d.code, d.message]));
const unknownFunction = messages.get('unknown-function')!;
const delimiter = messages.get('non-canonical-delimiter')!;

let scratch: string;

beforeAll(() => {
  ensureBuilt();
  scratch = mkdtempSync(join(tmpdir(), 'fieldcode-habits-'));
  writeFileSync(join(scratch, 'fieldcode.config.json'), '{ "rules": { "genesys-compat": "warning" } }\n');
}, 300_000);

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** `fieldcode …args` in `cwd` with `input` on standard input. */
function withStdin(cwd: string, input: string, ...args: string[]): RunResult {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    timeout: 60_000,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('fieldcode lint --stdin', { timeout: 60_000 }, () => {
  it('lints standard input under the --stdin-filename it is given, with the config of the working directory', () => {
    const result = withStdin(lintDir, billText, 'lint', '--stdin', '--stdin-filename', 'responses/piped.json', '--format', 'json');
    expect([result.status, result.stderr]).toEqual([1, '']);
    const [file] = JSON.parse(result.stdout) as {
      filePath: string;
      messages: { ruleId: string; line: number; column: number; message: string }[];
    }[];
    expect(file!.filePath).toBe(join(lintDir, 'responses', 'piped.json'));
    expect(file!.messages.map((m) => [m.ruleId, m.line, m.column, m.message])).toEqual([
      ['non-canonical-delimiter', 4, 23, delimiter],
      ['unknown-function', 4, 106, unknownFunction],
    ]);
  });

  it('reads standard input as field-code text when the name ends in .txt, and names it <stdin> by default', () => {
    expect(withStdin(scratch, 'Hi <$ Contact.FirstName $>', 'lint', '--stdin', '--stdin-filename', 'hello.txt')).toEqual({
      status: 0,
      stdout: '✔ no problems (1 file checked)\n',
      stderr: '',
    });
    const unnamed = withStdin(scratch, '{"plainText": "Hi <$ Foo() $>"}', 'lint', '--stdin', '--format', 'gitlab');
    expect(unnamed.status).toBe(1);
    expect((JSON.parse(unnamed.stdout) as { location: { path: string } }[]).map((issue) => issue.location.path)).toEqual(['<stdin>']);
  });

  it('refuses --fix with --stdin, paths with --stdin, and --stdin-filename alone', () => {
    expect(withStdin(scratch, '{}', 'lint', '--stdin', '--fix')).toEqual({
      status: 2,
      stdout: '',
      stderr: 'fieldcode: lint: --fix cannot write standard input back (use --fix-dry-run)\n',
    });
    expect(withStdin(scratch, '{}', 'lint', '--stdin', 'a.json').stderr).toBe('fieldcode: lint: --stdin takes no paths\n');
    expect(fieldcode(scratch, 'lint', '--stdin-filename', 'a.json').stderr).toBe('fieldcode: lint: --stdin-filename needs --stdin\n');
  });
});

describe('fieldcode lint --fix-dry-run', { timeout: 60_000 }, () => {
  it('reports what remains after fixing and carries the fixed text as output, writing nothing', () => {
    const dir = join(scratch, 'dry');
    mkdirSync(dir);
    writeFileSync(join(dir, 'bill.json'), billText);
    const result = fieldcode(dir, 'lint', '--fix-dry-run', '--format', 'json');
    expect([result.status, result.stderr]).toEqual([1, '']);
    const [file] = JSON.parse(result.stdout) as { messages: { ruleId: string }[]; output: string }[];
    expect(file!.messages.map((m) => m.ruleId)).toEqual(['unknown-function']);
    expect(file!.output).toBe(billText.replace('<${ Contact.FirstName }>', '<$ Contact.FirstName $>'));
    expect(readFileSync(join(dir, 'bill.json'), 'utf8')).toBe(billText);
  });

  it('leaves output out when nothing was fixed, and fixes standard input', () => {
    const clean = withStdin(scratch, '{"plainText": "Hi"}', 'lint', '--stdin', '--fix-dry-run', '--format', 'json');
    expect(JSON.parse(clean.stdout)).toEqual([
      { filePath: join(scratch, '<stdin>'), messages: [], errorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 },
    ]);
    const piped = withStdin(
      scratch,
      '{"plainText": "Hi <${ Contact.FirstName }>"}',
      'lint',
      '--stdin',
      '--fix-dry-run',
      '--format',
      'json',
    );
    expect((JSON.parse(piped.stdout) as { output: string }[])[0]!.output).toBe('{"plainText": "Hi <$ Contact.FirstName $>"}');
  });

  it('excludes --fix', () => {
    expect(fieldcode(scratch, 'lint', '--fix', '--fix-dry-run').stderr).toBe(
      'fieldcode: lint: --fix and --fix-dry-run exclude each other\n',
    );
  });
});

describe('fieldcode lint --print-config', { timeout: 60_000 }, () => {
  it('prints the settings a file is linted with: config file, profile, every rule severity, paths', () => {
    const result = fieldcode(lintDir, 'lint', '--print-config', 'responses/bill.json');
    expect([result.status, result.stderr]).toEqual([0, '']);
    const printed = JSON.parse(result.stdout) as Record<string, unknown> & { rules: Record<string, string> };
    expect({ ...printed, rules: undefined }).toEqual({
      file: 'responses/bill.json',
      configFile: 'fieldcode.config.json',
      profile: 'whatsapp',
      extends: [],
      dataSchema: null,
      templates: null,
      ignore: ['drafts/'],
      inlineConfig: true,
    });
    const withoutInline = fieldcode(lintDir, 'lint', '--print-config', 'responses/bill.json', '--no-inline-config');
    expect((JSON.parse(withoutInline.stdout) as { inlineConfig: boolean }).inlineConfig).toBe(false);
    expect(printed.rules['unknown-function']).toBe('error');
    expect(printed.rules['genesys-compat']).toBe('off');
    expect(Object.keys(printed.rules)).toEqual([...Object.keys(printed.rules)].sort());
    const overridden = JSON.parse(fieldcode(scratch, 'lint', '--print-config', 'x.json').stdout) as { rules: Record<string, string> };
    expect(overridden.rules['genesys-compat']).toBe('warning');
  });
});

describe('fieldcode lint with negated globs', { timeout: 60_000 }, () => {
  it('leaves out what a !glob matches', () => {
    const result = fieldcode(lintDir, 'lint', 'responses', '!**/broken.json', '!responses/*.txt', '--format', 'json');
    expect((JSON.parse(result.stdout) as { filePath: string }[]).map((file) => file.filePath)).toEqual([
      join(lintDir, 'responses', 'bill.json'),
    ]);
  });
});

describe('fieldcode lint --format', { timeout: 60_000 }, () => {
  it('gitlab: Code Quality issues with paths relative to the working directory', () => {
    const result = fieldcode(lintDir, 'lint', 'responses/bill.json', '--format', 'gitlab');
    expect([result.status, result.stderr]).toEqual([1, '']);
    const issues = JSON.parse(result.stdout) as { check_name: string; severity: string; location: unknown; fingerprint: string }[];
    expect(issues.map(({ check_name, severity, location }) => ({ check_name, severity, location }))).toEqual([
      { check_name: 'non-canonical-delimiter', severity: 'minor', location: { path: 'responses/bill.json', lines: { begin: 4, end: 4 } } },
      { check_name: 'unknown-function', severity: 'major', location: { path: 'responses/bill.json', lines: { begin: 4, end: 4 } } },
    ]);
  });

  it('runs a formatter module with ESLint results and context', () => {
    const dir = join(scratch, 'formatter');
    mkdirSync(dir);
    writeFileSync(
      join(dir, 'count.mjs'),
      [
        'export default function (results, context) {',
        '  const lines = results.map((r) => `${r.filePath.split("/").pop()}: ${r.messages.map((m) => `${m.ruleId}@${m.line}:${m.column}`).join(" ")}`);',
        '  return `${lines.join("\\n")}\\n${context.rulesMeta["unknown-function"].docs.url}\\n`;',
        '}',
      ].join('\n'),
    );
    const result = fieldcode(lintDir, 'lint', 'responses/bill.json', '--format', join(dir, 'count.mjs'));
    expect(result).toEqual({
      status: 1,
      stdout: 'bill.json: non-canonical-delimiter@4:23 unknown-function@4:106\nhttps://fieldcode.dev/docs/rules.md#unknown-function\n',
      stderr: '',
    });
  });

  it('names a formatter module that is missing, has no default function, throws or returns no string', () => {
    const dir = join(scratch, 'bad-formatters');
    mkdirSync(dir);
    writeFileSync(join(dir, 'none.mjs'), 'export const x = 1;\n');
    writeFileSync(join(dir, 'throws.mjs'), 'export default () => { throw new Error("boom"); };\n');
    writeFileSync(join(dir, 'number.mjs'), 'export default () => 42;\n');
    const run = (name: string) => fieldcode(lintDir, 'lint', 'responses/bill.json', '--format', `${dir}/${name}`);
    expect(run('missing.mjs')).toEqual({ status: 2, stdout: '', stderr: `fieldcode: lint: no formatter file ${dir}/missing.mjs\n` });
    expect(run('none.mjs').stderr).toBe(`fieldcode: lint: formatter ${dir}/none.mjs has no default export function\n`);
    expect(run('throws.mjs').stderr).toBe(`fieldcode: lint: formatter ${dir}/throws.mjs failed: boom\n`);
    expect(run('number.mjs').stderr).toBe(`fieldcode: lint: formatter ${dir}/number.mjs returned number, not a string\n`);
  });
});

describe('fieldcode lint --format PACKAGE', { timeout: 60_000 }, () => {
  /** A project with formatter packages in its node_modules and a response in a subfolder. */
  const project = () => {
    const dir = join(scratch, `formatter-packages-${Math.random().toString(36).slice(2)}`);
    const pkg = (name: string, manifest: object, files: Record<string, string>) => {
      const at = join(dir, 'node_modules', name);
      mkdirSync(at, { recursive: true });
      writeFileSync(join(at, 'package.json'), JSON.stringify({ name, version: '1.0.0', ...manifest }));
      for (const [file, text] of Object.entries(files)) writeFileSync(join(at, file), text);
    };
    const counting = (label: string) =>
      `(results) => results.map((r) => \`${label} \${r.filePath.split("/").pop()}: \${r.errorCount} errors, \${r.warningCount} warnings\`).join("\\n") + "\\n"`;
    // CommonJS through `main`, ESM through `exports`, a scope, an ESLint formatter and a bare name.
    pkg('fieldcode-formatter-count', { main: 'index.js' }, { 'index.js': `module.exports = ${counting('count')};\n` });
    pkg('eslint-formatter-brief', { type: 'module', exports: './brief.js' }, { 'brief.js': `export default ${counting('brief')};\n` });
    pkg(
      '@acme/fieldcode-formatter',
      { type: 'module', exports: { '.': './index.js' } },
      { 'index.js': `export default ${counting('acme')};\n` },
    );
    pkg('@acme/fieldcode-formatter-ci', { main: 'ci.js' }, { 'ci.js': `module.exports = ${counting('acme-ci')};\n` });
    pkg('plain-report', { main: 'index.js' }, { 'index.js': `module.exports = ${counting('plain')};\n` });
    pkg('fieldcode-formatter-empty', { main: 'index.js' }, { 'index.js': 'module.exports = { notAFunction: true };\n' });
    pkg('fieldcode-formatter-broken', { main: 'index.js' }, { 'index.js': 'throw new Error("cannot start");\n' });
    pkg('fieldcode-formatter-hidden', { exports: { './x': './x.js' } }, { 'x.js': '' });
    mkdirSync(join(dir, 'library', 'nested'), { recursive: true });
    writeFileSync(join(dir, 'library', 'nested', 'bill.json'), billText);
    writeFileSync(join(dir, 'fieldcode.config.json'), '{}\n');
    return dir;
  };

  it('finds fieldcode-formatter-NAME, eslint-formatter-NAME, scoped names and the name itself from any subfolder', () => {
    const dir = project();
    const run = (name: string) => fieldcode(join(dir, 'library'), 'lint', 'nested/bill.json', '--format', name);
    expect(run('count')).toEqual({ status: 1, stdout: 'count bill.json: 1 errors, 1 warnings\n', stderr: '' });
    expect(run('fieldcode-formatter-count').stdout).toBe('count bill.json: 1 errors, 1 warnings\n');
    expect(run('brief').stdout).toBe('brief bill.json: 1 errors, 1 warnings\n');
    expect(run('@acme').stdout).toBe('acme bill.json: 1 errors, 1 warnings\n');
    expect(run('@acme/ci').stdout).toBe('acme-ci bill.json: 1 errors, 1 warnings\n');
    expect(run('plain-report').stdout).toBe('plain bill.json: 1 errors, 1 warnings\n');
  });

  it('looks in the config file’s folder when the working directory cannot see the package', () => {
    const dir = project();
    const elsewhere = mkdtempSync(join(tmpdir(), 'fieldcode-elsewhere-'));
    try {
      const result = fieldcode(
        elsewhere,
        'lint',
        join(dir, 'library', 'nested', 'bill.json'),
        '--config',
        join(dir, 'fieldcode.config.json'),
        '--format',
        'count',
      );
      expect(result).toEqual({ status: 1, stdout: 'count bill.json: 1 errors, 1 warnings\n', stderr: '' });
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it('says what it tried when nothing is found, and names the package that fails to load', () => {
    const dir = project();
    const run = (name: string) => fieldcode(dir, 'lint', 'library', '--format', name);
    expect(run('xml')).toEqual({
      status: 2,
      stdout: '',
      stderr:
        "fieldcode: lint: invalid --format 'xml': not a built-in format (stylish, json, sarif, github, gitlab, junit), and none of the formatter packages fieldcode-formatter-xml, eslint-formatter-xml or xml can be found from the working directory or the config's folder\n",
    });
    expect(run('@acme/none').stderr).toBe(
      "fieldcode: lint: invalid --format '@acme/none': not a built-in format (stylish, json, sarif, github, gitlab, junit), and none of the formatter packages @acme/fieldcode-formatter-none, @acme/eslint-formatter-none or @acme/none can be found from the working directory or the config's folder\n",
    );
    expect(run('empty').stderr).toBe('fieldcode: lint: formatter fieldcode-formatter-empty has no default export function\n');
    expect(run('broken').stderr).toBe('fieldcode: lint: cannot load formatter fieldcode-formatter-broken: cannot start\n');
    expect(
      run('hidden').stderr.startsWith('fieldcode: lint: cannot load formatter fieldcode-formatter-hidden: No "exports" main defined in '),
    ).toBe(true);
    // Not a package name (upper case) and not a path: the built-in list, as before.
    expect(run('XML').stderr).toBe(
      "fieldcode: lint: invalid --format 'XML' (expected one of: stylish, json, sarif, github, gitlab, junit)\n",
    );
  });
});

describe('fieldcode lint --baseline', { timeout: 60_000 }, () => {
  const library = () => {
    const dir = join(scratch, `baseline-${Math.random().toString(36).slice(2)}`);
    mkdirSync(join(dir, 'responses'), { recursive: true });
    writeFileSync(join(dir, 'fieldcode.config.json'), '{}\n');
    writeFileSync(join(dir, 'responses', 'bill.json'), billText);
    writeFileSync(join(dir, 'responses', 'hello.txt'), 'Hi <$ Fromat(1) $>');
    return dir;
  };
  type Entries = { entries: { file: string; rule: string; fingerprint: string; message: string }[] };
  const entries = (dir: string) =>
    (JSON.parse(readFileSync(join(dir, 'fieldcode-baseline.json'), 'utf8')) as Entries).entries.map(({ file, rule }) => `${file} ${rule}`);

  it('records today’s findings, then reports only new ones, from any working directory', () => {
    const dir = library();
    expect(fieldcode(dir, 'lint', '--baseline-write', 'fieldcode-baseline.json')).toEqual({
      status: 0,
      stdout: '✔ no problems (2 files checked)\n',
      stderr: 'fieldcode: baseline fieldcode-baseline.json records 3 findings in 2 files\n',
    });
    expect(entries(dir)).toEqual([
      'responses/bill.json non-canonical-delimiter',
      'responses/bill.json unknown-function',
      'responses/hello.txt unknown-function',
    ]);
    expect(fieldcode(dir, 'lint', '--baseline', 'fieldcode-baseline.json')).toEqual({
      status: 0,
      stdout: '✔ no problems (2 files checked)\n',
      stderr: 'fieldcode: baseline fieldcode-baseline.json matched 3 findings\n',
    });

    // Lines added above keep the old findings matched; a new problem is reported.
    writeFileSync(
      join(dir, 'responses', 'bill.json'),
      billText.replace('{\n', '{\n  "description": "moved down",\n').replace('CustomProp_Date) $>.', 'CustomProp_Date) $>. <$ Nope() $>'),
    );
    const after = fieldcode(join(dir, 'responses'), 'lint', '.', '--baseline', '../fieldcode-baseline.json', '--format', 'json');
    expect(after.status).toBe(1);
    expect(
      (JSON.parse(after.stdout) as { messages: { ruleId: string; line: number; message: string }[] }[]).flatMap((f) =>
        f.messages.map((m) => [m.ruleId, m.line]),
      ),
    ).toEqual([['unknown-function', 5]]);
    expect(after.stderr).toBe('fieldcode: baseline ../fieldcode-baseline.json matched 3 findings\n');
  });

  it('says which entries were fixed, and prunes them with --baseline-prune, keeping entries of files not linted', () => {
    const dir = library();
    fieldcode(dir, 'lint', '--baseline-write', 'fieldcode-baseline.json');
    writeFileSync(join(dir, 'responses', 'hello.txt'), 'Hi <$ Format(1) $>');
    writeFileSync(join(dir, 'responses', 'bill.json'), billText.replace('Fromat', 'Format'));
    expect(fieldcode(dir, 'lint', 'responses/hello.txt', '--baseline', 'fieldcode-baseline.json').stderr).toBe(
      'fieldcode: baseline fieldcode-baseline.json matched 0 findings; 1 entry no longer match (fixed: run with --baseline-prune to remove them)\n',
    );
    expect(fieldcode(dir, 'lint', 'responses/hello.txt', '--baseline', 'fieldcode-baseline.json', '--baseline-prune').stderr).toBe(
      'fieldcode: baseline fieldcode-baseline.json matched 0 findings; removed 1 entry whose problems were fixed\n',
    );
    expect(entries(dir)).toEqual(['responses/bill.json non-canonical-delimiter', 'responses/bill.json unknown-function']);
    fieldcode(dir, 'lint', '--baseline', 'fieldcode-baseline.json', '--baseline-prune');
    expect(entries(dir)).toEqual(['responses/bill.json non-canonical-delimiter']);
  });

  it('refuses a missing or malformed baseline and conflicting flags, naming the file', () => {
    const dir = library();
    writeFileSync(join(dir, 'broken.json'), '{"version": 1, "entries": [}');
    writeFileSync(join(dir, 'other.json'), '{"version": 2}');
    expect(fieldcode(dir, 'lint', '--baseline', 'none.json').stderr).toBe(
      'fieldcode: no baseline file none.json (write one with --baseline-write none.json)\n',
    );
    expect(fieldcode(dir, 'lint', '--baseline', 'broken.json').stderr.split('\n')[0]).toBe(
      'fieldcode: invalid baseline broken.json: not JSON',
    );
    expect(fieldcode(dir, 'lint', '--baseline', 'broken.json').stderr.split('\n')[1]).toMatch(/^broken\.json:1:28 error /);
    expect(fieldcode(dir, 'lint', '--baseline', 'other.json').stderr).toBe(
      'fieldcode: invalid baseline other.json: expected { "version": 1, "entries": [{ "file", "rule", "fingerprint", "message" }] }\n',
    );
    expect(fieldcode(dir, 'lint', '--baseline-prune').stderr).toBe('fieldcode: lint: --baseline-prune needs --baseline FILE\n');
  });
});

describe('config extends and overrides', { timeout: 60_000 }, () => {
  const setup = (config: unknown) => {
    const dir = join(scratch, `config-${Math.random().toString(36).slice(2)}`);
    mkdirSync(join(dir, 'lib', 'legacy'), { recursive: true });
    writeFileSync(join(dir, 'fieldcode.config.json'), `${JSON.stringify(config, null, 2)}\n`);
    writeFileSync(join(dir, 'lib', 'bill.json'), billText);
    writeFileSync(join(dir, 'lib', 'legacy', 'bill.json'), billText);
    return dir;
  };
  const findings = (dir: string, ...args: string[]) =>
    (
      JSON.parse(fieldcode(dir, 'lint', ...args, '--format', 'json').stdout) as {
        filePath: string;
        messages: { ruleId: string; severity: number }[];
      }[]
    ).map((file) => `${file.filePath.slice(dir.length + 1)}: ${file.messages.map((m) => `${m.ruleId}/${m.severity}`).join(' ')}`);

  it('layers presets and rules as ESLint does: config, then each matching override in order', () => {
    const dir = setup({
      extends: 'fieldcode:strict',
      rules: { 'genesys-compat': 'off' },
      overrides: [
        { files: ['lib/legacy/**'], extends: ['fieldcode:genesys'], profile: 'apple-messages' },
        { files: ['bill.json'], excludedFiles: ['lib/legacy/*'], rules: { 'unknown-function': 'warning' } },
      ],
    });
    expect(findings(dir)).toEqual([
      'lib/bill.json: non-canonical-delimiter/2 unknown-function/1',
      'lib/legacy/bill.json: unknown-function/2',
    ]);
    const printed = JSON.parse(fieldcode(dir, 'lint', '--print-config', 'lib/legacy/bill.json').stdout) as {
      profile: string;
      extends: string[];
      rules: Record<string, string>;
    };
    expect([printed.profile, printed.extends, printed.rules['genesys-compat'], printed.rules['non-canonical-delimiter']]).toEqual([
      'apple-messages',
      ['fieldcode:strict', 'fieldcode:genesys'],
      'error',
      'off',
    ]);
    // --profile wins over an override's profile.
    expect(
      (JSON.parse(fieldcode(dir, 'lint', '--profile', 'whatsapp', '--print-config', 'lib/legacy/bill.json').stdout) as { profile: string })
        .profile,
    ).toBe('whatsapp');
  });

  it('positions unknown rules and presets of overrides in the config', () => {
    const dir = setup({ overrides: [{ files: ['x'], rules: { 'no-such': 'off' }, extends: ['acme/base'] }] });
    const result = fieldcode(dir, 'lint');
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      [
        'fieldcode: invalid config fieldcode.config.json (2 unknown rules or presets)',
        "fieldcode.config.json:8:9 error Unknown rule 'no-such'. [unknown-rule]",
        "fieldcode.config.json:11:9 error Unknown preset 'acme/base' (known: fieldcode:recommended, fieldcode:strict, fieldcode:genesys). [unknown-preset]",
        '',
      ].join('\n'),
    );
    const badProfile = setup({ overrides: [{ files: ['x'], profile: 'telex' }] });
    expect(fieldcode(badProfile, 'lint').stderr).toMatch(/^fieldcode: lint: unknown profile 'telex' \(known: /);
  });
});

describe('fieldcode lint --cache', { timeout: 60_000 }, () => {
  it('reuses findings of unchanged files, re-lints changed ones, and starts over when settings change or the cache is broken', () => {
    const dir = join(scratch, 'cache');
    mkdirSync(dir);
    writeFileSync(join(dir, 'bill.json'), billText);
    writeFileSync(join(dir, 'hello.txt'), 'Hi <$ Fromat(1) $>');
    const rules = (...args: string[]) =>
      (
        JSON.parse(fieldcode(dir, 'lint', '--cache', '--format', 'json', ...args).stdout) as {
          messages: { ruleId: string; severity: number }[];
        }[]
      ).map((file) => file.messages.map((m) => `${m.ruleId}/${m.severity}`).join(' '));
    const first = rules();
    expect(first).toEqual(['non-canonical-delimiter/1 unknown-function/2', 'unknown-function/2']);
    const cache = JSON.parse(readFileSync(join(dir, '.fieldcode-cache'), 'utf8')) as {
      version: number;
      files: Record<string, { hash: string }>;
    };
    expect(cache.version).toBe(1);
    expect(Object.keys(cache.files).sort()).toEqual([join(dir, 'bill.json'), join(dir, 'hello.txt')]);

    // A cached entry is used only for the same text: plant a wrong finding under the current hash to see it is read…
    const planted = JSON.parse(readFileSync(join(dir, '.fieldcode-cache'), 'utf8')) as {
      files: Record<string, { diagnostics: { code: string }[] }>;
    };
    planted.files[join(dir, 'hello.txt')]!.diagnostics[0]!.code = 'from-cache';
    writeFileSync(join(dir, '.fieldcode-cache'), JSON.stringify(planted));
    expect(rules()).toEqual(['non-canonical-delimiter/1 unknown-function/2', 'from-cache/2']);
    // …and not once the file changes.
    writeFileSync(join(dir, 'hello.txt'), 'Hi <$ Fromat(2) $>');
    expect(rules()).toEqual(['non-canonical-delimiter/1 unknown-function/2', 'unknown-function/2']);

    // Other settings (here a rule severity through --profile-independent config) start a new cache.
    planted.files[join(dir, 'bill.json')]!.diagnostics[0]!.code = 'from-cache';
    writeFileSync(join(dir, '.fieldcode-cache'), JSON.stringify(planted));
    writeFileSync(join(dir, 'fieldcode.config.json'), '{ "rules": { "non-canonical-delimiter": "error" } }\n');
    expect(rules()).toEqual(['non-canonical-delimiter/2 unknown-function/2', 'unknown-function/2']);

    writeFileSync(join(dir, '.fieldcode-cache'), '{ not json');
    expect(rules()).toEqual(['non-canonical-delimiter/2 unknown-function/2', 'unknown-function/2']);
    expect((JSON.parse(readFileSync(join(dir, '.fieldcode-cache'), 'utf8')) as { version: number }).version).toBe(1);
  });

  it('keeps the cache where --cache-location says, and needs --cache for it', () => {
    const dir = join(scratch, 'cache-location');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a.txt'), 'Hi');
    expect(fieldcode(dir, 'lint', '--cache', '--cache-location', 'lint.cache').status).toBe(0);
    expect((JSON.parse(readFileSync(join(dir, 'lint.cache'), 'utf8')) as { version: number }).version).toBe(1);
    expect(fieldcode(dir, 'lint', '--cache-location', 'x').stderr).toBe('fieldcode: lint: --cache-location needs --cache\n');
  });
});
