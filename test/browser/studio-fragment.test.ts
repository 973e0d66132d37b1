/**
 * The studio page survives whatever its URL fragment holds: a malformed escape (`#%E0%A4%A`) opens
 * the default example instead of stopping the page with a URIError; a valid fragment opens its
 * example, and names with `%` round-trip. Real headless Chromium.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser } from 'playwright-core';
import { launchChromium } from './chromium.fixture.js';
// @ts-expect-error -- plain ESM helper scripts without type declarations
import { ensureDemoBuilt } from '../../editor/scripts/demo-build.mjs';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStudio } from '../../packages/cli/src/studio/server.js';

let server: { url: string; close(): Promise<void> };
let libraryDir: string;
let browser: Browser;

beforeAll(async () => {
  ensureDemoBuilt({ quiet: true });
  libraryDir = mkdtempSync(join(tmpdir(), 'fieldcode-studio-fragment-'));
  cpSync(join(import.meta.dirname, '..', '..', 'examples'), libraryDir, { recursive: true });
  server = await startStudio({ dir: libraryDir, port: 0 });
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (libraryDir) rmSync(libraryDir, { recursive: true, force: true });
});

/** Opens the studio at `fragment`; resolves to the opened file, the fragment after start and page errors. */
async function openAt(fragment: string): Promise<{ file: string | null; hash: string; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  try {
    await page.goto(`${server.url}${fragment}`);
    await page.waitForSelector('html[data-studio-ready="true"]', { timeout: 60_000 });
    return { file: await page.textContent('#file-name'), hash: await page.evaluate(() => location.hash), errors };
  } finally {
    await page.close();
  }
}

describe('studio page URL fragment', { timeout: 90_000 }, () => {
  it('starts with the default example when the fragment is a malformed escape', async () => {
    expect(await openAt('#%E0%A4%A')).toEqual({ file: 'bill-reminder.json', hash: '#bill-reminder.json', errors: [] });
  });

  it('opens the example a valid fragment names', async () => {
    expect(await openAt('#store-list.json')).toEqual({ file: 'store-list.json', hash: '#store-list.json', errors: [] });
    expect(await openAt('#%73tore-list.json')).toEqual({ file: 'store-list.json', hash: '#store-list.json', errors: [] });
  });
});
