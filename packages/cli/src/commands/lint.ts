import { integerFlag, oneOf, parseCommandArgs, stringFlag } from '../args.js';
import { displayPath } from '../config.js';
import { content } from '../content.js';
import { discoverFiles, lintedTree } from '../discover.js';
import { ExitCode, UsageError } from '../errors.js';
import { formatNames, getFormatter } from '../formatters/index.js';
import { useColor, type CliIo } from '../io.js';
import { lintBytes, lintFile, type LintJob, type LintedFile } from '../lint-file.js';
import { loadLintProject, type ProjectFlags } from '../lint-project.js';
import { effectiveConfig } from '../print-config.js';
import { LintCache } from '../lint-cache.js';
import { applyBaseline, baselineOf, readBaseline, writeBaseline, type BaselineOutcome } from '../baseline.js';
import { isFormatterPackageName, isFormatterPath, loadCustomFormatter } from '../formatters/custom.js';
import { resolve } from 'node:path';
import { printable } from '../printable.js';
import { compareDiagnostics, plural, totalCounts } from '../report.js';
import { cliVersion } from '../version.js';
import { removeStaleTemporaryFiles } from '../write-atomic.js';

export const help = `Usage: fieldcode lint [paths or globs…] [options]

Lints standard-response files (.json) and plain-text responses (.txt).
Paths default to the current directory; directories are searched recursively.
A glob starting with '!' leaves out the files it matches ('!drafts/**').

Options:
  -f, --format NAME     stylish (default), json, sarif, github, gitlab or junit,
                        a formatter module (./my-formatter.mjs, ESLint's contract)
                        or package (NAME: fieldcode-formatter-NAME, eslint-formatter-NAME)
      --profile NAME    limit profile (default: the config's, else whatsapp)
  -c, --config FILE     use FILE instead of the nearest fieldcode.config.json
      --templates FILE  Meta message_templates export (default: the config's 'templates')
      --max-warnings N  exit with 1 when there are more than N warnings
      --fix             apply safe fixes and write the files back
      --fix-dry-run     apply safe fixes in memory; the json output carries the fixed text
      --stdin           lint standard input instead of files
      --stdin-filename NAME
                        the name standard input is reported under (.txt: field-code text)
      --baseline FILE   report only findings that FILE does not record
      --baseline-write FILE
                        record today's findings in FILE (a new baseline) and report none
      --baseline-prune  with --baseline: remove the entries whose problems were fixed
      --cache           reuse the findings of files unchanged since the last --cache run
      --cache-location FILE
                        where the cache is kept (default: .fieldcode-cache)
      --print-config FILE
                        print the configuration that applies to FILE and exit
      --no-gitignore    also lint files that .gitignore files ignore
      --no-inline-config
                        ignore the files' x-fieldcode-disable suppressions
      --quiet           report errors only
  -h, --help            show this help

Exit codes: 0 no errors, 1 errors or too many warnings, 2 usage error or no files.
`;

