import { parseCommandArgs } from '../args.js';
import { ExitCode } from '../errors.js';
import type { CliIo } from '../io.js';
import { createProjectHost } from '../lsp-host.js';
import { cliVersion } from '../version.js';

export const help = `Usage: fieldcode lsp [--stdio]

Runs the fieldcode language server (Language Server Protocol) on stdin and stdout, for editors:
diagnostics from the lint with the nearest fieldcode.config.json, completion, hover, signature
help, quick fixes, semantic tokens. See docs/language-server.md.

Options:
      --stdio   talk over stdin/stdout (the default and only transport)
  -h, --help    show this help
`;

/** `fieldcode lsp`: resolves with 0 when the client ends the session (`exit`). */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs('lsp', argv, { stdio: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, false);
  if (values['help'] === true) {
    io.stdout.write(help);
    return ExitCode.ok;
  }
  const { startLanguageServer } = await import('@fieldcode/language-server');
  const host = await createProjectHost();
  const server = startLanguageServer({ host, version: cliVersion(), input: process.stdin, output: process.stdout });
  await server.closed;
  return ExitCode.ok;
}
