import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { integerFlag, parseCommandArgs, stringFlag } from '../args.js';
import { ExitCode, UsageError, messageOf } from '../errors.js';
import type { CliIo } from '../io.js';
import { exposureWarning } from '../http/guard.js';
import { interruptSignal } from '../interrupt.js';

export const help = `Usage: fieldcode studio [DIR] [--port N] [--host HOST] [--open]

Serves the studio — the authoring app for a folder of standard responses — until interrupted
with Ctrl+C. DIR defaults to the current directory; its fieldcode.config.json (found as
'fieldcode lint' finds it) applies to the lint, the profile and the data dictionary.

Options:
      --port N      port to listen on (default 4173; 0 picks a free port)
      --host HOST   interface to bind (default 127.0.0.1; anything else exposes your files)
      --open        open the studio in the default browser
  -h, --help        show this help
`;

interface StudioModule {
  startStudio(options: { dir: string; port: number; host: string }): Promise<{ url: string; close(): Promise<void> }>;
}

/** `fieldcode studio`. `stop` ends the server (tests); by default SIGINT/SIGTERM do. */
export async function run(argv: readonly string[], io: CliIo, stop?: AbortSignal): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'studio',
    argv,
    { port: { type: 'string', short: 'p' }, host: { type: 'string' }, open: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    true,
  );
  if (values['help'] === true) {
    io.stdout.write(help);
    return ExitCode.ok;
  }
  if (positionals.length > 1) throw new UsageError(`studio: one folder at most (got ${positionals.length})`);
  const port = integerFlag('studio', 'port', values['port'], 0, 65535) ?? 4173;
  const host = stringFlag(values['host']) ?? '127.0.0.1';
  const dir = resolve(io.cwd, positionals[0] ?? '.');

  const { startStudio } = (await import('../studio/server.js')) as StudioModule;
  let server: Awaited<ReturnType<StudioModule['startStudio']>>;
  try {
    server = await startStudio({ dir, port, host });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new UsageError(`studio: port ${port} is already in use (try --port 0)`);
    if (code === 'EACCES') throw new UsageError(`studio: not allowed to listen on port ${port}`);
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new UsageError(`studio: no such folder ${dir}`);
    throw new Error(`the studio failed to start: ${messageOf(error)}`, { cause: error });
  }
  io.stdout.write(`fieldcode studio: ${server.url} (library ${dir}; Ctrl+C to stop)\n`);
  const warning = exposureWarning('fieldcode studio', host);
  if (warning !== undefined) io.stderr.write(warning);
  if (values['open'] === true) openBrowser(server.url, io);
  const listening = stop === undefined ? interruptSignal() : undefined;
  const signals = stop ?? listening!.signal;
  await new Promise<void>((done) => {
    if (signals.aborted) done();
    else signals.addEventListener('abort', () => done(), { once: true });
  });
  listening?.release();
  await server.close();
  return ExitCode.ok;
}

/** Opens `url` with the platform's opener; a missing opener is a warning, not a failure. */
function openBrowser(url: string, io: CliIo): void {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  try {
    const child = spawn(command, [url], { stdio: 'ignore', detached: true });
    child.on('error', () => io.stderr.write(`fieldcode studio: could not open a browser (${command}); open ${url}\n`));
    child.unref();
  } catch {
    io.stderr.write(`fieldcode studio: could not open a browser; open ${url}\n`);
  }
}
