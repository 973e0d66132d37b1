#!/usr/bin/env node
// Prebuild of @fieldcode/content (run by the root build): regenerates src/model/generated/ from
// schemas/*.schema.json. The generated files are committed because tests run from sources.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generate, repoRoot } from './model-codegen.mjs';

let written = 0;
for (const { path, content } of generate()) {
  const file = join(repoRoot, path);
  let current = null;
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    // New file.
  }
  if (current === content) continue;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
  written++;
}
console.log(`@fieldcode/content prebuild: model ${written ? `${written} file(s) regenerated` : 'up to date'}`);
