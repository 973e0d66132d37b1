#!/usr/bin/env node
// Builds every workspace package in dependency order (language ← content ← language-server ← cli, editor):
// an esbuild bundle of src/index.ts into dist/ (or the package's own scripts/build.mjs),
// then `tsc -b` for the type declarations and the type check of sources and tests. Run by `npm ci`
// through the root `prepare` script. It never regenerates committed files (see `npm run generate`).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const packages = [
  { dir: 'packages/language', platform: 'neutral' },
  { dir: 'packages/content', platform: 'neutral' },
  { dir: 'packages/language-server', platform: 'node' },
  { dir: 'packages/cli', platform: 'node' },
  { dir: 'editor', platform: 'neutral' },
  // The VS Code extension bundles the CLI (its server) and the editor's preview element.
  { dir: 'editors/vscode', platform: 'node' },
];

function runNode(script, args = []) {
  const result = spawnSync(process.execPath, [script, ...args], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${script} failed with exit code ${result.status}`);
}

const started = Date.now();
for (const pkg of packages) {
  const dir = join(root, pkg.dir);
  const custom = join(dir, 'scripts', 'build.mjs');
  if (existsSync(custom)) {
    runNode(custom);
    continue;
  }
  await build({
    entryPoints: [join(dir, 'src', 'index.ts')],
    outfile: join(dir, 'dist', 'index.js'),
    bundle: true,
    packages: 'external',
    format: 'esm',
    platform: pkg.platform,
    target: 'es2022',
    sourcemap: true,
    logLevel: 'warning',
  });
}

const tsc = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-b'], {
  cwd: root,
  stdio: 'inherit',
});
if (tsc.status !== 0) {
  console.error('fieldcode build: type check failed');
  process.exitCode = 1;
} else {
  console.log(`fieldcode build: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