/** `fieldcode lint`. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'lint',
    argv,
    {
      format: { type: 'string', short: 'f' },
      profile: { type: 'string' },
      config: { type: 'string', short: 'c' },
      templates: { type: 'string' },
      'max-warnings': { type: 'string' },
      fix: { type: 'boolean' },
      'fix-dry-run': { type: 'boolean' },
      stdin: { type: 'boolean' },
      'stdin-filename': { type: 'string' },
      'print-config': { type: 'string' },
      baseline: { type: 'string' },
      cache: { type: 'boolean' },
      'cache-location': { type: 'string' },
      'baseline-write': { type: 'string' },
      'baseline-prune': { type: 'boolean' },
      'no-gitignore': { type: 'boolean' },
      'no-inline-config': { type: 'boolean' },
      quiet: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    true,
  );
  if (values['help'] === true) {
    io.stdout.write(help);
    return ExitCode.ok;
  }
  const formatValue = stringFlag(values['format']);
  // A built-in name first, then a module path, then a package name (fieldcode-formatter-NAME, …).
  const customFormat =
    formatValue !== undefined &&
    !(formatNames as readonly string[]).includes(formatValue) &&
    (isFormatterPath(formatValue) || isFormatterPackageName(formatValue))
      ? formatValue
      : undefined;
  const format = customFormat === undefined ? oneOf('lint', 'format', values['format'], formatNames, 'stylish') : 'json';
  const maxWarnings = integerFlag('lint', 'max-warnings', values['max-warnings'], 0, Number.MAX_SAFE_INTEGER);
  const quiet = values['quiet'] === true;
  const fix = values['fix'] === true;
  const fixDryRun = values['fix-dry-run'] === true;
  const stdin = values['stdin'] === true;
  const stdinFilename = stringFlag(values['stdin-filename']);
  if (fix && fixDryRun) throw new UsageError('lint: --fix and --fix-dry-run exclude each other');
  if (stdin && fix) throw new UsageError('lint: --fix cannot write standard input back (use --fix-dry-run)');
  if (stdin && positionals.length > 0) throw new UsageError('lint: --stdin takes no paths');
  if (stdinFilename !== undefined && !stdin) throw new UsageError('lint: --stdin-filename needs --stdin');
  const printConfigFor = stringFlag(values['print-config']);
  const baselineFlag = stringFlag(values['baseline']);
  const baselineWrite = stringFlag(values['baseline-write']);
  const baselinePrune = values['baseline-prune'] === true;
  if (baselineFlag !== undefined && baselineWrite !== undefined)
    throw new UsageError('lint: --baseline and --baseline-write exclude each other');
  if (baselinePrune && baselineFlag === undefined) throw new UsageError('lint: --baseline-prune needs --baseline FILE');
  const baselinePath = baselineFlag === undefined ? undefined : resolve(io.cwd, baselineFlag);
  const baseline = baselinePath === undefined ? undefined : await readBaseline(baselinePath, baselineFlag!);

  const api = await content(
    'lint',
    'applyFixes',
    'ruleMetas',
    'getProfile',
    'profileNames',
    'fileKind',
    'INTERNAL_ERROR',
    'builtinPresetNames',
    'builtinPreset',
    'isBuiltinPreset',
  );
  const flags: ProjectFlags = {
    command: 'lint: ',
    onConfigWarnings: (warnings) => {
      for (const warning of warnings) io.stderr.write(`${printable(warning)}\n`);
    },
  };
  const configFlag = stringFlag(values['config']);
  const profileFlag = stringFlag(values['profile']);
  const templatesFlag = stringFlag(values['templates']);
  if (configFlag !== undefined) flags.config = configFlag;
  if (profileFlag !== undefined) flags.profile = profileFlag;
  if (templatesFlag !== undefined) flags.templates = templatesFlag;
  const { loaded, job: projectJob, ruleMetas: allRules } = await loadLintProject(api, io.cwd, flags);
  const job: LintJob = { ...projectJob, fix, fixDryRun };
  if (values['no-inline-config'] === true) job.allowInlineConfig = false;
  // A formatter package is looked up from the working directory, then from the config's folder.
  const formatReport = customFormat === undefined ? undefined : await loadCustomFormatter(customFormat, io.cwd, loaded.directory);
  if (printConfigFor !== undefined) {
    io.stdout.write(`${JSON.stringify(effectiveConfig(loaded, job, allRules, io.cwd, printConfigFor), null, 2)}\n`);
    return ExitCode.ok;
  }
  const files = stdin
    ? []
    : discoverFiles(positionals, {
        cwd: io.cwd,
        ignore: loaded.config.ignore ?? [],
        ignoreBase: loaded.directory,
        gitignore: values['no-gitignore'] !== true,
      });
  if (fix) {
    job.writeRoots = lintedTree(positionals, io.cwd);
    for (const removed of await removeStaleTemporaryFiles(files)) {
      io.stderr.write(`fieldcode: removed a temporary file left by an interrupted run: ${printable(displayPath(io.cwd, removed))}\n`);
    }
  }
  // A baseline under another name is never linted as a response either.
  const baselineFiles = new Set([baselinePath, baselineWrite === undefined ? undefined : resolve(io.cwd, baselineWrite)]);
  const targets = files.filter((path) => !baselineFiles.has(path)).map((path) => ({ path, shown: displayPath(io.cwd, path) }));
  // One file at a time on this thread: the lint core is synchronous and its JIT-compiled code is
  // shared by every file (a second thread measured slower: it pays a second module load and warm-up).
  const linted: LintedFile[] = [];
  if (stdin) {
    if (io.readStdin === undefined) throw new UsageError('lint: no standard input to read');
    const shown = stdinFilename ?? '<stdin>';
    linted.push(await lintBytes(api, job, { path: resolve(io.cwd, shown), shown }, await io.readStdin()));
  }
  const cacheLocation = stringFlag(values['cache-location']);
  if (cacheLocation !== undefined && values['cache'] !== true) throw new UsageError('lint: --cache-location needs --cache');
  const cache =
    values['cache'] === true ? LintCache.open(resolve(io.cwd, cacheLocation ?? '.fieldcode-cache'), job, cliVersion()) : undefined;
  for (const target of targets) linted.push(await lintFile(api, job, target, cache));
  await cache?.save();
  const reports = linted.map((file) => file.report);

  // A crashing rule is a tool failure, distinct from lint findings (reported after the output).
  const crashed = reports.filter((report) => report.diagnostics.some((diagnostic) => diagnostic.code === api.INTERNAL_ERROR));

  // Sorted first: fingerprints number identical findings in position order. The baseline sees
  // every finding, before --quiet drops warnings.
  for (const report of reports) report.diagnostics.sort(compareDiagnostics);
  if (baselineWrite !== undefined) {
    const path = resolve(io.cwd, baselineWrite);
    const recorded = baselineOf(reports, path);
    await writeBaseline(path, recorded);
    io.stderr.write(
      `fieldcode: baseline ${printable(baselineWrite)} records ${plural(recorded.entries.length, 'finding')} in ${plural(reports.length, 'file')}\n`,
    );
    for (const report of reports) report.diagnostics = [];
  }
  if (baseline !== undefined) {
    const outcome = applyBaseline(reports, baseline, baselinePath!);
    if (baselinePrune && outcome.fixed.length > 0) await writeBaseline(baselinePath!, outcome.pruned);
    io.stderr.write(`${printable(baselineNote(baselineFlag!, outcome, baselinePrune))}\n`);
  }
  // Fix notes go to stderr (stdout may be a JSON or SARIF document), in file order.
  for (const { report, note } of linted) {
    if (note !== undefined) io.stderr.write(`${printable(note)}\n`);
    if (quiet) report.diagnostics = report.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  }
  const lintReport = { files: reports, cwd: io.cwd, rules: allRules, version: cliVersion() };
  io.stdout.write(
    formatReport !== undefined
      ? await formatReport(lintReport)
      : getFormatter(format)(lintReport, { color: format === 'stylish' && useColor(io) }),
  );

  if (crashed.length > 0) {
    io.stderr.write(
      `fieldcode: internal error: a lint rule crashed on ${crashed.map((report) => printable(report.displayPath)).join(', ')}\n`,
    );
    return ExitCode.usage;
  }
  const totals = totalCounts(reports);
  if (totals.errorCount > 0) return ExitCode.problems;
  if (maxWarnings !== undefined && totals.warningCount > maxWarnings) {
    io.stderr.write(`fieldcode: too many warnings (${totals.warningCount}; maximum: ${maxWarnings})\n`);
    return ExitCode.problems;
  }
  return ExitCode.ok;
}

/** The stderr line after applying a baseline: what it hid and what it no longer needs. */
function baselineNote(shown: string, outcome: BaselineOutcome, pruned: boolean): string {
  const hidden = `fieldcode: baseline ${shown} matched ${plural(outcome.matched, 'finding')}`;
  if (outcome.fixed.length === 0) return hidden;
  const fixed = plural(outcome.fixed.length, 'entry').replace('entrys', 'entries');
  return pruned
    ? `${hidden}; removed ${fixed} whose problems were fixed`
    : `${hidden}; ${fixed} no longer match (fixed: run with --baseline-prune to remove them)`;
}
