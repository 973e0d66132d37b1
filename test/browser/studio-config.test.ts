/**
 * The studio page in headless Chromium over a workspace whose config has a lint plugin, the
 * plugin's preset and an override for a sub-folder: the page's status line and Problems list show
 * what `fieldcode lint` reports for each file (the plugin's findings come from the server, the
 * severities of the file's folder apply to the lint as you type).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type Page } from 'playwright-core';
import { launchChromium, waitForStudio } from './chromium.fixture.js';
import { startStudio, type StudioServer } from '../../packages/cli/src/studio/server.js';
// @ts-expect-error -- plain ESM helper script without type declarations
import { ensureDemoBuilt } from '../../editor/scripts/demo-build.mjs';
import { ACME, config, files } from '../lsp/acme-workspace.js';

let dir: string;
let server: StudioServer;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  ensureDemoBuilt({ quiet: true });
  dir = mkdtempSync(join(tmpdir(), 'fieldcode-studio-config-'));
  const write = (path: string, text: string): void => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  write('fieldcode.config.json', JSON.stringify(config, null, 2));
  write('plugins/acme.mjs', ACME);
  for (const [path, text] of Object.entries(files)) write(path, text);
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

/** Opens a file from the tree and waits for its lint; returns the status line and the Problems list. */
async function problemsOf(path: string): Promise<{ status: string | null; problems: string[] }> {
  await page.click(`#files button[data-file="${path}"]`);
  await expect.poll(() => page.textContent('#file-name')).toBe(path);
  await page.waitForSelector('#lint-status[data-state="done"]');
  return {
    status: await page.textContent('#lint-status'),
    problems: await page.$$eval('#problems button.problem', (buttons) => buttons.map((button) => button.textContent ?? '')),
  };
}

describe('the studio page with config plugins and overrides', { timeout: 90_000 }, () => {
  it('shows the plugin findings with the preset severity at the top level', async () => {
    expect(await problemsOf('welcome.txt')).toEqual({
      status: '1 error, 1 warning, 0 infos',
      problems: ['1:1 error Do not shout. (acme/shout)', '1:8 warning Resolve the TODO before sending. (acme/no-todo)'],
    });
  });

  it('applies the override of the sub-folder, and agrees with the library row', async () => {
    expect(await problemsOf('legal/terms.txt')).toEqual({
      status: '1 error, 0 warnings, 0 infos',
      problems: ['1:8 error Resolve the TODO before sending. (acme/no-todo)'],
    });
    expect(await problemsOf('legal/notice.json')).toEqual({
      status: '1 error, 0 warnings, 0 infos',
      problems: ['1:27 error Resolve the TODO before sending. (acme/no-todo)'],
    });
    const row = await page.textContent('#files button[data-file="legal/notice.json"]');
    expect(row).toContain('1 error');
    expect(pageErrors).toEqual([]);
  });
});
