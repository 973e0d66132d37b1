// Headless Chromium for the browser tests and the benchmarks: Debian's build, with the one set of
// flags every run uses. Plain JavaScript so `node bench/*.bench.mjs` imports it without a TS
// loader; types in chromium.d.mts; test/browser/chromium.fixture.ts re-exports it for the tests.
import { chromium } from 'playwright-core';

/** Debian's Chromium (`apt-get install chromium`). */
export const chromiumPath = '/usr/bin/chromium';

/** No sandbox (CI containers), no GPU, and nothing that reaches the network on its own. */
export const chromiumArgs = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]);

/** Launches headless Chromium with {@link chromiumArgs}. */
export function launchChromium() {
  return chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs], headless: true });
}

/** Opens the studio at `url` and waits until the page and its editor are ready. */
export async function waitForStudio(page, url) {
  await page.goto(url);
  await page.waitForSelector('html[data-studio-ready="true"]', { timeout: 60_000 });
  await page.waitForSelector('fieldcode-editor .monaco-editor', { timeout: 60_000 });
}
