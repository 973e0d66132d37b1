import { parseCommandArgs } from '../args.js';
import { content } from '../content.js';
import { ExitCode, UsageError } from '../errors.js';
import type { CliIo } from '../io.js';

export const help = `Usage: fieldcode schema [NAME]

Without NAME, lists the shipped JSON Schemas with their $id.
With NAME (e.g. standard-response, notification, render-data, fieldcode-config), prints that schema.

Options:
  -h, --help   show this help
`;

/** `fieldcode schema`. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('schema', argv, { help: { type: 'boolean', short: 'h' } }, true);
  if (values['help'] === true) {
    io.stdout.write(help);
    return ExitCode.ok;
  }
  if (positionals.length > 1) throw new UsageError(`schema: unexpected argument '${positionals[1]}' (schema takes at most one NAME)`);
  const { schemaNames, getSchema } = await content('schemaNames', 'getSchema');
  const names = [...schemaNames].sort();
  const name = positionals[0];
  if (name === undefined) {
    const width = Math.max(...names.map((known) => known.length));
    io.stdout.write(names.map((known) => `${known.padEnd(width)}  ${idOf(getSchema(known))}`.trimEnd()).join('\n') + '\n');
    return ExitCode.ok;
  }
  const schema = (schemaNames as readonly string[]).includes(name) ? getSchema(name) : undefined;
  if (schema === undefined) throw new UsageError(`schema: unknown schema '${name}' (known: ${names.join(', ')})`);
  io.stdout.write(`${JSON.stringify(schema, null, 2)}\n`);
  return ExitCode.ok;
}

function idOf(schema: unknown): string {
  const id = typeof schema === 'object' && schema !== null ? (schema as { $id?: unknown }).$id : undefined;
  return typeof id === 'string' ? id : '';
}
