import { content } from '../content.js';
import { ExitCode, UsageError } from '../errors.js';
import type { CliIo } from '../io.js';
import { jsonTemplateResponses, templateCommandInput, templatesHelp } from '../template-command.js';
import { isTemplateCheckFinding, templateCheckCodes } from '../templates-input.js';
import { formatDiagnosticLine } from '../text-position.js';

export const help = `Usage: fieldcode template check FILE… [--templates EXPORT]

Checks each standard response (files, directories or globs, as for 'fieldcode lint') against the
templates Meta lists: every language (the notification and its 'variants') must name a template
Meta approved in that language, and match it (rules template-approved and template-drift, always
on as errors here, as the service's POST /v1/templates/check runs them). Files without a
notification (plain-text responses among them) are skipped.

${templatesHelp}
Each finding is printed as file:line:col severity message [rule].
Exit codes: 0 every template matches an approved one, 1 findings, 2 usage error or no templates.
`;

/** `fieldcode template check`: the lint core's template rules over files, nothing else. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const input = await templateCommandInput({ name: 'check', help, files: 'some', needsTemplates: true }, argv, io);
  if (input === undefined) return ExitCode.ok;
  const { files, templates } = input;
  const api = await content('responseTemplates', 'lint');

  const lines: string[] = [];
  let checked = 0;
  for await (const { shown, text, value } of jsonTemplateResponses(files, io.cwd, 'template-check', lines)) {
    const count = api.responseTemplates(value).length;
    if (count === 0) continue;
    checked += count;
    const rules = Object.fromEntries(templateCheckCodes.map((code) => [code, 'error' as const]));
    const found = api.lint(text, { filePath: shown, templates, rules }).diagnostics.filter(isTemplateCheckFinding);
    lines.push(...found.map((diagnostic) => formatDiagnosticLine(shown, diagnostic)));
  }
  if (checked === 0 && lines.length === 0) throw new UsageError('template check: no notification templates in the given files');
  for (const line of lines) io.stdout.write(`${line}\n`);
  const summary =
    lines.length === 0
      ? `✔ ${checked} ${checked === 1 ? 'template matches' : 'templates match'} an approved template`
      : `✖ ${lines.length} ${lines.length === 1 ? 'problem' : 'problems'} (${checked} ${checked === 1 ? 'template' : 'templates'} checked)`;
  io.stderr.write(`${summary}\n`);
  return lines.length === 0 ? ExitCode.ok : ExitCode.problems;
}
