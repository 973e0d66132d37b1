import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Diagnostic } from '@fieldcode/language';
import type { MetaTemplateCreate } from '@fieldcode/content';
import { stringFlag } from '../args.js';
import { displayPath } from '../config.js';
import { content } from '../content.js';
import { ExitCode, UsageError, messageOf } from '../errors.js';
import type { CliIo } from '../io.js';
import { jsonTemplateResponses, templateCommandInput } from '../template-command.js';
import { formatDiagnosticLine } from '../text-position.js';
import { writeFileAtomic } from '../write-atomic.js';

export const help = `Usage: fieldcode template export FILE… [--out DIR]

Writes, for each standard response and each of its languages (the notification and its
'variants'), the body of Meta's POST /{WABA-ID}/message_templates: name, language, category,
parameter_format and the HEADER/BODY/FOOTER/BUTTONS components with example values. Each body is
validated against Meta's template-creation rules (schema meta-template-create) first.
FILE may be a file, a directory or a glob, as for 'fieldcode lint'.

Options:
      --out DIR     write DIR/<name>.<language>.json per template (default: print a JSON array)
  -c, --config FILE use FILE instead of the nearest fieldcode.config.json
  -h, --help        show this help

Nothing is written when a template cannot be exported; the reasons go to stderr as
file:line:col error message [template-export].
Exit codes: 0 exported, 1 a template cannot be exported, 2 usage error or no templates.
`;

const START = { offset: 0, line: 1, column: 1 };

interface Exported {
  shown: string;
  body: MetaTemplateCreate;
}

/** `fieldcode template export`. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const input = await templateCommandInput(
    {
      name: 'export',
      help,
      options: { out: { type: 'string' } },
      files: 'some',
      needsTemplates: false,
      checkFlags: (values) => {
        if (values['out'] !== undefined && !stringFlag(values['out'])) throw new UsageError('template export: --out needs a directory');
      },
    },
    argv,
    io,
  );
  if (input === undefined) return ExitCode.ok;
  const { values, files } = input;
  const out = stringFlag(values['out']);
  const api = await content('exportTemplates', 'exportProblemDiagnostics', 'positionInJsonText');

  const exported: Exported[] = [];
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for await (const { shown, text, value } of jsonTemplateResponses(files, io.cwd, 'template-export', problems)) {
    for (const template of api.exportTemplates(value)) {
      // Each problem on the offending run of its string ({{…}}, field code or whole string).
      const found: Diagnostic[] = api.exportProblemDiagnostics(template.problems);
      const key = `${template.name ?? ''}.${template.language ?? ''}`;
      const earlier = seen.get(key);
      if (template.body && earlier !== undefined) {
        found.push({
          code: 'template-export',
          severity: 'error',
          range: { start: START, end: START },
          path: `${template.variantPointer}/structured`,
          message: `Template '${template.name}' (${template.language}) is also exported from ${earlier}; Meta identifies a template by name and language.`,
        });
      }
      if (found.length > 0) {
        problems.push(...api.positionInJsonText(text, found).map((diagnostic) => formatDiagnosticLine(shown, diagnostic)));
        continue;
      }
      seen.set(key, shown);
      if (template.body) exported.push({ shown, body: template.body });
    }
  }
  for (const line of problems) io.stderr.write(`${line}\n`);
  if (problems.length > 0) {
    io.stderr.write(`fieldcode: nothing exported (${problems.length} ${problems.length === 1 ? 'problem' : 'problems'})\n`);
    return ExitCode.problems;
  }
  if (exported.length === 0) throw new UsageError('template export: no notification templates in the given files');

  if (out === undefined) {
    io.stdout.write(
      `${JSON.stringify(
        exported.map((e) => e.body),
        null,
        2,
      )}\n`,
    );
    return ExitCode.ok;
  }
  const directory = resolve(io.cwd, out);
  try {
    mkdirSync(directory, { recursive: true });
  } catch (error) {
    throw new UsageError(`template export: cannot create ${out}: ${messageOf(error)}`);
  }
  for (const { body } of exported) {
    // name ([a-z0-9_]) and language ([a-z]{2,3}(_[A-Z]{2})?) passed the creation schema: safe file names.
    const file = join(directory, `${body.name}.${body.language}.json`);
    await writeFileAtomic(file, `${JSON.stringify(body, null, 2)}\n`);
    io.stderr.write(`wrote ${displayPath(io.cwd, file)}\n`);
  }
  return ExitCode.ok;
}
