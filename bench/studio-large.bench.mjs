#!/usr/bin/env node
// Studio with large files: keystroke → markers and keystroke → preview, in headless Chromium on
// `fieldcode studio` over a temporary library holding the seed example, a seeded generated
// 500-row list and a generated 2 MB list. A sample runs from the `keydown` to the editor's
// `fieldcode-diagnostics` event for the text after the keystroke (markers set), and to the
// preview's `fieldcode-rendered` event. Keystrokes alternate `x` and Backspace at the end of the
// body text, 400 ms apart (the next keystroke waits for both events of the previous one).
// Writes bench/results/studio-large.md. Target: markers < 50 ms median.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDemoBuilt } from '../editor/scripts/demo-build.mjs';
import { startStudio } from '../packages/cli/dist/index.js';
import { launchChromium } from '../scripts/chromium.mjs';

const benchDir = dirname(fileURLToPath(import.meta.url));
const root = join(benchDir, '..');
const KEYSTROKES = 30;
const WARMUP = 6;

/** mulberry32: a small seeded generator, so the generated files are the same on every run. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A list response with `rows` rows (titles, descriptions with field codes, ids), from `seed`. */
export function generatedList(rows, seed, descriptionWords = 6) {
  const next = random(seed);
  const words = ['store', 'open', 'until', 'near', 'central', 'station', 'pickup', 'today', 'late', 'weekend', 'café', 'مرحبا', '😀'];
  const pick = () => words[Math.floor(next() * words.length)];
  const sentence = (n) => Array.from({ length: n }, pick).join(' ');
  const sections = [];
  for (let s = 0; s * 50 < rows; s++) {
    const count = Math.min(50, rows - s * 50);
    sections.push({
      type: 'section',
      title: `Area ${s + 1}`,
      rows: Array.from({ length: count }, (_, r) => ({
        id: `row-${s}-${r}`,
        title: `${pick()} ${s * 50 + r}`.slice(0, 24),
        description: next() < 0.3 ? `${sentence(descriptionWords)} <$ Contact.FirstName $>` : sentence(descriptionWords),
      })),
    });
  }
  return {
    name: `Generated list of ${rows} rows (seed ${seed})`,
    profile: 'whatsapp',
    structured: {
      contentType: 'single-selection-list',
      text: 'Which store, <$ Contact.FirstName $>?',
      button: 'Choose',
      content: sections,
    },
    sampleData: { Contact: { FirstName: 'Ann' } },
  };
}

const medianOf = (list) => {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
};
const p90Of = (list) => [...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.floor(0.9 * list.length))];

ensureDemoBuilt();
const dir = mkdtempSync(join(tmpdir(), 'fieldcode-studio-bench-'));
cpSync(join(root, 'examples'), dir, { recursive: true });
const list500 = JSON.stringify(generatedList(500, 20261201), null, 2) + '\n';
writeFileSync(join(dir, 'generated-500-rows.json'), list500);
let rows = 4000;
let big = JSON.stringify(generatedList(rows, 7, 12), null, 2) + '\n';
while (Buffer.byteLength(big) < 2 * 1024 * 1024) {
  rows += 500;
  big = JSON.stringify(generatedList(rows, 7, 12), null, 2) + '\n';
}
writeFileSync(join(dir, 'generated-2mb.json'), big);
const files = [
  { path: 'bill-reminder.json', what: 'seed example (bill-reminder.json)', bytes: null, needle: 'Your next bill reminder.' },
  {
    path: 'generated-500-rows.json',
    what: 'generated list, 500 rows (seed 20261201)',
    bytes: Buffer.byteLength(list500),
    needle: 'Which store, <$ Contact.FirstName $>?',
  },
  {
    path: 'generated-2mb.json',
    what: `generated list, ${rows.toLocaleString('en')} rows`,
    bytes: Buffer.byteLength(big),
    needle: 'Which store, <$ Contact.FirstName $>?',
  },
];

