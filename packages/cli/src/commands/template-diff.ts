import { content } from '../content.js';
import { ExitCode, UsageError } from '../errors.js';
import type { CliIo } from '../io.js';
import { readTemplateResponse, templateCommandInput, templatesHelp } from '../template-command.js';
import { isTemplateCheckFinding } from '../templates-input.js';
import { formatDiagnosticLine } from '../text-position.js';

export const help = `Usage: fieldcode template diff FILE --templates EXPORT

Shows, for each language of the standard response (the notification and its 'variants'), the
response's template side by side with the template Meta lists under the same name and language
('=' same, '≠' differs), then each difference positioned in FILE, as 'fieldcode lint' reports it
(rules template-approved and template-drift).

${templatesHelp}
Exit codes: 0 every language matches an approved template, 1 differences, 2 usage error.
`;

/** `fieldcode template diff`. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const input = await templateCommandInput({ name: 'diff', help, files: 'one', needsTemplates: true }, argv, io);
  if (input === undefined) return ExitCode.ok;
  const { files, templates } = input;

  const response = await readTemplateResponse(files[0]!, io.cwd);
  if (response.kind === 'plain-text') throw new UsageError(`template diff: ${response.shown} has no notification template`);
  if (response.kind === 'unreadable') throw new UsageError(`template diff: ${response.shown} is ${response.reason}`);
  if (response.kind === 'invalid') {
    for (const line of response.lines) io.stderr.write(`${line}\n`);
    return ExitCode.problems;
  }
  const { shown, text, value } = response;
  const api = await content('responseTemplates', 'findTemplate', 'templateDiff', 'lint');
  const responses = api.responseTemplates(value);
  if (responses.length === 0) throw new UsageError(`template diff: ${shown} has no notification template`);

  const sections = responses.map((template) => {
    const approved =
      template.name !== undefined && template.language !== undefined
        ? api.findTemplate(templates, template.name, template.language)
        : undefined;
    return api.templateDiff(template, approved);
  });
  const findings = api
    .lint(text, { filePath: shown, templates })
    .diagnostics.filter(isTemplateCheckFinding)
    .map((diagnostic) => formatDiagnosticLine(shown, diagnostic));
  io.stdout.write(`${sections.join('\n')}${findings.length > 0 ? `\n${findings.join('\n')}\n` : ''}`);
  return findings.length > 0 ? ExitCode.problems : ExitCode.ok;
}
