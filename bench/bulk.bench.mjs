// Campaign rendering: `fieldcode render --bulk` over generated contacts (NDJSON and CSV), with one
// worker thread and with all cores; rows/s and the process's peak memory (resident set, threads
// included) at 100,000 and at 1,000,000 rows. Output goes to stdout, discarded, so the disk is not
// what is measured. Writes bench/results/bulk.md.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { once } from 'node:events';

const benchDir = dirname(fileURLToPath(import.meta.url));
const root = join(benchDir, '..');
const bin = join(root, 'packages', 'cli', 'bin', 'fieldcode.js');
const response = join(root, 'examples', 'seed-bill-reminder.body.json');
const large = Number(process.env.BENCH_BULK_ROWS ?? 1_000_000);
const small = Math.round(large / 10);
const cores = os.availableParallelism();
const dir = mkdtempSync(join(os.tmpdir(), 'fieldcode-bulk-bench-'));
// Runs the fieldcode bin and reports the process's peak resident set size (threads included) at exit.
const wrapper = join(dir, 'measure.mjs');
writeFileSync(
  wrapper,
  "process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write(`\\nMAXRSS ${u.maxRSS} CPU ${u.userCPUTime + u.systemCPUTime}\\n`); });\nawait import(process.env.FIELDCODE_BIN);\n",
);

/** Writes `count` contacts, varied per row, as NDJSON or CSV (streamed, with backpressure). */
async function generate(path, count, format) {
  const out = createWriteStream(path);
  if (format === 'csv')
    out.write('Contact.FirstName,Contact.LastName,Contact.MyFC_BillAmount,Variables.CustomProp_Date,Variables.CustomProp_Time\n');
  for (let i = 1; i <= count; i++) {
    const amount = `$${(i % 997) + 10}.${String(i % 100).padStart(2, '0')}`;
    const line =
      format === 'csv'
        ? `Name${i},"Smith, ${i % 50}",${amount},March ${(i % 28) + 1} / 2026,${(i % 12) + 1}:00 PM\n`
        : `${JSON.stringify({ Contact: { FirstName: `Name${i}`, LastName: `Smith, ${i % 50}`, MyFC_BillAmount: amount }, Variables: { CustomProp_Date: `March ${(i % 28) + 1} / 2026`, CustomProp_Time: `${(i % 12) + 1}:00 PM` } })}\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/** Runs the bulk render; wall time, rows and peak RSS (reported by the child itself at exit). */
async function measure(contacts, workers) {
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, [wrapper, 'render', response, '--bulk', contacts, '--workers', String(workers)], {
    cwd: root,
    env: { ...process.env, FIELDCODE_BIN: bin, CI: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const [code] = await once(child, 'exit');
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const summary = /fieldcode: (\d+) rows: (\d+) ok, (\d+) failed/.exec(stderr);
  const rss = Number(/MAXRSS (\d+)/.exec(stderr)?.[1] ?? NaN) * 1024;
  // CPU time of the process, all threads: rows per CPU-second vary less with foreign load than rows/s.
  const cpu = Number(/ CPU (\d+)/.exec(stderr)?.[1] ?? NaN) / 1e6;
  if (summary === null) throw new Error(`bulk run failed (exit ${code}): ${stderr.slice(0, 500)}`);
  return { rows: Number(summary[1]), failed: Number(summary[3]), seconds, rss, cpu };
}

const mb = (bytes) => `${Math.round(bytes / 1024 / 1024)} MB`;
const rate = (r) => Math.round(r.rows / r.seconds).toLocaleString('en-US');
const rows = [];
const load = os.loadavg()[0].toFixed(1);
try {
  for (const format of ['ndjson', 'csv']) {
    const big = join(dir, `contacts-${large}.${format}`);
    const little = join(dir, `contacts-${small}.${format}`);
    await generate(big, large, format);
    await generate(little, small, format);
    for (const workers of [1, cores]) {
      const r100 = await measure(little, workers);
      const r1m = await measure(big, workers);
      rows.push(
        `| ${format.toUpperCase()} | ${workers} | ${rate(r1m)} | ${r1m.seconds.toFixed(1)} s | ${Math.round(r1m.rows / r1m.cpu).toLocaleString('en-US')} | ${mb(r100.rss)} | ${mb(r1m.rss)} | ${r1m.failed} |`,
      );
      console.log(rows.at(-1));
    }
    rmSync(big);
    rmSync(little);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const section = `## Campaign rendering: \`fieldcode render --bulk\`

Node ${process.version}, ${cores} cores shared with other engineers' work (one-minute load average ${load} when the runs
started: figures vary with it). The seed notification (\`examples/seed-bill-reminder.body.json\`, genesys channel)
rendered for ${large.toLocaleString('en-US')} generated contacts (five fields each, varied per row); output lines go to stdout and are discarded. Rows/s
is over the whole process (start-up included). Peak memory is the process's maximum resident set size (worker threads
included) for ${small.toLocaleString('en-US')} and for ${large.toLocaleString('en-US')} rows: flat means the run streams. Rows per CPU-second divide the rows by the
process's CPU time (all threads, user + system): the work per row, which the other work on the machine changes less than the wall time.

| contacts | workers | rows/s (${large.toLocaleString('en-US')}) | wall time | rows per CPU-second | peak RSS ${small.toLocaleString('en-US')} rows | peak RSS ${large.toLocaleString('en-US')} rows | failed rows |
|---|---:|---:|---:|---:|---:|---:|---:|
${rows.join('\n')}
`;
mkdirSync(join(benchDir, 'results'), { recursive: true });
writeFileSync(join(benchDir, 'results', 'bulk.md'), section);
console.log(section);
