#!/usr/bin/env node
// Editor latency (SPEC §7: keystroke to updated preview and markers < 16 ms median, seed template).
// Serves the demo, opens the seed example in headless Chromium, and for each keystroke measures
// in the page, from the keydown event, the time until BOTH the preview re-rendered (its `rendered`
// event) and the lint markers were set (the editor's `diagnostics` event). Keystrokes are 250 ms
// apart, so each one is linted at once (bursts are coalesced to one lint run per 150 ms).
// Writes bench/results/editor.md with the figures and the bundle sizes.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDemoBuilt } from '../editor/scripts/demo-build.mjs';
import { startStudio } from '../packages/cli/dist/index.js';
import { launchChromium, waitForStudio } from '../scripts/chromium.mjs';

const benchDir = dirname(fileURLToPath(import.meta.url));
const root = join(benchDir, '..');
const KEYSTROKES = 60;
const WARMUP = 10;

ensureDemoBuilt();
const server = await startStudio({ dir: join(root, 'examples'), port: 0 });
const browser = await launchChromium();

try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await waitForStudio(page, `${server.url}#bill-reminder.json`);

  // Cursor at the end of the footer text ("Your next bill reminder.").
  const placed = await page.evaluate(() => {
    const element = document.querySelector('fieldcode-editor');
    const editor = element.monacoEditor;
    const model = editor.getModel();
    const needle = 'Your next bill reminder.';
    const offset = model.getValue().indexOf(needle);
    if (offset === -1) return false;
    editor.setPosition(model.getPositionAt(offset + needle.length));
    editor.focus();
    return true;
  });
  if (!placed) throw new Error('the seed example (bill-reminder.json) is not loaded');
  await page.waitForTimeout(500);

  const samples = [];
  const previewSamples = [];
  const markerSamples = [];
  const lintSamples = [];
  const roundTripSamples = [];
  for (let i = 0; i < WARMUP + KEYSTROKES; i++) {
    await page.evaluate(() => {
      const editor = document.querySelector('fieldcode-editor');
      const preview = document.querySelector('fieldcode-preview');
      window.__latency = new Promise((resolve, reject) => {
        let start = null;
        let previewAt = null;
        let markersAt = null;
        const done = () => {
          if (start !== null && previewAt !== null && markersAt !== null) {
            cleanup();
            resolve({
              both: Math.max(previewAt, markersAt) - start,
              preview: previewAt - start,
              markers: markersAt - start,
              lint: lintMs,
              roundTrip: roundTripMs,
            });
          }
        };
        const onKey = () => {
          start = performance.now();
        };
        const onPreview = () => {
          if (start === null) return;
          previewAt = performance.now();
          done();
        };
        let lintMs = 0;
        let roundTripMs = 0;
        const onMarkers = (event) => {
          if (start === null) return;
          lintMs = event.detail.lintMs;
          roundTripMs = event.detail.roundTripMs;
          markersAt = performance.now();
          done();
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error('no preview/markers update within 5 s'));
        }, 5000);
        function cleanup() {
          clearTimeout(timer);
          document.removeEventListener('keydown', onKey, true);
          preview.removeEventListener('rendered', onPreview);
          editor.removeEventListener('diagnostics', onMarkers);
        }
        document.addEventListener('keydown', onKey, true);
        preview.addEventListener('rendered', onPreview);
        editor.addEventListener('diagnostics', onMarkers);
      });
    });
    await page.keyboard.press(i % 2 === 0 ? 'x' : 'Backspace');
    const ms = await page.evaluate(() => window.__latency);
    if (i >= WARMUP) {
      samples.push(ms.both);
      previewSamples.push(ms.preview);
      markerSamples.push(ms.markers);
      lintSamples.push(ms.lint);
      roundTripSamples.push(ms.roundTrip);
    }
    await page.waitForTimeout(250);
  }

  for (const list of [samples, previewSamples, markerSamples, lintSamples, roundTripSamples]) list.sort((a, b) => a - b);
  const pick = (q) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))];
  const medianOf = (list) => (list.length % 2 ? list[(list.length - 1) / 2] : (list[list.length / 2 - 1] + list[list.length / 2]) / 2);
  const median = medianOf(samples);
  const info = JSON.parse(readFileSync(join(root, 'editor', 'demo-dist', 'build-info.json'), 'utf8'));
  const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
  const size = (file) => (info.files[file] === undefined ? 'n/a' : kib(info.files[file]));
  const verdict = median < 16 ? 'within' : 'over';

  const lines = [
    '## Editor: keystroke to updated preview and markers',
    '',
    `Headless Chromium, seed example (bill-reminder.json), ${KEYSTROKES} keystrokes (after ${WARMUP} warm-up), 250 ms apart; each sample is measured in the page from \`keydown\` until both the preview's \`rendered\` event and the editor's \`diagnostics\` event (markers set from the lint worker).`,
    '',
    '| statistic | ms |',
    '|---|---|',
    `| median | ${median.toFixed(2)} |`,
    `| p90 | ${pick(0.9).toFixed(2)} |`,
    `| median, preview only (render + DOM update, main thread) | ${medianOf(previewSamples).toFixed(2)} |`,
    `| median, markers only (lint in the worker + setModelMarkers) | ${medianOf(markerSamples).toFixed(2)} |`,
    `| median, the content lint itself (inside the worker) | ${medianOf(lintSamples).toFixed(2)} |`,
    `| median, lint request to answer on the main thread | ${medianOf(roundTripSamples).toFixed(2)} |`,
    `| min | ${samples[0].toFixed(2)} |`,
    `| max | ${samples[samples.length - 1].toFixed(2)} |`,
    '',
    `Budget: < 16 ms median — ${verdict} budget.`,
    '',
    '### Bundle sizes (minified, demo build)',
    '',
    '| part | size |',
    '|---|---|',
    `| our code in the page bundles (editor, language, content) | ${kib(info.app.ours)} |`,
    `| lit | ${kib(info.app.lit)} |`,
    `| other libraries in the page bundles | ${kib(info.app.other)} |`,
    `| monaco-editor (JS) | ${kib(info.app.monaco)} |`,
    `| lint worker (lint.worker.js) | ${size('lint.worker.js')} |`,
    `| monaco editor worker | ${size('editor.worker.js')} |`,
    `| monaco JSON worker | ${size('json.worker.js')} |`,
    `| monaco CSS (fieldcode-editor.css) | ${size('fieldcode-editor.css')} |`,
    '',
  ];
  mkdirSync(join(benchDir, 'results'), { recursive: true });
  writeFileSync(join(benchDir, 'results', 'editor.md'), lines.join('\n'));
  console.log(lines.join('\n'));
} finally {
  await browser.close();
  await server.close();
}
