/** Headless Chromium for the browser tests: Debian's build, with the flags every test run uses. */
import { chromium, type Browser, type Page } from 'playwright-core';

/** No sandbox (CI containers), no GPU, and nothing that reaches the network on its own. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs, headless: true });
}

/** Opens the studio at `url` and waits until the page and its editor are ready. */
export async function waitForStudio(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector('html[data-studio-ready="true"]', { timeout: 60_000 });
  await page.waitForSelector('fieldcode-editor .monaco-editor', { timeout: 60_000 });
}
