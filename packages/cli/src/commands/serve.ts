import { integerFlag, parseCommandArgs, stringFlag } from '../args.js';
import { ExitCode, UsageError, messageOf } from '../errors.js';
import * as guard from '../http/guard.js';
import type { CliIo } from '../io.js';

export const help = `Usage: fieldcode serve [--port N] [--host HOST]

Serves the editor demo page (the examples library in the <fieldcode-editor> element) until
interrupted with Ctrl+C. Needs @fieldcode/editor. Serves only files inside its folders (symbolic
links included), no dotfiles, and only to requests whose Host names this server; it has no
authentication, so binding beyond loopback prints a warning.

Options:
      --port N      port to listen on (default 4173, as npm start; 0 picks a free port)
      --host HOST   interface to bind (default 127.0.0.1)
  -h, --help        show this help
`;

interface DemoServer {
  url: string;
  close(): Promise<void> | void;
}
interface DemoServerModule {
  startDemoServer(options: { guard: typeof guard; port: number; host: string; stderr: CliIo['stderr'] }): Promise<DemoServer>;
}

/** Package export of the editor's demo server (resolved at run time; the editor is optional). */
const demoServerSpecifier = '@fieldcode/editor/demo-server';

/** `fieldcode serve`. */
export async function run(
  argv: readonly string[],
  io: CliIo,
  stop?: AbortSignal,
  load: () => Promise<unknown> = () => import(demoServerSpecifier),
): Promise<number> {
  const { values } = parseCommandArgs(
    'serve',
    argv,
    { port: { type: 'string', short: 'p' }, host: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    false,
  );
  if (values['help'] === true) {
    io.stdout.write(help);
    return ExitCode.ok;
  }
  const port = integerFlag('serve', 'port', values['port'], 0, 65535) ?? 4173;
  const host = stringFlag(values['host']) ?? '127.0.0.1';

  let module: Partial<DemoServerModule>;
  try {
    module = (await load()) as Partial<DemoServerModule>;
  } catch {
    module = {};
  }
  if (typeof module.startDemoServer !== 'function') {
    io.stderr.write(`fieldcode serve: the editor demo server is not available (${demoServerSpecifier} is not installed or not built)\n`);
    return ExitCode.usage;
  }
  let server: DemoServer;
  try {
    server = await module.startDemoServer({ guard, port, host, stderr: io.stderr });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new UsageError(`serve: port ${port} is already in use (try --port 0)`);
    if (code === 'EACCES') throw new UsageError(`serve: not allowed to listen on port ${port}`);
    throw new Error(`the demo server failed to start: ${messageOf(error)}`, { cause: error });
  }
  io.stdout.write(`fieldcode: editor demo at ${server.url} (Ctrl+C to stop)\n`);
  const signals = stop ?? interruptSignal();
  await new Promise<void>((resolve) => {
    if (signals.aborted) resolve();
    else signals.addEventListener('abort', () => resolve(), { once: true });
  });
  await server.close();
  return ExitCode.ok;
}

/** Aborts on the first SIGINT or SIGTERM. */
function interruptSignal(): AbortSignal {
  const controller = new AbortController();
  const stop = (): void => controller.abort();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return controller.signal;
}
