import { parseCommandArgs, stringFlag } from '../args.js';
import { displayPath, loadConfig } from '../config.js';
import { content } from '../content.js';
import { discoverFiles } from '../discover.js';
import { ExitCode, UsageError } from '../errors.js';
import type { CliIo } from '../io.js';
import { readTextFile } from '../read-text.js';
import { isTemplateCheckFinding, loadTemplates, templateCheckCodes } from '../templates-input.js';
import { formatDiagnosticLine } from '../text-position.js';

export const help = `Usage: fieldcode template check FILE… [--templates EXPORT]

Checks each standard response (files, directories or globs, as for 'fieldcode lint') against the
templates Meta lists: every language (the notification and its 'variants') must name a template
Meta approved in that language, and match it (rules template-approved and template-drift, always
on as errors here, as the service's POST /v1/templates/check runs them). Files without a
notification (plain-text responses among them) are skipped.

EXPORT is the JSON of GET /{WABA-ID}/message_templates (one page or a list of pages); without
--templates, the config's 'templates' (a path or glob) is used.

Options:
      --templates FILE  the templates export
  -c, --config FILE     use FILE instead of the nearest fieldcode.config.json
  -h, --help            show this help

Each finding is printed as file:line:col severity message [rule].
Exit codes: 0 every template matches an approved one, 1 findings, 2 usage error or no templates.
`;

/** `fieldcode template check`: the lint core's template rules over files, nothing else. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'template check',
    argv,
    { templates: { type: 'string' }, config: { type: 'string', short: 'c' }, help: { type: 'boolean', short: 'h' } },
    true,
  );
  if (values['help'] === true) {
    io.stdout.write(help);
    return ExitCode.ok;
  }
  if (positionals.length === 0) throw new UsageError('template check: give at least one FILE (see fieldcode template check --help)');
  const loaded = await loadConfig(io.cwd, stringFlag(values['config']));
  const templates = await loadTemplates(io.cwd, stringFlag(values['templates']), loaded);
  if (templates === undefined)
    throw new UsageError("template check: no templates export: pass --templates EXPORT or set 'templates' in the config");
  const api = await content('parseJsonText', 'responseTemplates', 'lint', 'fileKind');
  const files = discoverFiles(positionals, { cwd: io.cwd, ignore: loaded.config.ignore ?? [], ignoreBase: loaded.directory });

  const lines: string[] = [];
  let checked = 0;
  for (const path of files) {
    const shown = displayPath(io.cwd, path);
    // A plain-text response (.txt) has no notification.
    if (api.fileKind({ filePath: path }) === 'text') continue;
    const read = readTextFile(path, shown);
    if (read.kind !== 'text') {
      lines.push(`${shown}:1:1 error not a UTF-8 text file of at most 5 MB [template-check]`);
      continue;
    }
    const parsed = api.parseJsonText(read.text);
    if (parsed.diagnostics.length > 0) {
      lines.push(...parsed.diagnostics.map((diagnostic) => formatDiagnosticLine(shown, diagnostic)));
      continue;
    }
    const count = api.responseTemplates(parsed.value).length;
    if (count === 0) continue;
    checked += count;
    const rules = Object.fromEntries(templateCheckCodes.map((code) => [code, 'error' as const]));
    const found = api.lint(read.text, { filePath: shown, templates, rules }).diagnostics.filter(isTemplateCheckFinding);
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
