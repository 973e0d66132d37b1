import type { Browser, Page } from 'playwright-core';

/** Debian's Chromium (`apt-get install chromium`). */
export declare const chromiumPath: string;

/** No sandbox (CI containers), no GPU, and nothing that reaches the network on its own. */
export declare const chromiumArgs: readonly string[];

/** Launches headless Chromium with {@link chromiumArgs}. */
export declare function launchChromium(): Promise<Browser>;

/** Opens the studio at `url` and waits until the page and its editor are ready. */
export declare function waitForStudio(page: Page, url: string): Promise<void>;
