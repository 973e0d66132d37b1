import { oneOf, parseCommandArgs } from '../args.js';
import { cliRuleMetas } from '../cli-rules.js';
import { content } from '../content.js';
import { ExitCode } from '../errors.js';
import type { CliIo } from '../io.js';

export const help = `Usage: fieldcode rules [--format text|json]

Lists every lint rule with its default severity, whether --fix can fix it, and a description.

Options:
      --format NAME   text (default) or json
  -h, --help          show this help
`;

/** `fieldcode rules`. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs(
    'rules',
    argv,
    { format: { type: 'string', short: 'f' }, help: { type: 'boolean', short: 'h' } },
    false,
  );
  if (values['help'] === true) {
    io.stdout.write(help);
    return ExitCode.ok;
  }
  const format = oneOf('rules', 'format', values['format'], ['text', 'json'] as const, 'text');
  const { ruleMetas } = await content('ruleMetas');
  const rules = [...ruleMetas, ...cliRuleMetas].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (format === 'json') {
    const listed = rules.map(({ id, defaultSeverity, fixable, description, docs }) => ({
      id,
      severity: defaultSeverity,
      fixable,
      description,
      docs,
    }));
    io.stdout.write(`${JSON.stringify(listed, null, 2)}\n`);
    return ExitCode.ok;
  }
  const idWidth = Math.max(...rules.map((rule) => rule.id.length));
  const row = (id: string, severity: string, fixable: string, description: string): string =>
    `${id.padEnd(idWidth)}  ${severity.padEnd(8)}  ${fixable.padEnd(7)}  ${description}`;
  const lines = [
    row('rule', 'severity', 'fix', 'description'),
    ...rules.map((rule) => row(rule.id, rule.defaultSeverity, rule.fixable ? 'fixable' : '', rule.description)),
  ];
  io.stdout.write(`${lines.join('\n')}\n`);
  return ExitCode.ok;
}
