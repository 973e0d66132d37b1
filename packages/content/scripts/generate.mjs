#!/usr/bin/env node
// Regenerates src/model/generated/ and docs/schemas.md from schemas/*.schema.json (`npm run generate`).
// The generated files are committed because tests run from sources. Generation is deliberately not
// part of the build that `npm ci` runs: CI must see the committed files as they are, so a stale one
// fails (`--check`, and the model tests) instead of being silently rewritten.
//   --check  write nothing; list the files that differ and exit 1 when any does.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generate, repoRoot } from './model-codegen.mjs';

const check = process.argv.includes('--check');
const stale = [];
for (const { path, content } of generate()) {
  const file = join(repoRoot, path);
  let current = null;
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    // New file.
  }
  if (current === content) continue;
  stale.push(path);
  if (check) continue;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
}
if (check && stale.length > 0) {
  console.error(`generated files are stale (run \`npm run generate\` and commit the result):\n${stale.map((p) => `  ${p}`).join('\n')}`);
  process.exitCode = 1;
} else if (check) {
  console.log('@fieldcode/content generated files: up to date');
} else {
  console.log(`@fieldcode/content generate: ${stale.length ? `${stale.length} file(s) regenerated` : 'up to date'}`);
}
