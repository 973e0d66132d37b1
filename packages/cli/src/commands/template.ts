import { ExitCode, UsageError } from '../errors.js';
import type { CliIo } from '../io.js';

export const help = `Usage: fieldcode template <subcommand> [options]

WhatsApp template round-trip with Meta.

Subcommands:
  export FILE… [--out DIR]           write Meta's template-creation request per response and language
  check FILE… [--templates EXPORT]   check responses against the templates Meta approved
  diff FILE --templates EXPORT       compare a response with the templates Meta approved

Run 'fieldcode template <subcommand> --help' for the options.
`;

/** `fieldcode template`: dispatches to its subcommands (each in its own module). */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === undefined || sub === '--help' || sub === '-h') {
    (sub === undefined ? io.stderr : io.stdout).write(help);
    return sub === undefined ? ExitCode.usage : ExitCode.ok;
  }
  if (sub === 'export') return (await import('./template-export.js')).run(rest, io);
  if (sub === 'check') return (await import('./template-check.js')).run(rest, io);
  if (sub === 'diff') return (await import('./template-diff.js')).run(rest, io);
  throw new UsageError(`template: unknown subcommand '${sub}' (expected export, check or diff)`);
}
