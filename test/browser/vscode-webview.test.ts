/**
 * The VS Code extension's preview webview, in headless Chromium: its script (built here into a
 * temporary file, as the extension's build does, without a warning) runs in the page the extension
 * writes (previewHtml, with its Content-Security-Policy), and draws the preview of a large response
 * on its own main thread: the policy allows no worker, and none is started.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { launchChromium } from './chromium.fixture.js';
// @ts-expect-error -- plain ESM helper scripts without type declarations
import { buildWebview } from '../../editors/vscode/scripts/webview-build.mjs';
import { previewHtml } from '../../editors/vscode/src/preview.js';

const ORIGIN = 'https://webview.test';

/** A list envelope of `rows` rows (more than 64 KiB for 500: the size the preview computes in a worker elsewhere). */
function listText(rows: number): string {
  const response = {
    name: 'Stores',
    structured: {
      contentType: 'single-selection-list',
      text: 'Which store, <$ Contact.FirstName $>?',
      button: 'Choose',
      content: [
        {
          type: 'section',
          title: 'Area 1',
          rows: Array.from({ length: rows }, (_, r) => ({
            id: `row-${r}`,
            title: `Store ${r}`,
            description: `Open until 8 pm, <$ Contact.FirstName $>`,
          })),
        },
      ],
    },
    sampleData: { Contact: { FirstName: 'Ann' } },
  };
  return JSON.stringify(response, null, 2) + '\n';
}

let browser: Browser;
let page: Page;
let dir: string;
let warnings: unknown[];
const pageErrors: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fieldcode-webview-'));
  const result = (await buildWebview(join(dir, 'webview.js'))) as { warnings: unknown[] };
  warnings = result.warnings;
  const script = readFileSync(join(dir, 'webview.js'), 'utf8');
  browser = await launchChromium();
  page = await browser.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  await page.route(`${ORIGIN}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/index.html')
      return route.fulfill({ contentType: 'text/html', body: previewHtml(ORIGIN, `${ORIGIN}/dist/webview.js`, 'bm9uY2U=') });
    if (path === '/dist/webview.js') return route.fulfill({ contentType: 'text/javascript', body: script });
    return route.fulfill({ status: 404, body: '' });
  });
  // What VS Code gives a webview, and a count of the workers the page starts.
  await page.addInitScript(() => {
    const w = window as unknown as { posted: unknown[]; workersStarted: number; acquireVsCodeApi: () => unknown };
    w.posted = [];
    w.workersStarted = 0;
    w.acquireVsCodeApi = () => ({ postMessage: (message: unknown) => w.posted.push(message) });
    const Native = window.Worker;
    window.Worker = class extends Native {
      constructor(url: string | URL, options?: WorkerOptions) {
        w.workersStarted++;
        super(url, options);
      }
    };
  });
  await page.goto(`${ORIGIN}/index.html`);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('VS Code preview webview', { timeout: 60_000 }, () => {
  it('builds as a classic script without a warning (no import.meta in it)', () => {
    expect(warnings).toEqual([]);
    expect(readFileSync(join(dir, 'webview.js'), 'utf8')).not.toContain('import.meta');
  });

  it('draws the preview of a large response on its main thread, starting no worker', async () => {
    await expect.poll(() => page.evaluate(() => (window as unknown as { posted: unknown[] }).posted)).toEqual([{ type: 'ready' }]);
    const source = listText(500);
    expect(source.length).toBeGreaterThan(64 * 1024);
    await page.evaluate((source) => window.postMessage({ type: 'update', format: 'json', source }, '*'), source);
    const body = () =>
      page.evaluate(
        () =>
          (document.querySelector('fieldcode-preview') as unknown as { previewMessage: { body: string } | null }).previewMessage?.body ??
          null,
      );
    await expect.poll(body, { timeout: 30_000 }).toBe('Which store, Ann?');
    expect(
      await page.evaluate(() =>
        document.querySelector('fieldcode-preview')!.shadowRoot!.querySelector('.list-button')?.textContent?.trim(),
      ),
    ).toBe('☰ Choose');
    expect(await page.evaluate(() => (window as unknown as { workersStarted: number }).workersStarted)).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});
