#!/usr/bin/env node
// Builds @fieldcode/editor (run by the root build instead of the default bundle):
//  1. dist/index.js — the package export (dependencies external), dist/preview-element.js (the
//     preview element alone, @fieldcode/editor/preview), plus the three worker bundles
//     next to it, so the default worker URLs (relative to the module) work for package users;
//  2. demo-dist/ — the self-contained studio page (served by `fieldcode studio`): the elements with
//     monaco (ESM, split), monaco's editor and JSON workers, the lint worker, monaco's CSS and
//     codicon font, and the studio page.
// Prints bundle sizes (our code separately from monaco) and writes demo-dist/build-info.json.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, renameSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const editorDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = join(editorDir, '..');
const require = createRequire(import.meta.url);
const monacoEsm = dirname(require.resolve('monaco-editor/editor.js')); // …/monaco-editor/esm/vs
const only = process.argv.includes('--demo-only') ? 'demo' : process.argv.includes('--dist-only') ? 'dist' : 'all';

const workerEntries = {
  'editor.worker': join(monacoEsm, 'editor', 'editor.worker.js'),
  'json.worker': join(monacoEsm, 'language', 'json', 'json.worker.js'),
  'lint.worker': join(editorDir, 'src', 'worker', 'lint-worker.ts'),
};

const common = {
  bundle: true,
  target: 'es2022',
  logLevel: 'warning',
  // Bundle the sibling packages from their sources (as the tests do), so a demo rebuilt after a
  // source change never picks up a stale dist/ of @fieldcode/content or @fieldcode/language.
  alias: {
    '@fieldcode/language': join(editorDir, '..', 'packages', 'language', 'src', 'index.ts'),
    '@fieldcode/content': join(editorDir, '..', 'packages', 'content', 'src', 'index.ts'),
  },
  legalComments: 'none',
};

/** Workers are classic scripts (IIFE): they load in every browser without module-worker support. */
async function buildWorkers(outdir, minify) {
  return build({ ...common, entryPoints: workerEntries, outdir, format: 'iife', platform: 'browser', minify, metafile: true });
}

async function buildDist() {
  const outdir = join(editorDir, 'dist');
  await build({
    ...common,
    // index.js (the three elements) and preview-element.js (the preview alone: @fieldcode/editor/preview).
    entryPoints: [join(editorDir, 'src', 'index.ts'), join(editorDir, 'src', 'preview-element.ts')],
    outdir,
    format: 'esm',
    platform: 'neutral',
    packages: 'external',
    sourcemap: true,
  });
  await buildWorkers(outdir, true);
}

/** Bytes per origin (ours / monaco / lit / other) in a metafile's outputs. */
function sizesByOrigin(metafile) {
  const totals = { ours: 0, monaco: 0, lit: 0, other: 0 };
  const files = {};
  for (const [file, output] of Object.entries(metafile.outputs)) {
    if (file.endsWith('.map')) continue;
    files[file.split('/').pop()] = output.bytes;
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const origin = input.includes('node_modules/monaco-editor/')
        ? 'monaco'
        : /node_modules\/(lit|lit-html|lit-element|@lit)\//.test(input)
          ? 'lit'
          : input.includes('node_modules/')
            ? 'other'
            : 'ours';
      totals[origin] += bytesInOutput;
    }
  }
  return { totals, files };
}

async function buildDemo() {
  // Build into a fresh directory, then swap it in: a server running meanwhile never sees a half-written demo.
  const finalDir = join(editorDir, 'demo-dist');
  const outdir = join(editorDir, 'dist', `.demo-build-${process.pid}`); // dist/ is ignored by git
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  const app = await build({
    ...common,
    entryPoints: {
      'fieldcode-editor': join(editorDir, 'src', 'index.ts'),
      studio: join(editorDir, 'src', 'studio', 'main.ts'),
    },
    outdir,
    format: 'esm',
    platform: 'browser',
    splitting: true,
    minify: true,
    metafile: true,
    loader: { '.ttf': 'file' },
    assetNames: '[name]-[hash]',
    chunkNames: '[name]-[hash]',
  });
  const workers = await buildWorkers(outdir, true);
  for (const file of ['index.html', 'studio.css']) copyFileSync(join(editorDir, 'src', 'studio', file), join(outdir, file));

  const appSizes = sizesByOrigin(app.metafile);
  const workerSizes = sizesByOrigin(workers.metafile);
  const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
  const info = {
    builtAt: new Date().toISOString(),
    app: appSizes.totals,
    workers: workerSizes.totals,
    files: { ...appSizes.files, ...workerSizes.files },
  };
  writeFileSync(join(outdir, 'build-info.json'), JSON.stringify(info, null, 2) + '\n');
  rmSync(finalDir, { recursive: true, force: true });
  renameSync(outdir, finalDir);
  console.log('fieldcode editor demo bundle (minified):');
  console.log(`  elements + demo, our code (editor, language, content): ${kb(appSizes.totals.ours)}`);
  console.log(`  elements + demo, lit: ${kb(appSizes.totals.lit)}; other libraries: ${kb(appSizes.totals.other)}`);
  console.log(`  monaco-editor (ESM, CSS and font not included): ${kb(appSizes.totals.monaco)}`);
  console.log(
    `  workers: lint ${kb(statSync(join(finalDir, 'lint.worker.js')).size)}, monaco editor ${kb(statSync(join(finalDir, 'editor.worker.js')).size)}, monaco json ${kb(statSync(join(finalDir, 'json.worker.js')).size)}`,
  );
}

const started = Date.now();
if (only !== 'demo') await buildDist();
if (only !== 'dist') await buildDemo();
console.log(`fieldcode editor build: done in ${((Date.now() - started) / 1000).toFixed(1)} s (${relative(repoRoot, editorDir)})`);