const load = loadavg()[0];
const server = await startStudio({ dir, port: 0 });
const browser = await launchChromium();
const results = [];
try {
  for (const file of files) {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${server.url}#${file.path}`);
    await page.waitForSelector('html[data-studio-ready="true"]', { timeout: 120_000 });
    await page.waitForSelector('#lint-status[data-state="done"]', { timeout: 120_000 });
    const placed = await page.evaluate((needle) => {
      const editor = document.querySelector('fieldcode-editor').monacoEditor;
      const model = editor.getModel();
      const offset = model.getValue().indexOf(needle);
      if (offset === -1) return false;
      editor.setPosition(model.getPositionAt(offset + needle.length));
      editor.focus();
      return true;
    }, file.needle);
    if (!placed) throw new Error(`${file.path}: text to type after not found`);
    const markers = [];
    const previews = [];
    const lints = [];
    let provisional = 0;
    for (let i = 0; i < WARMUP + KEYSTROKES; i++) {
      await page.evaluate(() => {
        const element = document.querySelector('fieldcode-editor');
        const preview = document.querySelector('fieldcode-preview');
        window.__sample = new Promise((resolve, reject) => {
          let start = null;
          let markersAt = null;
          let previewAt = null;
          let lintMs = 0;
          let provisional = false;
          const finish = () => {
            if (markersAt === null || previewAt === null) return;
            cleanup();
            resolve({ markers: markersAt - start, preview: previewAt - start, lint: lintMs, provisional });
          };
          const onKey = () => (start ??= performance.now());
          const onDiagnostics = (event) => {
            if (start === null || event.detail.text !== element.value) return;
            markersAt = performance.now();
            lintMs = event.detail.lintMs;
            provisional = event.detail.provisional;
            finish();
          };
          const onRendered = () => {
            if (start === null || previewAt !== null) return;
            previewAt = performance.now();
            finish();
          };
          const timer = setTimeout(() => {
            cleanup();
            reject(new Error(`no ${markersAt === null ? 'markers' : 'preview'} within 120 s`));
          }, 120_000);
          function cleanup() {
            clearTimeout(timer);
            document.removeEventListener('keydown', onKey, true);
            element.removeEventListener('fieldcode-diagnostics', onDiagnostics);
            preview.removeEventListener('fieldcode-rendered', onRendered);
          }
          document.addEventListener('keydown', onKey, true);
          element.addEventListener('fieldcode-diagnostics', onDiagnostics);
          preview.addEventListener('fieldcode-rendered', onRendered);
        });
      });
      await page.keyboard.press(i % 2 === 0 ? 'x' : 'Backspace');
      const sample = await page.evaluate(() => window.__sample);
      if (i >= WARMUP) {
        markers.push(sample.markers);
        previews.push(sample.preview);
        lints.push(sample.lint);
        if (sample.provisional) provisional++;
      }
      await page.waitForTimeout(400);
    }
    results.push({ ...file, markers, previews, lints, provisional });
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}

const ms = (n) => n.toFixed(1);
const lines = [
  '## Studio: keystroke to markers and preview, large files',
  '',
  `Headless Chromium on \`fieldcode studio\` (temporary copy of examples/ plus two generated lists), ${KEYSTROKES} keystrokes per file after ${WARMUP} warm-up, 400 ms apart, at the end of the body text. Markers: from \`keydown\` to the editor's \`fieldcode-diagnostics\` event for the text after the keystroke (lint in the worker, markers set). Preview: from \`keydown\` to the preview's \`fieldcode-rendered\` event. One-minute load average when the run started: ${load.toFixed(1)} (the machine is shared; figures rise with it).`,
  '',
  '| file | size | markers median | markers p90 | lint in the worker (median) | incremental answers | preview median |',
  '|---|---:|---:|---:|---:|---:|---:|',
  ...results.map(
    (r) =>
      `| ${r.what} | ${r.bytes === null ? '—' : `${(r.bytes / 1024).toFixed(0)} KiB`} | ${ms(medianOf(r.markers))} ms | ${ms(p90Of(r.markers))} ms | ${ms(medianOf(r.lints))} ms | ${r.provisional}/${r.markers.length} | ${ms(medianOf(r.previews))} ms |`,
  ),
  '',
  "From 64 KiB on: each keystroke gets an incremental answer (the edited string re-linted in a small copy of the file, the other findings of the last whole-file lint moved; 'incremental answers' counts them), the whole-file lint follows once typing pauses for 300 ms; the preview is computed in a worker once typing pauses for 300 ms, so the preview figure includes that pause. The markers wait for neither.",
  '',
  'Before the incremental lint (whole-file lint per keystroke, preview on the main thread; same bench, load 18.9): seed 24.5 ms, 500 rows 66.5 ms, 2 MB 4,120 ms markers median (lint in the worker 3,953 ms).',
  '',
  "Before the fast worker followed monaco's changes (the whole text sent per keystroke, JSON folding and sticky scroll on large files; same bench, run just before on the same machine, load 14.3): seed 26.4 ms, 500 rows 25.0 ms, 2 MB 125.0 ms markers median. At this load the spread between runs is larger than the difference: shorter runs of 16–24 keystrokes on the 500-row list gave medians of 33.8 and 117.7 ms with this code and 185.5 ms with the code before; a worker answer waits for the scheduler on a machine with about 15 runnable threads per 2 cores.",
  '',
  `Target: keystroke → markers < 50 ms median for a 2 MB file — ${medianOf(results[2].markers) < 50 ? 'met' : 'not met'} (${ms(medianOf(results[2].markers))} ms).`,
  '',
];
mkdirSync(join(benchDir, 'results'), { recursive: true });
writeFileSync(join(benchDir, 'results', 'studio-large.md'), lines.join('\n'));
console.log(lines.join('\n'));
