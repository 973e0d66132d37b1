// One project, three consumers: `fieldcode lint`, the studio's API and a `fieldcode lsp --stdio`
// session read the same config (a plugin rule, a preset of the plugin, an override for a
// sub-folder) and report the very same findings for every file.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StudioLibrary, StudioLintResult, StudioLintSettings } from '@fieldcode/content';
import { startStudio, type StudioServer } from '../../packages/cli/src/studio/server.js';
import { ensureBuilt } from '../cli/build.js';
import { fieldcode } from '../cli/run.js';
import { ACME, config, expected, files } from './acme-workspace.js';
import { LspClient, makeProject, type LspDiagnostic } from './client.js';

const project = makeProject({
  'fieldcode.config.json': JSON.stringify(config, null, 2),
  'plugins/acme.mjs': ACME,
  ...files,
});

let studio: StudioServer;

beforeAll(async () => {
  ensureBuilt(); // the CLI and the server run dist/
  mkdirSync(join(project.dir, '.assets'));
  writeFileSync(join(project.dir, '.assets', 'index.html'), '<!doctype html><title>studio</title>');
  studio = await startStudio({ dir: project.dir, port: 0, assetsDir: join(project.dir, '.assets') });
}, 300_000);

afterAll(async () => {
  await studio?.close();
  project.remove();
});

describe('one config reading for the CLI, the studio and the language server', () => {
  it('fieldcode lint applies the plugin rule, the plugin preset and the sub-folder override', () => {
    const result = fieldcode(project.dir, 'lint', '--format', 'json');
    expect([result.status, result.stderr]).toEqual([1, '']);
    const reports = JSON.parse(result.stdout) as Array<{
      filePath: string;
      messages: Array<{
        ruleId: string;
        severity: number;
        message: string;
        line: number;
        column: number;
        endLine: number;
        endColumn: number;
      }>;
    }>;
    const found = Object.fromEntries(
      reports.map((report) => [
        report.filePath.slice(project.dir.length + 1),
        report.messages.map(
          (m) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.severity === 2 ? 'error' : 'warning'} ${m.ruleId} ${m.message}`,
        ),
      ]),
    );
    expect(found).toEqual(expected);
  });

  it('the studio API reports the same findings, library counts and settings per file', async () => {
    for (const [path, text] of Object.entries(files)) {
      const response = await fetch(new URL('/api/lint', studio.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ path, text }),
      });
      expect(response.status).toBe(200);
      const answer = (await response.json()) as StudioLintResult;
      const found = answer.diagnostics.map(
        (d) =>
          `${d.range.start.line}:${d.range.start.column}-${d.range.end.line}:${d.range.end.column} ${d.severity} ${d.code} ${d.message}`,
      );
      expect([path, found]).toEqual([path, expected[path]]);
      // The settings in force for the path: the preset's severity, and the override's in legal/.
      expect([path, answer.rules['acme/shout'], answer.rules['acme/no-todo']]).toEqual(
        path.startsWith('legal/') ? [path, 'off', 'error'] : [path, 'error', undefined],
      );
    }
    const settings = (await (await fetch(new URL('/api/lint-settings?path=legal/terms.txt', studio.url))).json()) as StudioLintSettings;
    expect([settings.profile, settings.rules]).toEqual([undefined, { 'acme/shout': 'off', 'acme/no-todo': 'error' }]);
    const library = (await (await fetch(new URL('/api/library', studio.url))).json()) as StudioLibrary;
    expect([library.config.errors, library.config.pluginRules]).toEqual([undefined, ['acme/no-todo', 'acme/shout']]);
    expect(library.files.map((file) => [file.path, file.errors, file.warnings])).toEqual([
      ['legal/notice.json', 1, 0],
      ['legal/terms.txt', 1, 0],
      ['welcome.txt', 1, 1],
    ]);
  });

  it('the studio fixes a file under the override of its folder', async () => {
    const response = await fetch(new URL('/api/fix', studio.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ path: 'legal/terms.txt', text: files['legal/terms.txt'] }),
    });
    expect(await response.json()).toEqual({ text: 'HELLO, DONE: <$ Contact.FirstName $>\n', fixed: 1 });
  });

  it('a language server session over stdio publishes the same findings', async () => {
    const { client } = await LspClient.start(project.dir);
    try {
      const toLines = (diagnostics: LspDiagnostic[]): string[] =>
        diagnostics.map(
          (d) =>
            `${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1} ${
              d.severity === 1 ? 'error' : 'warning'
            } ${d.code} ${d.message}`,
        );
      for (const [path, text] of Object.entries(files)) {
        expect([path, toLines(await client.open(project.uri(path), text))]).toEqual([path, expected[path]]);
      }
      const published = await client.open(project.uri('welcome.txt').replace('welcome', 'other'), 'HELLO\n');
      expect(published.map((d) => d.codeDescription?.href)).toEqual(['https://acme.example/rules/shout']);
    } finally {
      expect(await client.stop()).toBe(0);
    }
  });
});
