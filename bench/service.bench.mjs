// Render service throughput: autocannon against 127.0.0.1 for POST /v1/render of the seed
// notification, side by side with a route of the same Fastify instance that returns a fixed JSON
// payload (the HTTP stack's own limit); then POST /v1/render/batch with the same request on every
// line (lines per second). The server runs in a child process so that the load generator and the
// service do not share an event loop. Bounded runs: each stops by itself after `duration`, each
// batch after its lines. Writes bench/results/service.md.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const benchDir = dirname(fileURLToPath(import.meta.url));
const root = join(benchDir, '..');
const duration = Number(process.env.BENCH_SERVICE_SECONDS ?? 5);
// The machine is shared: the two routes are measured in alternation, five times, and each round
// gives its own ratio (a burst of foreign load then spoils one round, not the figure).
const rounds = 5;
const connections = 10;
const batchLines = Number(process.env.BENCH_SERVICE_BATCH_LINES ?? 20_000);

if (process.argv[2] === '--server') {
  // Child: the service over examples/ plus one fixed-payload route on the same instance.
  const api = await import('@fieldcode/content');
  const { buildService, Library, createMetrics } = await import('@fieldcode/cli/service');
  const library = await Library.open(join(root, 'examples'));
  const fixed = JSON.stringify({ output: { contentType: 'notification', content: [] }, diagnostics: [], ok: true });
  const service = await buildService({
    api,
    library,
    metrics: createMetrics(),
    host: '127.0.0.1',
    version: 'bench',
    limits: { maxInFlight: 1000 },
    logger: { level: 'warn' },
    configure(app) {
      app.post('/bench/fixed', async (_request, reply) => reply.type('application/json; charset=utf-8').send(fixed));
      // The server's own CPU time, read around each run: CPU per request varies less with foreign load than requests/s.
      app.get('/bench/cpu', async () => process.cpuUsage());
    },
  });
  await service.app.listen({ host: '127.0.0.1', port: 0 });
  process.stdout.write(`${service.app.server.address().port}\n`);
  process.on('SIGTERM', () => void service.app.close().then(() => process.exit(0)));
} else {
  const { default: autocannon } = await import('autocannon');
  const data = JSON.parse(readFileSync(join(root, 'examples', 'data', 'bill-reminder.data.json'), 'utf8'));
  delete data.$schema;
  const body = JSON.stringify({ response: 'seed-bill-reminder.body.json', data, channel: 'genesys' });
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url), '--server'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise((resolve, reject) => {
    child.stdout.once('data', (chunk) => resolve(Number(String(chunk).trim())));
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  const url = `http://127.0.0.1:${port}`;
  const check = await fetch(`${url}/v1/render`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const checked = await check.json();
  if (check.status !== 200 || checked.ok !== true)
    throw new Error(`the seed render failed: ${check.status} ${JSON.stringify(checked).slice(0, 300)}`);

  const cpu = async () => {
    const { user, system } = await (await fetch(`${url}/bench/cpu`)).json();
    return user + system;
  };
  const run = async (path, payload) => {
    const before = await cpu();
    const result = await autocannon({
      url: `${url}${path}`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: payload,
      connections,
      duration,
    });
    result.cpuPerRequest = (await cpu()) - before;
    result.cpuPerRequest /= result.requests.total;
    return result;
  };
  // Warm up both routes (JIT), then measure each once.
  await autocannon({
    url: `${url}/v1/render`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections,
    duration: 2,
  });
  const load = os.loadavg()[0].toFixed(1);
  const results = [];
  for (let round = 1; round <= rounds; round++) {
    results.push({ round, name: 'fixed payload (HTTP stack limit)', result: await run('/bench/fixed', body) });
    results.push({ round, name: '`POST /v1/render` seed notification', result: await run('/v1/render', body) });
  }
  // The batch route: one request of `batchLines` lines per round, the answer read to its end.
  const batchBody = `${body}\n`.repeat(batchLines);
  const batches = [];
  for (let round = 1; round <= rounds; round++) {
    const before = await cpu();
    const started = process.hrtime.bigint();
    const response = await fetch(`${url}/v1/render/batch`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-ndjson' },
      body: batchBody,
    });
    const answers = (await response.text()).trimEnd().split('\n');
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const ok = answers.filter((line) => line.startsWith('{"line":') && line.includes('"status":200,')).length;
    if (response.status !== 200 || ok !== batchLines)
      throw new Error(`the batch failed: ${response.status}, ${ok} of ${batchLines} lines ok`);
    batches.push({ round, linesPerSecond: batchLines / seconds, cpuPerLine: ((await cpu()) - before) / batchLines });
  }
  child.kill('SIGTERM');

  const row = ({ round, name, result: r }) =>
    `| ${round} | ${name} | ${Math.round(r.requests.average).toLocaleString('en-US')} | ${r.cpuPerRequest.toFixed(1)} | ${r.latency.p50} | ${r.latency.p99} | ${r.non2xx} |`;
  const ratios = [];
  for (let round = 1; round <= rounds; round++) {
    const of = (prefix) => results.find((r) => r.round === round && r.name.startsWith(prefix)).result.requests.average;
    ratios.push(of('`POST') / of('fixed'));
  }
  const ratio = [...ratios].sort((a, b) => a - b)[Math.floor(rounds / 2)];
  const cpuRatios = [];
  for (let round = 1; round <= rounds; round++) {
    const of = (prefix) => results.find((r) => r.round === round && r.name.startsWith(prefix)).result.cpuPerRequest;
    cpuRatios.push(of('fixed') / of('`POST'));
  }
  const cpuRatio = [...cpuRatios].sort((a, b) => a - b)[Math.floor(rounds / 2)];
  const section = `## Render service: \`POST /v1/render\` vs a fixed payload

Node ${process.version}, ${os.cpus().length} cores shared with other work (one-minute load average ${load} when the runs started).
autocannon ${connections} connections, ${duration} s per run against 127.0.0.1, ${rounds} rounds alternating the two routes, after a 2 s warm-up; the service runs in its
own process over \`examples/\` (log level \`warn\`: no per-request log lines), the load generator in another — both on the
same 2 cores, so each figure is lower than on a dedicated machine. Request: the seed notification
(\`seed-bill-reminder.body.json\` with \`examples/data/bill-reminder.data.json\`, genesys channel, ${body.length} bytes);
the fixed route is on the same Fastify instance (same hooks: Host guard, auth check, metrics; the in-flight count applies to \`/v1/\` routes only) and answers a constant JSON body.

| round | route | requests/s | server CPU µs/request | p50 ms | p99 ms | non-2xx |
|---:|---|---:|---:|---:|---:|---:|
${results.map(row).join('\n')}

Render throughput per round: ${ratios.map((r) => `${Math.round(r * 100)}%`).join(', ')} of the fixed payload's; median **${Math.round(ratio * 100)}%** of the HTTP stack's limit (goal ≥ 50%: ${ratio >= 0.5 ? 'met' : 'not met'}).
By the server's CPU time per request (fixed ÷ render, less sensitive to the other work on the machine): ${cpuRatios.map((r) => `${Math.round(r * 100)}%`).join(', ')}; median ${Math.round(cpuRatio * 100)}%.

### \`POST /v1/render/batch\`

The same request on each of ${batchLines.toLocaleString('en-US')} lines of one NDJSON body, sent with \`fetch\` and the answer read to its end
(every answer line checked for status 200), ${rounds} rounds on the same server after the runs above.

| round | lines/s | server CPU µs/line |
|---:|---:|---:|
${batches.map((b) => `| ${b.round} | ${Math.round(b.linesPerSecond).toLocaleString('en-US')} | ${b.cpuPerLine.toFixed(1)} |`).join('\n')}
`;
  mkdirSync(join(benchDir, 'results'), { recursive: true });
  writeFileSync(join(benchDir, 'results', 'service.md'), section);
  console.log(section);
}
