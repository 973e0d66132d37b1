// Builds the demo when editor/demo-dist is missing or older than the sources it is made from
// (editor/src, packages/*/src, schemas). Shared by `npm start`, the browser tests and the bench.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const editorDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = join(editorDir, '..');
const marker = join(editorDir, 'demo-dist', 'build-info.json');

function newestMtime(dir) {
  let newest = 0;
  if (!existsSync(dir)) return newest;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** True when the demo must be (re)built. */
export function isDemoStale() {
  if (!existsSync(marker)) return true;
  const built = statSync(marker).mtimeMs;
  const sources = [join(editorDir, 'src'), join(repoRoot, 'schemas'), join(editorDir, 'scripts')];
  for (const pkg of readdirSync(join(repoRoot, 'packages'))) sources.push(join(repoRoot, 'packages', pkg, 'src'));
  return sources.some((dir) => newestMtime(dir) > built);
}

/** Builds the demo if stale; throws when the build fails. */
export function ensureDemoBuilt({ quiet = false } = {}) {
  if (!isDemoStale()) return false;
  const result = spawnSync(process.execPath, [join(editorDir, 'scripts', 'build.mjs'), '--demo-only'], {
    cwd: repoRoot,
    stdio: quiet ? 'pipe' : 'inherit',
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`editor demo build failed:\n${result.stderr ?? ''}${result.stdout ?? ''}`);
  return true;
}
