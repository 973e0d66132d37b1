/** `@fieldcode/cli` — the `fieldcode` command. */
import { ExitCode, UsageError, messageOf } from './errors.js';
import { processIo, type CliIo } from './io.js';
import { printable } from './printable.js';
import { cliVersion } from './version.js';

export type { CliIo, OutputStream } from './io.js';
export { ExitCode, UsageError } from './errors.js';
export type { StudioOptions, StudioServer } from './studio/server.js';

/**
 * Starts `fieldcode studio` for a folder without the command line (scripts, benchmarks); resolves
 * once listening. The server module (and Fastify) load only when this is called.
 */
export async function startStudio(options: import('./studio/server.js').StudioOptions): Promise<import('./studio/server.js').StudioServer> {
  const studio = await import('./studio/server.js');
  return studio.startStudio(options);
}

const usage = `Usage: fieldcode <command> [options]

Commands:
  lint [paths…]   check standard responses (stylish, json, sarif, github, gitlab, junit output)
  render FILE     render a standard response for given data and print the channel payload
  rules           list the lint rules
  schema [NAME]   list the JSON Schemas, or print one
  serve [DIR]     run the render service (HTTP) over a folder of standard responses
  template        WhatsApp templates: export for Meta's approval, diff against what Meta approved
  studio [DIR]    the authoring app for a folder of standard responses
  lsp             the language server for editors (LSP over stdio)

Options:
  -h, --help      show help (also 'fieldcode <command> --help')
  -v, --version   show the version

Exit codes: 0 success, 1 lint or render errors, 2 usage error, no files, or internal failure.
`;

interface Command {
  run(argv: readonly string[], io: CliIo): Promise<number>;
}

/** Commands load on demand, so each pays only for what it uses. */
const commands = new Map<string, () => Promise<Command>>([
  ['lint', () => import('./commands/lint.js')],
  ['render', () => import('./commands/render.js')],
  ['rules', () => import('./commands/rules.js')],
  ['schema', () => import('./commands/schema.js')],
  ['serve', () => import('./commands/serve.js')],
  ['template', () => import('./commands/template.js')],
  ['studio', () => import('./commands/studio.js')],
  ['lsp', () => import('./commands/lsp.js')],
]);

/**
 * Runs the `fieldcode` command line (`argv` without the node and script paths) and resolves to
 * the exit code. Never throws: usage errors print one line and give 2, unexpected failures print
 * `fieldcode: internal error: <message>` and give 2.
 */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  try {
    const [name, ...rest] = argv;
    if (name === undefined) {
      io.stderr.write(usage);
      return ExitCode.usage;
    }
    if (name === '--help' || name === '-h') {
      io.stdout.write(usage);
      return ExitCode.ok;
    }
    if (name === '--version' || name === '-v') {
      io.stdout.write(`${cliVersion()}\n`);
      return ExitCode.ok;
    }
    if (name === 'help') return await main(rest.length === 0 ? ['--help'] : [rest[0]!, '--help'], io);
    const load = commands.get(name);
    if (load === undefined) {
      throw new UsageError(`unknown command '${name}' (expected one of: ${[...commands.keys()].join(', ')}; see 'fieldcode --help')`);
    }
    const command = await load();
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      // Messages name files and arguments: one line each, whatever characters those hold.
      io.stderr.write(`fieldcode: ${printable(error.message)}\n`);
      for (const line of error.details) io.stderr.write(`${printable(line)}\n`);
    } else {
      io.stderr.write(`fieldcode: internal error: ${printable(messageOf(error))}\n`);
    }
    return ExitCode.usage;
  }
}
