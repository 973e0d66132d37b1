#!/usr/bin/env node
// Builds the VS Code extension into dist/ (run by the root build after the packages it bundles):
//   dist/extension.cjs the extension (CommonJS, as VS Code loads it; `vscode` stays external);
//   dist/server.mjs    the language server (`fieldcode lsp` from @fieldcode/cli/lsp, all bundled);
//   dist/webview.js    the preview webview's script (<fieldcode-preview> for the browser);
// and copies the JSON Schemas from schemas/ (one folder, so their relative $refs resolve).
import { build } from 'esbuild';
import { buildWebview } from './webview-build.mjs';
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const extensionDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = join(extensionDir, '..', '..');
const outdir = join(extensionDir, 'dist');
mkdirSync(outdir, { recursive: true });

const common = { bundle: true, target: 'es2022', logLevel: 'warning', legalComments: 'none', sourcemap: false };

await build({
  ...common,
  entryPoints: [join(extensionDir, 'src', 'extension.ts')],
  outfile: join(outdir, 'extension.cjs'),
  format: 'cjs',
  platform: 'node',
  external: ['vscode'],
  // vscode-languageclient ships CommonJS; its `main` is the Node build.
  mainFields: ['module', 'main'],
});

await build({
  ...common,
  entryPoints: [join(extensionDir, 'src', 'server.ts')],
  outfile: join(outdir, 'server.mjs'),
  format: 'esm',
  platform: 'node',
  mainFields: ['module', 'main'],
  // The CLI is loaded from its built package; the editor (studio, serve) is never used by the server.
  external: ['@fieldcode/editor', '@fieldcode/editor/*'],
  banner: {
    js: "import { createRequire as __fieldcodeServerRequire } from 'node:module'; const require = __fieldcodeServerRequire(import.meta.url);",
  },
});

await buildWebview(join(outdir, 'webview.js'));

const schemasOut = join(extensionDir, 'schemas');
rmSync(schemasOut, { recursive: true, force: true });
mkdirSync(schemasOut);
for (const name of readdirSync(join(repoRoot, 'schemas'))) {
  if (name.endsWith('.schema.json')) cpSync(join(repoRoot, 'schemas', name), join(schemasOut, name));
}
console.log('fieldcode VS Code extension: built dist/extension.cjs, dist/server.mjs, dist/webview.js and schemas/');
