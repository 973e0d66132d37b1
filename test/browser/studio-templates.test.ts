/**
 * The studio page in headless Chromium over a folder whose fieldcode.config.json names a Meta
 * templates export (`templates`): the editor's as-you-type lint runs `template-approved` and
 * `template-drift` with it, so its markers and Problems list say what `fieldcode lint` says for
 * the same file and config (the server's `POST /api/lint` and the CLI's core, `lint` with the export).
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type Page } from 'playwright-core';
import { launchChromium, waitForStudio } from './chromium.fixture.js';
import { formatDiagnostic, lint, readTemplateExport } from '@fieldcode/content';
import type { Diagnostic } from '@fieldcode/language';
import { startStudio, type StudioServer } from '../../packages/cli/src/studio/server.js';
// @ts-expect-error -- plain ESM helper script without type declarations
import { ensureDemoBuilt } from '../../editor/scripts/demo-build.mjs';

const root = join(import.meta.dirname, '..', '..');
const fixtureDir = join(root, 'test', 'fixtures', 'templates');
const reminder = readFileSync(join(fixtureDir, 'appointment-reminder.json'), 'utf8');
const drifted = reminder
  .replace('Reply to confirm or reschedule.",', 'Reply to confirm, or to reschedule.",')
  .replace('"text": "Reschedule" }', '"text": "Change" }');
/** The Portuguese template is still in review (PENDING) in the export. */
const pending = reminder.replace('"language": "en_US"', '"language": "pt_BR"');
const { templates } = readTemplateExport(JSON.parse(readFileSync(join(fixtureDir, 'message-templates.json'), 'utf8')));

let dir: string;
let server: StudioServer;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  ensureDemoBuilt({ quiet: true });
  dir = mkdtempSync(join(tmpdir(), 'fieldcode-studio-templates-'));
  writeFileSync(join(dir, 'fieldcode.config.json'), '{ "templates": "meta/message-templates.json" }\n');
  mkdirSync(join(dir, 'meta'));
  copyFileSync(join(fixtureDir, 'message-templates.json'), join(dir, 'meta', 'message-templates.json'));
  writeFileSync(join(dir, 'reminder.json'), reminder);
  writeFileSync(join(dir, 'drifted.json'), drifted);
  writeFileSync(join(dir, 'pending.json'), pending);
  server = await startStudio({ dir, port: 0 });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await waitForStudio(page, server.url);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The editor element's markers of the template rules (the diagnostics it set on monaco), as `code line:column-line:column`. */
function templateMarkers(): Promise<string[]> {
  return page.evaluate(() =>
    (document.querySelector('fieldcode-editor') as unknown as { diagnostics: Diagnostic[] }).diagnostics
      .filter((d) => d.code.startsWith('template-'))
      .map((d) => `${d.code} ${d.range.start.line}:${d.range.start.column}-${d.range.end.line}:${d.range.end.column}`),
  );
}

/** What `fieldcode lint` says of the template rules for `text`: the CLI core with the config's export. */
function expected(path: string, text: string): Diagnostic[] {
  return lint(text, { filePath: path, templates }).diagnostics.filter((d) => d.code.startsWith('template-'));
}

/** Opens a file from the tree and waits for its lint; returns the status line and the Problems list. */
async function open(path: string): Promise<{ status: string | null; problems: string[] }> {
  await page.click(`#files button[data-file="${path}"]`);
  // A file edited by a test before: leave it without its edits.
  if (await page.waitForSelector('#confirm-dialog[open]', { timeout: 1_000 }).catch(() => null))
    await page.click('#confirm-dialog button:has-text("Discard changes")');
  await expect.poll(() => page.textContent('#file-name')).toBe(path);
  await page.waitForSelector('#lint-status[data-state="done"]');
  return {
    status: await page.textContent('#lint-status'),
    problems: await page.$$eval('#problems button.problem', (buttons) => buttons.map((button) => button.textContent ?? '')),
  };
}

/** The Problems-list line of a diagnostic, as the page words it. */
const problemLine = (d: Diagnostic): string => `${d.range.start.line}:${d.range.start.column} ${d.severity} ${d.message} (${d.code})`;

describe('the studio page with a config templates export', { timeout: 90_000 }, () => {
  it('reports template-drift as you type, at the positions fieldcode lint gives, and clears it when the text matches again', async () => {
    const cli = expected('drifted.json', drifted);
    expect(cli.map((d) => formatDiagnostic(d))).toEqual([
      'template-drift error 19:88-19:95 Body text differs from the approved template here: approved " or", response ", or to"; the customer receives the approved text, not this one. @/structured/content/1/text',
      'template-drift error 28:53-28:58 Button 2 label differs from the approved "Reschedule": the customer receives the approved text, not this one. @/structured/content/4/text',
    ]);
    const shown = await open('drifted.json');
    for (const d of cli) expect(shown.problems).toContain(problemLine(d));
    // The server's lint of the file (`fieldcode lint` with the folder's config) agrees with the page.
    const server = await page.evaluate(async (text) => {
      const response = await fetch('/api/lint', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ path: 'drifted.json', text }),
      });
      return ((await response.json()) as { diagnostics: Diagnostic[] }).diagnostics;
    }, drifted);
    expect(server.filter((d) => d.code.startsWith('template-')).map(problemLine)).toEqual(cli.map(problemLine));
    expect(shown.problems.filter((line) => line.endsWith('(template-drift)'))).toEqual(cli.map(problemLine));
    const errors = server.filter((d) => d.severity === 'error').length;
    const warnings = server.filter((d) => d.severity === 'warning').length;
    const infos = server.filter((d) => d.severity === 'info').length;
    expect(shown.status).toBe(
      `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}, ${infos} info${infos === 1 ? '' : 's'}`,
    );
    await expect.poll(templateMarkers).toEqual(['template-drift 19:88-19:95', 'template-drift 28:53-28:58']);

    // Typing the approved label back: the button's drift goes at once (the lint as you type).
    await page.evaluate(() => {
      const editor = document.querySelector('fieldcode-editor') as unknown as {
        monacoEditor: { getModel(): { getValue(): string; setValue(text: string): void } };
      };
      const model = editor.monacoEditor.getModel();
      model.setValue(model.getValue().replace('"text": "Change" }', '"text": "Reschedule" }'));
    });
    await expect.poll(templateMarkers).toEqual(['template-drift 19:88-19:95']);
  });

  it('reports template-approved for a template still in review, with the drifts from it, as fieldcode lint does', async () => {
    const cli = expected('pending.json', pending);
    expect(cli[0]!.message).toBe(
      "Template 'appointment_reminder' (pt_BR) is still in review (PENDING); it cannot be sent until Meta approves it: sends fail with error 132001 (template does not exist) until then.",
    );
    const shown = await open('pending.json');
    expect(shown.problems.filter((line) => / \(template-[a-z]+\)$/u.test(line))).toEqual(cli.map(problemLine));
    await expect
      .poll(templateMarkers)
      .toEqual(cli.map((d) => `${d.code} ${d.range.start.line}:${d.range.start.column}-${d.range.end.line}:${d.range.end.column}`));
  });

  it('finds nothing to report for the approved template', async () => {
    expect(expected('reminder.json', reminder)).toEqual([]);
    const shown = await open('reminder.json');
    expect(shown.problems.filter((line) => / \(template-/u.test(line))).toEqual([]);
    expect(await templateMarkers()).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
