import type { Diagnostic } from '@fieldcode/language';
import type { LintOptions, LintResult, RuleSeverity } from '@fieldcode/content';
import { integerFlag, oneOf, parseCommandArgs, stringFlag } from '../args.js';
import { binaryFileDiagnostic, cliRuleMetas, fileTooLargeDiagnostic } from '../cli-rules.js';
import { checkRuleIds, displayPath, loadConfig, loadDataDictionary } from '../config.js';
import { content, listProfileNames, type ContentApi } from '../content.js';
import { discoverFiles } from '../discover.js';
import { ExitCode, UsageError, messageOf } from '../errors.js';
import { formatNames, getFormatter } from '../formatters/index.js';
import { useColor, type CliIo } from '../io.js';
import { maxFileBytes, readTextFile } from '../read-text.js';
import { compareDiagnostics, plural, totalCounts, type FileReport } from '../report.js';
import { cliVersion } from '../version.js';
import { writeFileAtomic } from '../write-atomic.js';

export const help = `Usage: fieldcode lint [paths or globs…] [options]

Lints standard-response files (.json) and plain-text responses (.txt).
Paths default to the current directory; directories are searched recursively.

Options:
  -f, --format NAME     stylish (default), json, sarif, github or junit
      --profile NAME    limit profile (default: the config's, else whatsapp)
  -c, --config FILE     use FILE instead of the nearest fieldcode.config.json
      --max-warnings N  exit with 1 when there are more than N warnings
      --fix             apply safe fixes and write the files back
      --quiet           report errors only
  -h, --help            show this help

Exit codes: 0 no errors, 1 errors or too many warnings, 2 usage error or no files.
`;

/** `--fix` re-runs until nothing more applies, at most this many times (as ESLint does). */
const maxFixPasses = 10;

type LintApi = Pick<ContentApi, 'lint' | 'applyFixes' | 'ruleMetas' | 'getProfile' | 'profileNames' | 'fileKind'>;

