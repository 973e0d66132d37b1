#!/usr/bin/env node
// Builds the `fieldcode` command into dist/ with its dependencies bundled in (run by the root
// scripts/build.mjs instead of its default step; `tsc -b` still writes the declarations).
//
// Why not leave dependencies external like the libraries do: a CLI pays for module resolution on
// every start, and the lint core's dependencies come as hundreds of small ES modules. One bundle
// per command chunk made `fieldcode lint` over 1,000 files about a third faster (bench/cli.bench.mjs).
// Code splitting keeps the lazy loading: `--help` loads a few kilobytes, `lint` loads the lint core.
import { build } from 'esbuild';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(packageDir, 'dist');

mkdirSync(outdir, { recursive: true });

const result = await build({
  // The request guard is its own entry: servers outside the CLI (the editor demo, started by
  // npm start) import it as @fieldcode/cli/http-guard. The bulk renderer's worker threads load
  // bulk-worker.js from next to the bundle.
  entryPoints: [
    { in: join(packageDir, 'src', 'index.ts'), out: 'index' },
    { in: join(packageDir, 'src', 'http', 'guard.ts'), out: 'http/guard' },
    { in: join(packageDir, 'src', 'bulk', 'worker.ts'), out: 'bulk-worker' },
    // The render service for embedding (@fieldcode/cli/service; bench/service.bench.mjs uses it).
    { in: join(packageDir, 'src', 'service', 'index.ts'), out: 'service' },
    // The language server for hosts that bundle it (@fieldcode/cli/lsp; the VS Code extension).
    { in: join(packageDir, 'src', 'lsp.ts'), out: 'lsp' },
  ],
  outdir,
  // Chunks stay next to index.js: src/version.ts reads ../package.json relative to its own file.
  chunkNames: '[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'es2022',
  // Prefer the ES module builds (jsonc-parser's `main` is UMD, which cannot be bundled statically).
  mainFields: ['module', 'main'],
  // The editor (the studio's page, a peer dependency) is loaded at run time by `fieldcode studio` and `serve`.
  external: ['@fieldcode/editor', '@fieldcode/editor/*'],
  // CommonJS dependencies (ajv) may require Node built-ins at run time.
  banner: {
    js: "import { createRequire as __fieldcodeCreateRequire } from 'node:module'; const require = __fieldcodeCreateRequire(import.meta.url);",
  },
  sourcemap: true,
  metafile: true,
  logLevel: 'warning',
});

// Chunk names carry content hashes: remove the previous build's chunks only after the new ones are
// written (removing first would leave a window with no CLI for anyone running it meanwhile).
const written = new Set(Object.keys(result.metafile.outputs).map((output) => join(process.cwd(), output)));
for (const name of readdirSync(outdir)) {
  const path = join(outdir, name);
  if ((name.endsWith('.js') || name.endsWith('.js.map')) && !written.has(path)) rmSync(path);
}
