import { integerFlag, oneOf, parseCommandArgs, stringFlag } from '../args.js';
import { cliRuleMetas } from '../cli-rules.js';
import { checkRuleIds, displayPath, loadConfig, loadDataDictionary } from '../config.js';
import { content, listProfileNames } from '../content.js';
import { discoverFiles, lintedTree } from '../discover.js';
import { ExitCode, UsageError } from '../errors.js';
import { formatNames, getFormatter } from '../formatters/index.js';
import { useColor, type CliIo } from '../io.js';
import { lintFile, type LintJob, type LintedFile } from '../lint-file.js';
import { printable } from '../printable.js';
import { loadTemplates } from '../templates-input.js';
import { compareDiagnostics, totalCounts } from '../report.js';
import { cliVersion } from '../version.js';
import { removeStaleTemporaryFiles } from '../write-atomic.js';

export const help = `Usage: fieldcode lint [paths or globs…] [options]

Lints standard-response files (.json) and plain-text responses (.txt).
Paths default to the current directory; directories are searched recursively.
A glob starting with '!' leaves out the files it matches ('!drafts/**').

Options:
  -f, --format NAME     stylish (default), json, sarif, github or junit
      --profile NAME    limit profile (default: the config's, else whatsapp)
  -c, --config FILE     use FILE instead of the nearest fieldcode.config.json
      --templates FILE  Meta message_templates export (default: the config's 'templates')
      --max-warnings N  exit with 1 when there are more than N warnings
      --fix             apply safe fixes and write the files back
      --no-gitignore    also lint files that .gitignore files ignore
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
      'no-gitignore': { type: 'boolean' },
      quiet: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    true,
  );
  if (values['help'] === true) {
    io.stdout.write(help);
    return ExitCode.ok;
  }
  const format = oneOf('lint', 'format', values['format'], formatNames, 'stylish');
  const maxWarnings = integerFlag('lint', 'max-warnings', values['max-warnings'], 0, Number.MAX_SAFE_INTEGER);
  const quiet = values['quiet'] === true;
  const fix = values['fix'] === true;

  const loaded = await loadConfig(io.cwd, stringFlag(values['config']));
  for (const warning of loaded.warnings) io.stderr.write(`${printable(warning)}\n`);
  const api = await content('lint', 'applyFixes', 'ruleMetas', 'getProfile', 'profileNames', 'fileKind', 'INTERNAL_ERROR');
  const allRules = [...api.ruleMetas, ...cliRuleMetas];
  checkRuleIds(loaded, allRules, io.cwd);

  const profile = stringFlag(values['profile']) ?? loaded.config.profile;
  if (profile !== undefined && api.getProfile(profile) === undefined) {
    throw new UsageError(`lint: unknown profile '${profile}' (known: ${listProfileNames(api)})`);
  }
  const dataDictionary = await loadDataDictionary(loaded, io.cwd);
  const templates = await loadTemplates(io.cwd, stringFlag(values['templates']), loaded);
  const files = discoverFiles(positionals, {
    cwd: io.cwd,
    ignore: loaded.config.ignore ?? [],
    ignoreBase: loaded.directory,
    gitignore: values['no-gitignore'] !== true,
  });

  const job: LintJob = { fix };
  if (fix) {
    job.writeRoots = lintedTree(positionals, io.cwd);
    for (const removed of await removeStaleTemporaryFiles(files)) {
      io.stderr.write(`fieldcode: removed a temporary file left by an interrupted run: ${printable(displayPath(io.cwd, removed))}\n`);
    }
  }
  if (profile !== undefined) job.profile = profile;
  if (loaded.config.rules !== undefined) job.rules = loaded.config.rules;
  if (dataDictionary !== undefined) job.dataDictionary = dataDictionary;
  if (templates !== undefined) job.templates = templates;
  const targets = files.map((path) => ({ path, shown: displayPath(io.cwd, path) }));
  // One file at a time on this thread: the lint core is synchronous and its JIT-compiled code is
  // shared by every file (a second thread measured slower: it pays a second module load and warm-up).
  const linted: LintedFile[] = [];
  for (const target of targets) linted.push(await lintFile(api, job, target));
  const reports = linted.map((file) => file.report);

  // A crashing rule is a tool failure, distinct from lint findings (reported after the output).
  const crashed = reports.filter((report) => report.diagnostics.some((diagnostic) => diagnostic.code === api.INTERNAL_ERROR));

  // Fix notes go to stderr (stdout may be a JSON or SARIF document), in file order.
  for (const { report, note } of linted) {
    if (note !== undefined) io.stderr.write(`${printable(note)}\n`);
    if (quiet) report.diagnostics = report.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
    report.diagnostics.sort(compareDiagnostics);
  }
  const formatter = getFormatter(format);
  io.stdout.write(
    formatter({ files: reports, cwd: io.cwd, rules: allRules, version: cliVersion() }, { color: format === 'stylish' && useColor(io) }),
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
