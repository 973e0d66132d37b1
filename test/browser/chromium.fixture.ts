/**
 * Headless Chromium for the browser tests. The flags and the launch are defined once, in
 * scripts/chromium.mjs, which the benchmarks (plain Node, no TS loader) import as well.
 */
export { chromiumArgs, launchChromium, waitForStudio } from '../../scripts/chromium.mjs';
