import { resolve } from 'node:path';
import { parseCommandArgs, stringFlag } from '../args.js';
import { displayPath, loadConfig } from '../config.js';
import { content } from '../content.js';
import { ExitCode, UsageError } from '../errors.js';
import type { CliIo } from '../io.js';
import { readTextFile } from '../read-text.js';
import { isTemplateCheckFinding, loadTemplates } from '../templates-input.js';
import { formatDiagnosticLine } from '../text-position.js';

export const help = `Usage: fieldcode template diff FILE --templates EXPORT

Shows, for each language of the standard response (the notification and its 'variants'), the
response's template side by side with the template Meta lists under the same name and language
('=' same, '≠' differs), then each difference positioned in FILE, as 'fieldcode lint' reports it
(rules template-approved and template-drift).

EXPORT is the JSON of GET /{WABA-ID}/message_templates (one page or a list of pages); without
--templates, the config's 'templates' (a path or glob) is used.

Options:
      --templates FILE  the templates export
  -c, --config FILE     use FILE instead of the nearest fieldcode.config.json
  -h, --help            show this help

Exit codes: 0 every language matches an approved template, 1 differences, 2 usage error.
`;

/** `fieldcode template diff`. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'template diff',
    argv,
    { templates: { type: 'string' }, config: { type: 'string', short: 'c' }, help: { type: 'boolean', short: 'h' } },
    true,
  );
  if (values['help'] === true) {
    io.stdout.write(help);
    return ExitCode.ok;
  }
  if (positionals.length !== 1) throw new UsageError('template diff: give exactly one FILE (see fieldcode template diff --help)');
  const loaded = await loadConfig(io.cwd, stringFlag(values['config']));
  const templates = await loadTemplates(io.cwd, stringFlag(values['templates']), loaded);
  if (templates === undefined)
    throw new UsageError("template diff: no templates export: pass --templates EXPORT or set 'templates' in the config");

  const path = resolve(io.cwd, positionals[0]!);
  const shown = displayPath(io.cwd, path);
  const read = readTextFile(path, shown);
  if (read.kind !== 'text') throw new UsageError(`template diff: ${shown} is not a UTF-8 text file of at most 5 MB`);
  const api = await content('parseJsonText', 'responseTemplates', 'findTemplate', 'templateDiff', 'lint');
  const parsed = api.parseJsonText(read.text);
  if (parsed.diagnostics.length > 0) {
    for (const diagnostic of parsed.diagnostics) io.stderr.write(`${formatDiagnosticLine(shown, diagnostic)}\n`);
    return ExitCode.problems;
  }
  const responses = api.responseTemplates(parsed.value);
  if (responses.length === 0) throw new UsageError(`template diff: ${shown} has no notification template`);

  const sections = responses.map((template) => {
    const approved =
      template.name !== undefined && template.language !== undefined
        ? api.findTemplate(templates, template.name, template.language)
        : undefined;
    return api.templateDiff(template, approved);
  });
  const findings = api
    .lint(read.text, { filePath: shown, templates })
    .diagnostics.filter(isTemplateCheckFinding)
    .map((diagnostic) => formatDiagnosticLine(shown, diagnostic));
  io.stdout.write(`${sections.join('\n')}${findings.length > 0 ? `\n${findings.join('\n')}\n` : ''}`);
  return findings.length > 0 ? ExitCode.problems : ExitCode.ok;
}
