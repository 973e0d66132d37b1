// `plugins` and `extends` in fieldcode.config.json: the CLI imports the plugins (a path relative
// to the config file, or a package installed for that folder) and lints with their rules.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from './build.js';
import { fieldcode } from './run.js';

/** The worked example of docs/rules.md#plugins, without imports (a plugin may be plain objects). */
const ACME = `
const noTodo = {
  meta: {
    id: 'acme/no-todo',
    defaultSeverity: 'warning',
    description: 'No TODO left in a response.',
    docs: 'https://acme.example/rules/no-todo',
    fixable: true,
    appliesTo: ['plain-text', 'envelope'],
    messages: { todo: 'Resolve the {{word}} before sending.' },
  },
  check(context) {
    for (const match of context.file.text.matchAll(/TODO/g)) {
      context.report({
        range: { start: match.index, end: match.index + 4 },
        messageId: 'todo',
        data: { word: 'TODO' },
        fix: { start: match.index, end: match.index + 4, text: 'DONE' },
      });
    }
  },
};
export default { name: 'acme', rules: [noTodo], presets: { strict: { 'acme/no-todo': 'error' } } };
`;

let scratch: string;

beforeAll(() => {
  ensureBuilt();
  scratch = mkdtempSync(join(tmpdir(), 'fieldcode-plugins-e2e-'));
}, 300_000);

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** A folder with a config, the acme plugin at plugins/acme.mjs and a response a.txt. */
function project(name: string, config: object): string {
  const dir = join(scratch, name);
  mkdirSync(join(dir, 'plugins'), { recursive: true });
  writeFileSync(join(dir, 'plugins', 'acme.mjs'), ACME);
  writeFileSync(join(dir, 'fieldcode.config.json'), `${JSON.stringify(config, null, 2)}\n`);
  writeFileSync(join(dir, 'a.txt'), 'Hi, TODO\n');
  return dir;
}

describe('fieldcode lint with plugins from the config', () => {
  it('loads a plugin by path relative to the config file and applies its preset', () => {
    const dir = project('by-path', { plugins: ['./plugins/acme.mjs'], extends: ['acme/strict'] });
    mkdirSync(join(dir, 'responses'));
    // Run from a subfolder: the plugin path is relative to the config file, not to the working directory.
    const result = fieldcode(join(dir, 'responses'), 'lint', '..');
    expect(result).toEqual({
      status: 1,
      stdout: [
        join(dir, 'a.txt'),
        '  1:5  error    Resolve the TODO before sending.  acme/no-todo',
        '    > 1 | Hi, TODO',
        '        |     ^',
        '      2 |',
        '',
        '✖ 1 problem (1 error, 0 warnings)',
        '  1 error and 0 warnings potentially fixable with the `--fix` option.',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  it('lets the config rules override the preset, and fixes with the plugin', () => {
    const dir = project('override', { plugins: ['./plugins/acme.mjs'], extends: ['acme/strict'], rules: { 'acme/no-todo': 'warning' } });
    const json = fieldcode(dir, 'lint', '--format', 'json');
    expect(json.status).toBe(0);
    expect(
      (JSON.parse(json.stdout) as Array<{ messages: Array<{ ruleId: string; severity: number; message: string }> }>)[0]!.messages.map(
        (m) => [m.ruleId, m.severity, m.message],
      ),
    ).toEqual([['acme/no-todo', 1, 'Resolve the TODO before sending.']]);
    expect(fieldcode(dir, 'lint', '--fix').status).toBe(0);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('Hi, DONE\n');
  });

  it('loads a plugin by package name from the config folder', () => {
    const dir = project('by-package', { plugins: ['fieldcode-plugin-acme'], rules: { 'acme/no-todo': 'error' } });
    const pkg = join(dir, 'node_modules', 'fieldcode-plugin-acme');
    mkdirSync(pkg, { recursive: true });
    writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name: 'fieldcode-plugin-acme', version: '1.0.0', main: 'index.mjs' }));
    writeFileSync(join(pkg, 'index.mjs'), ACME);
    const result = fieldcode(dir, 'lint', '--format', 'json');
    expect([result.status, result.stderr, (JSON.parse(result.stdout) as Array<{ errorCount: number }>)[0]!.errorCount]).toEqual([1, '', 1]);
  });

  it('refuses a plugin it cannot find, load or use, and an unknown preset, with exit 2', () => {
    const refused = (name: string, config: object) => fieldcode(project(name, config), 'lint');
    expect(refused('missing-file', { plugins: ['./plugins/nope.mjs'] })).toMatchObject({
      status: 2,
      stdout: '',
      stderr: expect.stringMatching(
        /^fieldcode: invalid config fieldcode\.config\.json: the plugin '\.\/plugins\/nope\.mjs' failed to load: /,
      ) as unknown,
    });
    expect(refused('missing-package', { plugins: ['no-such-fieldcode-plugin'] })).toEqual({
      status: 2,
      stdout: '',
      stderr:
        "fieldcode: invalid config fieldcode.config.json: cannot find the plugin package 'no-such-fieldcode-plugin' from . (a file path starts with ./ or ../)\n",
    });
    const notPlugin = project('not-a-plugin', { plugins: ['./plugins/other.mjs'] });
    writeFileSync(join(notPlugin, 'plugins', 'other.mjs'), 'export const rules = [];\n');
    expect(fieldcode(notPlugin, 'lint')).toEqual({
      status: 2,
      stdout: '',
      stderr:
        "fieldcode: invalid config fieldcode.config.json: './plugins/other.mjs' is not a lint plugin: its default export must be { name, rules?, presets? }\n",
    });
    const clash = project('clash', { plugins: ['./plugins/clash.mjs'] });
    writeFileSync(
      join(clash, 'plugins', 'clash.mjs'),
      "export default { name: 'x', rules: [{ meta: { id: 'body-length', defaultSeverity: 'error' }, check() {} }] };\n",
    );
    expect(fieldcode(clash, 'lint')).toEqual({
      status: 2,
      stdout: '',
      stderr:
        "fieldcode: invalid config fieldcode.config.json: the plugin './plugins/clash.mjs' defines the rule 'body-length', which already exists\n",
    });
    expect(refused('unknown-preset', { plugins: ['./plugins/acme.mjs'], extends: ['acme/lenient'] })).toEqual({
      status: 2,
      stdout: '',
      stderr: [
        'fieldcode: invalid config fieldcode.config.json (1 unknown preset)',
        "fieldcode.config.json:6:5 error Unknown preset 'acme/lenient' (known: fieldcode:recommended, fieldcode:strict, fieldcode:genesys, acme/strict). [unknown-preset]",
        '',
      ].join('\n'),
    });
  });

  it('still refuses a rule id that neither the built-in rules nor the plugins have', () => {
    expect(fieldcode(project('unknown-rule', { plugins: ['./plugins/acme.mjs'], rules: { 'acme/no-fixme': 'error' } }), 'lint')).toEqual({
      status: 2,
      stdout: '',
      stderr:
        "fieldcode: invalid config fieldcode.config.json (1 unknown rule)\nfieldcode.config.json:6:5 error Unknown rule 'acme/no-fixme'. [unknown-rule]\n",
    });
  });
});
