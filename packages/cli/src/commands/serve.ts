import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { integerFlag, oneOf, parseCommandArgs, stringFlag } from '../args.js';
import { content } from '../content.js';
import { ExitCode, UsageError, messageOf } from '../errors.js';
import { isLoopback } from '../http/guard.js';
import type { CliIo } from '../io.js';
import { cliVersion } from '../version.js';
import { interruptSignal } from '../interrupt.js';

export const help = `Usage: fieldcode serve [DIR] [options]

Runs the render service over the standard responses of DIR (default: the current folder):
loads, lints and compiles every response and fieldcode.config.json once, reloads changed files
(a broken file is reported and its previous version keeps serving), and answers
POST /v1/render, POST /v1/render/batch (NDJSON), POST /v1/lint, GET /v1/responses[/{id}],
/healthz, /readyz, /metrics and /openapi.json. Logs are JSON lines on stdout.
SIGTERM or Ctrl+C: /readyz turns 503, requests in flight finish, then it exits.

Options:
      --host HOST          interface to bind (default 127.0.0.1)
  -p, --port N             port (default 4180; 0 picks a free port)
      --token-file FILE    require "Authorization: Bearer TOKEN" (token: the file's first line;
                           or set FIELDCODE_SERVE_TOKEN). Required when HOST is not loopback.
      --allowed-host NAME  also accept this Host header name (e.g. a load balancer's; repeatable)
      --body-limit BYTES   largest JSON body (default 1048576)
      --max-in-flight N    requests processed at once before answering 503 (default 64)
      --batch-max-lines N  request lines of one /v1/render/batch (default 100000)
      --log-level LEVEL    fatal, error, warn, info (default), debug or silent
  -h, --help               show this help
`;

/** Default port of the render service (the studio and npm start use 4173). */
export const defaultServicePort = 4180;

/** `fieldcode serve`. `stop` replaces SIGINT/SIGTERM in tests; `ready` receives the URL once listening. */
export async function run(argv: readonly string[], io: CliIo, stop?: AbortSignal, ready?: (url: string) => void): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'serve',
    argv,
    {
      port: { type: 'string', short: 'p' },
      host: { type: 'string' },
      'token-file': { type: 'string' },
      'allowed-host': { type: 'string', multiple: true },
      'body-limit': { type: 'string' },
      'max-in-flight': { type: 'string' },
      'batch-max-lines': { type: 'string' },
      'log-level': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    true,
  );
  if (values['help'] === true) {
    io.stdout.write(help);
    return ExitCode.ok;
  }
  if (positionals.length > 1) throw new UsageError(`serve: unexpected argument '${positionals[1]}' (serve takes one DIR)`);
  const port = integerFlag('serve', 'port', values['port'], 0, 65535) ?? defaultServicePort;
  const host = stringFlag(values['host']) ?? '127.0.0.1';
  const bodyLimit = integerFlag('serve', 'body-limit', values['body-limit'], 1024, 64 * 1024 * 1024);
  const maxInFlight = integerFlag('serve', 'max-in-flight', values['max-in-flight'], 1, 100_000);
  const batchMaxLines = integerFlag('serve', 'batch-max-lines', values['batch-max-lines'], 1, 10_000_000);
  const logLevel = oneOf('serve', 'log-level', values['log-level'], ['fatal', 'error', 'warn', 'info', 'debug', 'silent'] as const, 'info');
  const allowedHosts = (values['allowed-host'] as unknown as string[] | undefined) ?? [];
  const root = resolve(io.cwd, positionals[0] ?? '.');
  if (!isDirectory(root)) throw new UsageError(`serve: ${positionals[0] ?? '.'} is not a directory`);

  const { loadToken } = await import('../service/auth.js');
  const tokenFile = stringFlag(values['token-file']);
  const token = loadToken(tokenFile === undefined ? undefined : resolve(io.cwd, tokenFile), io.env, tokenFile);
  if (token === undefined && !isLoopback(host)) {
    throw new UsageError(
      `serve: listening on ${host} needs a token (--token-file FILE or FIELDCODE_SERVE_TOKEN): only loopback may be unauthenticated`,
    );
  }

  const [{ Library }, { buildService }, { createMetrics }] = await Promise.all([
    import('../service/library.js'),
    import('../service/app.js'),
    import('../service/metrics.js'),
  ]);
  const api = await content(
    'compileStandardResponse',
    'validateSchema',
    'parseInviteToChat',
    'inviteToChatToRenderData',
    'positionInJsonText',
    'parseJsonText',
    'lint',
    'getSchema',
    'readTemplateExport',
    'exportTemplates',
    'exportProblemDiagnostics',
    'responseTemplates',
    'findTemplate',
  );
  // A token file inside the folder must never be served as a plain-text response.
  const library = await Library.open(root, tokenFile === undefined ? [] : [resolve(io.cwd, tokenFile)]);
  const service = await buildService({
    api,
    library,
    metrics: createMetrics(),
    host,
    allowedHosts,
    version: cliVersion(),
    ...(token === undefined ? {} : { token }),
    limits: {
      ...(bodyLimit === undefined ? {} : { bodyLimit }),
      ...(maxInFlight === undefined ? {} : { maxInFlight }),
      ...(batchMaxLines === undefined ? {} : { batchMaxLines }),
    },
    logger: { level: logLevel, stream: io.stdout as { write(text: string): void } },
  });
  for (const problem of library.snapshot.problems.values())
    service.app.log.warn({ path: problem.path, problem: problem.message }, 'file not loaded');

  let url: string;
  try {
    await service.app.listen({ host, port });
    const address = service.app.server.address();
    const actualPort = typeof address === 'object' && address !== null ? address.port : port;
    url = `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}`;
  } catch (error) {
    await service.app.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new UsageError(`serve: port ${port} is already in use (try --port 0)`);
    if (code === 'EACCES') throw new UsageError(`serve: not allowed to listen on port ${port}`);
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new UsageError(`serve: cannot listen on ${host} (no such local address)`);
    throw new Error(`the render service failed to start: ${messageOf(error)}`, { cause: error });
  }
  const stopWatching = library.watch((result) => service.recordRefresh(result));
  const count = library.snapshot.byPath.size;
  io.stderr.write(
    `fieldcode: render service for ${positionals[0] ?? '.'} at ${url} (${count} ${count === 1 ? 'response' : 'responses'}${token === undefined ? '' : ', bearer token required'}; Ctrl+C to stop)\n`,
  );
  ready?.(url);

  const listening = stop === undefined ? interruptSignal() : undefined;
  const signals = stop ?? listening!.signal;
  await new Promise<void>((resolveStop) => {
    if (signals.aborted) resolveStop();
    else signals.addEventListener('abort', () => resolveStop(), { once: true });
  });
  listening?.release();
  // Draining: /readyz answers 503 so load balancers stop sending, in-flight requests finish.
  service.drain();
  stopWatching();
  service.app.log.info('draining: finishing requests in flight');
  await service.app.close();
  io.stderr.write('fieldcode: render service stopped\n');
  return ExitCode.ok;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
