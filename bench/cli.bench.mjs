#!/usr/bin/env node
// Whole-process wall time of `fieldcode lint <dir> --format json` over a generated library of
// 1,000 standard responses (the CI use case: node start-up, module loading, discovery, reading,
// linting and formatting). Median of 5 runs. Writes bench/results/cli.md.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const FILES = 1000;
const RUNS = 5;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'packages', 'cli', 'bin', 'fieldcode.js');

/** The project's example responses, varied per copy so no two files are identical. */
function templates() {
  const dir = join(root, 'examples');
  return readdirSync(dir)
    .filter((name) => (name.endsWith('.json') && name !== 'fieldcode.config.json') || name.endsWith('.txt'))
    .sort()
    .map((name) => ({ ext: name.endsWith('.txt') ? '.txt' : '.json', text: readFileSync(join(dir, name), 'utf8') }));
}

function generate(dir) {
  const sources = templates();
  let bytes = 0;
  for (let i = 0; i < FILES; i++) {
    const source = sources[i % sources.length];
    const group = join(dir, `team-${i % 10}`);
    mkdirSync(group, { recursive: true });
    // A different customer name per copy (the text keeps its shape and its findings).
    const text = source.text.replace(/Hello/g, `Hello ${i}`);
    writeFileSync(join(group, `response-${String(i).padStart(4, '0')}${source.ext}`), text);
    bytes += Buffer.byteLength(text);
  }
  return { bytes, kinds: sources.length };
}

/**
 * CPU time (ms) of the children this process has waited for, from /proc/self/stat (cutime and
 * cstime, in clock ticks of 10 ms): the CLI's own cost whatever the machine's load. Undefined
 * where /proc is not there.
 */
function childrenCpuMs() {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    // Fields after the command name (which may hold spaces) start at the state, field 3.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return undefined;
  }
}

function run(dir, extra = []) {
  const cpuBefore = childrenCpuMs();
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [bin, 'lint', dir, '--format', 'json', ...extra], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const cpuAfter = childrenCpuMs();
  const cpu = cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore;
  if (result.status === 2 || result.error) throw new Error(`fieldcode lint failed: ${result.stderr || result.error}`);
  const files = JSON.parse(result.stdout);
  return {
    ms,
    cpu,
    files: files.length,
    errors: files.reduce((n, f) => n + f.errorCount, 0),
    warnings: files.reduce((n, f) => n + f.warningCount, 0),
  };
}

const dir = mkdtempSync(join(tmpdir(), 'fieldcode-cli-bench-'));
try {
  const { bytes, kinds } = generate(dir);
  const load = loadavg()[0];
  // Start-up alone, for reference: `--version` loads no command.
  const startup = Array.from({ length: RUNS }, () => {
    const started = process.hrtime.bigint();
    spawnSync(process.execPath, [bin, '--version'], { cwd: dir });
    return Number(process.hrtime.bigint() - started) / 1e6;
  }).sort((a, b) => a - b)[Math.floor(RUNS / 2)];
  const runs = Array.from({ length: RUNS }, () => run(dir));
  const times = runs.map((r) => r.ms).sort((a, b) => a - b);
  const median = times[Math.floor(RUNS / 2)];
  const cpus = runs.map((r) => r.cpu).filter((c) => c !== undefined);
  const cpuMedian = cpus.length === RUNS ? [...cpus].sort((a, b) => a - b)[Math.floor(RUNS / 2)] : undefined;
  const { files, errors, warnings } = runs[0];
  // --cache: one run fills it, then warm runs reuse every file's findings.
  const cacheArgs = ['--cache', '--cache-location', join(dir, '.fieldcode-cache')];
  const cold = run(dir, cacheArgs);
  const warmRuns = Array.from({ length: RUNS }, () => run(dir, cacheArgs));
  if (warmRuns.some((r) => r.errors !== errors || r.warnings !== warnings)) throw new Error('a cached run reported other findings');
  const warm = warmRuns.map((r) => r.ms).sort((a, b) => a - b)[Math.floor(RUNS / 2)];
  const verdict = median < 2000 ? 'meets' : 'MISSES';
  const section = `## CLI: \`fieldcode lint\` over 1,000 files

Node ${process.version}. ${files} generated files (${Math.round(bytes / 1024)} KB, ${kinds} example responses from \`examples/\` varied per copy, in 10 folders; ${errors} errors and ${warnings} warnings per run), linted by spawning \`node packages/cli/bin/fieldcode.js lint <dir> --format json\`: whole-process wall time including Node start-up (\`fieldcode --version\` alone: ${Math.round(startup)} ms). One-minute load average when the runs started: ${load.toFixed(1)} (the machine is shared; figures rise with it).

| runs | median | fastest | slowest |
|---:|---:|---:|---:|
| ${RUNS} | ${Math.round(median)} ms | ${Math.round(times[0])} ms | ${Math.round(times[RUNS - 1])} ms |

Target: 1,000 files in < 2 s wall time on a 2-core machine → ${verdict} it under this load (median ${(median / 1000).toFixed(2)} s).${
    cpuMedian === undefined
      ? ''
      : ` CPU time of the \`fieldcode lint\` process (user + system, all its threads; /proc): median ${Math.round(cpuMedian)} ms — the work itself, spread over both cores (lint threads, garbage collection, compilation): on an idle machine the wall time is below it, on a busy one the wall time grows with the other work.`
  }

With \`--cache\` (same files, same settings): the run that fills the cache took ${Math.round(cold.ms)} ms; warm runs (every file a cache hit, the same ${errors} errors and ${warnings} warnings) have a median of ${Math.round(warm)} ms — ${(median / warm).toFixed(1)}× faster than without the cache.
`;
  mkdirSync(join(root, 'bench', 'results'), { recursive: true });
  writeFileSync(join(root, 'bench', 'results', 'cli.md'), section);
  console.log(section);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
