// Makes sure the end-to-end tests run the current sources: the CLI's bin runs dist/, so the
// packages are rebuilt (once, with the project's build script) when a dist bundle is missing or
// older than any source it is built from.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));

const bundles = ['packages/language', 'packages/content', 'packages/cli', 'packages/language-server'].map((dir) => ({
  bundle: join(root, dir, 'dist', 'index.js'),
  sources: [join(root, dir, 'src')],
}));
bundles[1]!.sources.push(join(root, 'schemas'));
// The CLI bundle embeds the language, content and language-server packages.
bundles[2]!.sources.push(...bundles[0]!.sources, ...bundles[1]!.sources, ...bundles[3]!.sources);

function newestMtime(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    if (entry.endsWith('.test.ts')) continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

function staleBundles(): string[] {
  return bundles
    .filter(
      ({ bundle, sources }) => !existsSync(bundle) || statSync(bundle).mtimeMs < Math.max(...sources.filter(existsSync).map(newestMtime)),
    )
    .map(({ bundle }) => bundle);
}

/**
 * Runs `node scripts/build.mjs` when needed. A failing type check does not block the tests once the
 * bundles are fresh (esbuild writes them before `tsc -b` runs); a build that leaves a bundle stale
 * fails loudly.
 */
export function ensureBuilt(): void {
  if (staleBundles().length === 0) return;
  const result = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, encoding: 'utf8', timeout: 300_000 });
  if (result.status === 0) return; // sources edited during the build are picked up next time
  const stale = staleBundles();
  if (stale.length > 0) {
    throw new Error(`build failed (exit ${result.status}); still stale: ${stale.join(', ')}\n${result.stdout}\n${result.stderr}`);
  }
}