/** `fieldcode lint`. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'lint',
    argv,
    {
      format: { type: 'string', short: 'f' },
      profile: { type: 'string' },
      config: { type: 'string', short: 'c' },
      'max-warnings': { type: 'string' },
      fix: { type: 'boolean' },
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
  for (const warning of loaded.warnings) io.stderr.write(`${warning}\n`);
  const api: LintApi = await content('lint', 'applyFixes', 'ruleMetas', 'getProfile', 'profileNames', 'fileKind');
  const allRules = [...api.ruleMetas, ...cliRuleMetas];
  checkRuleIds(loaded, allRules, io.cwd);

  const profile = stringFlag(values['profile']) ?? loaded.config.profile;
  if (profile !== undefined && api.getProfile(profile) === undefined) {
    throw new UsageError(`lint: unknown profile '${profile}' (known: ${listProfileNames(api)})`);
  }
  const dataDictionary = await loadDataDictionary(loaded, io.cwd);
  const files = discoverFiles(positionals, { cwd: io.cwd, ignore: loaded.config.ignore ?? [], ignoreBase: loaded.directory });

  const baseOptions: LintOptions = {};
  if (profile !== undefined) baseOptions.profile = profile;
  if (loaded.config.rules !== undefined) baseOptions.rules = loaded.config.rules;
  if (dataDictionary !== undefined) baseOptions.dataDictionary = dataDictionary;
  const cliSeverity = (id: string): RuleSeverity => loaded.config.rules?.[id] ?? 'error';

  const fixNotes = new Map<string, string>();
  const reports: FileReport[] = [];
  for (const path of files) reports.push(await lintFile(path));
  async function lintFile(path: string): Promise<FileReport> {
    const shown = displayPath(io.cwd, path);
    const outcome = readTextFile(path, shown);
    if (outcome.kind === 'too-large') {
      return { path, displayPath: shown, diagnostics: withSeverity([fileTooLargeDiagnostic(outcome.bytes, maxFileBytes)], cliSeverity) };
    }
    if (outcome.kind === 'binary') {
      return { path, displayPath: shown, diagnostics: withSeverity([binaryFileDiagnostic(outcome.text, outcome.reason)], cliSeverity) };
    }
    // Lint runs synchronously, so files are linted one at a time as their reads complete.
    const options: LintOptions = { ...baseOptions, filePath: shown };
    let text = outcome.text;
    let result = lintOrThrow(api, text, options, shown);
    if (fix) ({ text, result } = await fixFile(api, { path, shown, text, result, options }, fixNotes));
    return { path, displayPath: shown, text, diagnostics: result.diagnostics };
  }

  // Fix notes go to stderr (stdout may be a JSON or SARIF document), in file order.
  for (const report of reports) {
    const note = fixNotes.get(report.path);
    if (note !== undefined) io.stderr.write(`${note}\n`);
    if (quiet) report.diagnostics = report.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
    report.diagnostics.sort(compareDiagnostics);
  }
  const formatter = getFormatter(format);
  io.stdout.write(formatter({ files: reports, cwd: io.cwd, rules: allRules, version: cliVersion() }, { color: format === 'stylish' && useColor(io) }));

  // A crashing rule is a tool failure, distinct from lint findings.
  const crashed = reports.filter((report) => report.diagnostics.some((diagnostic) => diagnostic.code === 'internal-error'));
  if (crashed.length > 0) {
    io.stderr.write(`fieldcode: internal error: a lint rule crashed on ${crashed.map((report) => report.displayPath).join(', ')}\n`);
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

function withSeverity(diagnostics: Diagnostic[], severity: (id: string) => RuleSeverity): Diagnostic[] {
  return diagnostics.flatMap((diagnostic) => {
    const configured = severity(diagnostic.code);
    return configured === 'off' ? [] : [{ ...diagnostic, severity: configured }];
  });
}

/** A crashing rule is a tool failure (exit 2), named after the file, not a silently missing finding. */
function lintOrThrow(api: LintApi, text: string, options: LintOptions, shown: string): LintResult {
  try {
    return api.lint(text, options);
  } catch (error) {
    throw new Error(`linting ${shown} failed: ${messageOf(error)}`);
  }
}

interface FixTarget {
  path: string;
  shown: string;
  text: string;
  result: LintResult;
  options: LintOptions;
}

/**
 * Applies safe fixes until none remain (at most {@link maxFixPasses} passes) and writes the file
 * atomically. A file that does not parse is never touched, and a pass whose output would not parse
 * (or would add field-code syntax errors) is discarded.
 */
async function fixFile(api: LintApi, target: FixTarget, notes: Map<string, string>): Promise<{ text: string; result: LintResult }> {
  let { text, result } = target;
  if (syntaxErrors(result, 'json-syntax') > 0) return { text, result };
  let fixed = 0;
  for (let pass = 0; pass < maxFixPasses && result.diagnostics.some((diagnostic) => diagnostic.fix !== undefined); pass++) {
    const applied = api.applyFixes(text, result.diagnostics, { kind: api.fileKind(target.options) });
    const count = applied.applied;
    if (count === 0 || applied.text === text) break;
    const next = lintOrThrow(api, applied.text, target.options, target.shown);
    if (syntaxErrors(next, 'json-syntax') > 0 || syntaxErrors(next, 'field-code-syntax') > syntaxErrors(result, 'field-code-syntax')) {
      notes.set(target.path, `fieldcode: not fixing ${target.shown}: the fixed text would not parse`);
      break;
    }
    text = applied.text;
    result = next;
    fixed += count;
  }
  if (fixed > 0) {
    await writeFileAtomic(target.path, text);
    notes.set(target.path, `fixed ${plural(fixed, 'problem')} in ${target.shown}`);
  }
  return { text, result };
}

function syntaxErrors(result: LintResult, code: string): number {
  return result.diagnostics.filter((diagnostic) => diagnostic.code === code).length;
}
