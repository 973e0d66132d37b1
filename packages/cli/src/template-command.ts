import { resolve } from 'node:path';
import type { ParseArgsConfig } from 'node:util';
import type { ApprovedTemplate } from '@fieldcode/content';
import { parseCommandArgs, stringFlag, type ParsedArgs } from './args.js';
import { displayPath, loadConfig } from './config.js';
import { content } from './content.js';
import { discoverFiles } from './discover.js';
import { UsageError } from './errors.js';
import type { CliIo } from './io.js';
import { readTextFile } from './read-text.js';
import { loadTemplates } from './templates-input.js';
import { formatDiagnosticLine } from './text-position.js';

/** The help of `--templates` and the common options, for the subcommands that read the export (check, diff). */
export const templatesHelp = `EXPORT is the JSON of GET /{WABA-ID}/message_templates (one page or a list of pages); without
--templates, the config's 'templates' (a path or glob) is used.

Options:
      --templates FILE  the templates export
  -c, --config FILE     use FILE instead of the nearest fieldcode.config.json
  -h, --help            show this help
`;

/** What one `fieldcode template` subcommand takes, for {@link templateCommandInput}. */
export interface TemplateCommandSpec {
  /** The subcommand: `check`, `diff` or `export`. */
  name: string;
  help: string;
  /** Options besides `--templates` (see needsTemplates), `-c/--config` and `-h/--help`. */
  options?: NonNullable<ParseArgsConfig['options']>;
  /** `one` FILE (diff), or `some`: files, directories or globs as for `lint` (check, export). */
  files: 'one' | 'some';
  /** Whether the command needs Meta's templates export: `--templates FILE`, else the config's `templates`. */
  needsTemplates: boolean;
  /** Checks the command's own flags before any file is read. */
  checkFlags?: (values: ParsedArgs['values']) => void;
}

/** The parsed call of a template subcommand. */
export interface TemplateCommandInput {
  values: ParsedArgs['values'];
  /** Absolute paths of the responses: discovered (`some`, the config's `ignore` applied) or the one FILE. */
  files: string[];
  /** The templates export; empty when the command does not need one. */
  templates: ApprovedTemplate[];
}

/**
 * The prelude `template check`, `template diff` and `template export` share: strict argument
 * parsing, `--help`, the FILE count, the config, the templates export and the response files.
 * Undefined when the help was printed (the command exits 0).
 */
export async function templateCommandInput(
  spec: TemplateCommandSpec,
  argv: readonly string[],
  io: CliIo,
): Promise<TemplateCommandInput | undefined> {
  const command = `template ${spec.name}`;
  const { values, positionals } = parseCommandArgs(
    command,
    argv,
    {
      ...spec.options,
      ...(spec.needsTemplates ? { templates: { type: 'string' } } : {}),
      config: { type: 'string', short: 'c' },
      help: { type: 'boolean', short: 'h' },
    },
    true,
  );
  if (values['help'] === true) {
    io.stdout.write(spec.help);
    return undefined;
  }
  if (spec.files === 'one' && positionals.length !== 1)
    throw new UsageError(`${command}: give exactly one FILE (see fieldcode ${command} --help)`);
  if (spec.files === 'some' && positionals.length === 0)
    throw new UsageError(`${command}: give at least one FILE (see fieldcode ${command} --help)`);
  spec.checkFlags?.(values);
  const loaded = await loadConfig(io.cwd, stringFlag(values['config']));
  let templates: ApprovedTemplate[] = [];
  if (spec.needsTemplates) {
    const found = await loadTemplates(io.cwd, stringFlag(values['templates']), loaded);
    if (found === undefined)
      throw new UsageError(`${command}: no templates export: pass --templates EXPORT or set 'templates' in the config`);
    templates = found;
  }
  const files =
    spec.files === 'one'
      ? [resolve(io.cwd, positionals[0]!)]
      : discoverFiles(positionals, { cwd: io.cwd, ignore: loaded.config.ignore ?? [], ignoreBase: loaded.directory });
  return { values, files, templates };
}

/** One response file as the template subcommands read it. */
export type TemplateResponse =
  /** A plain-text response (`.txt`): it has no notification, so no template. */
  | { kind: 'plain-text'; shown: string }
  | { kind: 'unreadable'; shown: string; reason: string }
  /** Not JSON: its findings as `file:line:col severity message [code]` lines. */
  | { kind: 'invalid'; shown: string; lines: string[] }
  | { kind: 'json'; shown: string; text: string; value: unknown };

/** Reads one response file for a template subcommand (a missing file is a usage error, as everywhere). */
export async function readTemplateResponse(path: string, cwd: string): Promise<TemplateResponse> {
  const shown = displayPath(cwd, path);
  const api = await content('parseJsonText', 'fileKind');
  if (api.fileKind({ filePath: path }) === 'text') return { kind: 'plain-text', shown };
  const read = readTextFile(path, shown);
  if (read.kind !== 'text') return { kind: 'unreadable', shown, reason: 'not a UTF-8 text file of at most 5 MB' };
  const parsed = api.parseJsonText(read.text);
  if (parsed.diagnostics.length > 0)
    return { kind: 'invalid', shown, lines: parsed.diagnostics.map((diagnostic) => formatDiagnosticLine(shown, diagnostic)) };
  return { kind: 'json', shown, text: read.text, value: parsed.value };
}

/**
 * The JSON responses among `files`, read in order (`check`, `export`). A plain-text response is
 * skipped (no notification); an unreadable or non-JSON one adds its positioned lines to `problems`
 * (`code` names the command in the line of an unreadable file) and is not yielded.
 */
export async function* jsonTemplateResponses(
  files: readonly string[],
  cwd: string,
  code: string,
  problems: string[],
): AsyncGenerator<Extract<TemplateResponse, { kind: 'json' }>> {
  for (const path of files) {
    const response = await readTemplateResponse(path, cwd);
    if (response.kind === 'json') yield response;
    else if (response.kind === 'unreadable') problems.push(`${response.shown}:1:1 error ${response.reason} [${code}]`);
    else if (response.kind === 'invalid') problems.push(...response.lines);
  }
}
