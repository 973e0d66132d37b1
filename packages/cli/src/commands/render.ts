import { extname, resolve } from 'node:path';
import { findLocale, type Diagnostic, type RenderData } from '@fieldcode/language';
import type { ChannelName, RenderStandardResponseOptions, StandardResponse } from '@fieldcode/content';
import { integerFlag, oneOf, parseCommandArgs, stringFlag } from '../args.js';
import { displayPath, loadConfig, loadDataDictionary } from '../config.js';
import { content, listProfileNames } from '../content.js';
import { ExitCode, UsageError, messageOf } from '../errors.js';
import type { CliIo } from '../io.js';
import { printable } from '../printable.js';
import { readTextFile } from '../read-text.js';
import { formatDiagnosticLine } from '../text-position.js';

export const help = `Usage: fieldcode render FILE [options]

Renders a standard response (.json) or plain-text response (.txt) for one customer and prints
the channel payload (pretty JSON; plain text for --channel text). Diagnostics go to stderr.

Options:
      --data FILE       render data (JSON: Contact, Agent, Interaction, Variables)
      --esp FILE        an ESP InviteToChat request: DMS log text or JSON
      --channel NAME    genesys (default), whatsapp-cloud, open-messaging or text
      --profile NAME    limit profile used to re-check the rendered message
      --strict          missing values are errors
      --now ISO         fixed clock for Now() (e.g. 2026-11-21T09:30:00Z)
      --time-zone TZ    IANA zone (Europe/Paris) or GMT+hh.mm for dates
      --locale NAME     locale of names, separators and digits (es_ES, pt-BR); default: the
                        template's language, else en_US
      --to ID           recipient for whatsapp-cloud and open-messaging payloads
  -h, --help            show this help

Campaign rendering (one NDJSON result line per contact, in input order):
      --bulk CONTACTS   NDJSON (one render-data object per line, optional "to") or CSV
                        (headers Contact.FirstName, Variables.X, to, …)
      --format FMT      ndjson or csv (default: from the extension .ndjson/.jsonl/.csv)
      --map H=TARGET    CSV header H fills TARGET (Contact.X, Variables.X, to; empty: ignore)
      --workers N       worker threads (default: the number of cores; 0: this thread)
      --out FILE        write the result lines to FILE (atomically) instead of stdout
      --report FILE     write a JSON summary (rows ok/failed, counts and first rows per code)
      --registered-number N  WhatsApp business number, for recipients written without +
      --allow-duplicate-recipients  do not fail a row whose recipient an earlier row has
  With --strict, warnings fail a row too. Exit 1 when any row failed.

Without --data or --esp the file's sampleData is used.
Exit codes: 0 rendered, 1 render or input errors, 2 usage error.
`;

/** Flags that only mean something with --bulk. */
const bulkOnlyFlags = ['format', 'map', 'workers', 'out', 'report', 'registered-number', 'allow-duplicate-recipients'] as const;

const channels: readonly ChannelName[] = ['genesys', 'whatsapp-cloud', 'open-messaging', 'text'];

/** `fieldcode render`. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'render',
    argv,
    {
      data: { type: 'string' },
      esp: { type: 'string' },
      channel: { type: 'string' },
      profile: { type: 'string' },
      strict: { type: 'boolean' },
      now: { type: 'string' },
      'time-zone': { type: 'string' },
      locale: { type: 'string' },
      to: { type: 'string' },
      bulk: { type: 'string' },
      format: { type: 'string' },
      map: { type: 'string', multiple: true },
      workers: { type: 'string' },
      out: { type: 'string' },
      report: { type: 'string' },
      'registered-number': { type: 'string' },
      'allow-duplicate-recipients': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    true,
  );
  if (values['help'] === true) {
    io.stdout.write(help);
    return ExitCode.ok;
  }
  if (positionals.length === 0) throw new UsageError(`render: missing FILE (see 'fieldcode render --help')`);
  if (positionals.length > 1) throw new UsageError(`render: unexpected argument '${positionals[1]}' (render takes one FILE)`);
  const dataFile = stringFlag(values['data']);
  const espFile = stringFlag(values['esp']);
  if (dataFile !== undefined && espFile !== undefined) throw new UsageError('render: use either --data or --esp, not both');
  const bulk = stringFlag(values['bulk']);
  if (bulk !== undefined && (dataFile !== undefined || espFile !== undefined))
    throw new UsageError('render: --bulk takes the data from CONTACTS; leave out --data and --esp');
  if (bulk === undefined) {
    const stray = bulkOnlyFlags.find((flag) => values[flag] !== undefined);
    if (stray !== undefined) throw new UsageError(`render: --${stray} needs --bulk CONTACTS`);
  }
  const options: RenderStandardResponseOptions = { channel: oneOf('render', 'channel', values['channel'], channels, 'genesys') };
  const now = stringFlag(values['now']);
  if (now !== undefined) {
    if (Number.isNaN(Date.parse(now))) throw new UsageError(`render: invalid --now '${now}' (expected an ISO 8601 date-time)`);
    options.now = now;
  }
  const timeZone = stringFlag(values['time-zone']);
  if (timeZone !== undefined) {
    if (!isTimeZone(timeZone))
      throw new UsageError(`render: invalid --time-zone '${timeZone}' (expected an IANA zone such as Europe/Paris, or GMT+hh.mm)`);
    options.timeZone = timeZone;
  }
  const locale = stringFlag(values['locale']);
  if (locale !== undefined) {
    if (findLocale(locale) === undefined)
      throw new UsageError(`render: unknown --locale '${locale}' (expected a locale such as es_ES or pt-BR)`);
    options.locale = locale;
  }
  if (values['strict'] === true) options.strict = true;
  const to = stringFlag(values['to']);
  if (to !== undefined) options.to = to;

  const loaded = await loadConfig(io.cwd, undefined);
  const api = await content('renderStandardResponse', 'getProfile', 'profileNames', 'parseJsonText', 'positionInJsonText');
  const profile = stringFlag(values['profile']) ?? loaded.config.profile;
  if (profile !== undefined) {
    if (api.getProfile(profile) === undefined)
      throw new UsageError(`render: unknown profile '${profile}' (known: ${listProfileNames(api)})`);
    options.profile = profile;
  }
  const dataDictionary = await loadDataDictionary(loaded, io.cwd);
  if (dataDictionary !== undefined) options.dataDictionary = dataDictionary;

  const file = positionals[0]!;
  const shown = displayPath(io.cwd, resolve(io.cwd, file));
  const text = await readInput(io, file);
  const report = (where: string, diagnostics: readonly Diagnostic[]): boolean => {
    for (const diagnostic of diagnostics) io.stderr.write(`${formatDiagnosticLine(where, diagnostic)}\n`);
    return diagnostics.some((diagnostic) => diagnostic.severity === 'error');
  };

  let standardResponse: StandardResponse;
  const json = extname(file).toLowerCase() !== '.txt';
  if (json) {
    // Syntax errors are worded as `fieldcode lint` words them (the json-syntax rule).
    const parsed = api.parseJsonText(text);
    if (report(shown, parsed.diagnostics)) return ExitCode.problems;
    standardResponse = parsed.value as StandardResponse;
  } else {
    standardResponse = text;
  }

  if (bulk !== undefined) {
    const { runBulk } = await import('../bulk/command.js');
    const { to: defaultTo, strict, ...shared } = options;
    const registeredNumber = stringFlag(values['registered-number']);
    const out = stringFlag(values['out']);
    const reportFile = stringFlag(values['report']);
    const workers = integerFlag('render', 'workers', values['workers'], 0, 256);
    const format =
      values['format'] === undefined ? undefined : oneOf('render', 'format', values['format'], ['ndjson', 'csv'] as const, 'ndjson');
    return runBulk(io, {
      contacts: bulk,
      ...(format === undefined ? {} : { format }),
      setup: {
        response: standardResponse,
        options: { ...shared, channel: options.channel ?? 'genesys' },
        strict: strict === true,
        ...(defaultTo === undefined ? {} : { to: defaultTo }),
        ...(registeredNumber === undefined ? {} : { registeredNumber }),
      },
      ...(workers === undefined ? {} : { workers }),
      ...(out === undefined ? {} : { out }),
      ...(reportFile === undefined ? {} : { report: reportFile }),
      mappings: (values['map'] as unknown as string[] | undefined) ?? [],
      responseShown: shown,
      ...(values['allow-duplicate-recipients'] === true ? { allowDuplicateRecipients: true } : {}),
    });
  }

  const data = await loadRenderData(io, { dataFile, espFile, standardResponse, shown, report });
  if (data === undefined) return ExitCode.problems;

  let result;
  try {
    result = api.renderStandardResponse(standardResponse, data, options);
  } catch (error) {
    throw new Error(`rendering ${shown} failed: ${messageOf(error)}`, { cause: error });
  }
  const failed = report(shown, json ? api.positionInJsonText(text, result.diagnostics) : result.diagnostics);
  if (result.output !== undefined) {
    const printed = typeof result.output === 'string' ? result.output : JSON.stringify(result.output, null, 2);
    io.stdout.write(printed.endsWith('\n') ? printed : `${printed}\n`);
  }
  return failed || !result.ok ? ExitCode.problems : ExitCode.ok;
}

interface DataSources {
  dataFile: string | undefined;
  espFile: string | undefined;
  standardResponse: StandardResponse;
  shown: string;
  report: (where: string, diagnostics: readonly Diagnostic[]) => boolean;
}

/** Render data from `--data`, `--esp` or the envelope's `sampleData`; undefined after input errors. */
async function loadRenderData(io: CliIo, sources: DataSources): Promise<RenderData | undefined> {
  if (sources.dataFile !== undefined) {
    const where = displayPath(io.cwd, resolve(io.cwd, sources.dataFile));
    const { validateJsonText } = await content('validateJsonText');
    const { value, diagnostics } = validateJsonText(await readInput(io, sources.dataFile), 'render-data');
    return sources.report(where, diagnostics) ? undefined : ((value ?? {}) as RenderData);
  }
  if (sources.espFile !== undefined) {
    const where = displayPath(io.cwd, resolve(io.cwd, sources.espFile));
    const { parseInviteToChat, inviteToChatToRenderData } = await content('parseInviteToChat', 'inviteToChatToRenderData');
    const { request, diagnostics } = parseInviteToChat(await readInput(io, sources.espFile));
    if (sources.report(where, diagnostics) || request === undefined || request === null) return undefined;
    return inviteToChatToRenderData(request);
  }
  const sr = sources.standardResponse;
  const sample = typeof sr === 'object' && sr !== null && !Array.isArray(sr) ? (sr as { sampleData?: unknown }).sampleData : undefined;
  if (typeof sample === 'object' && sample !== null && !Array.isArray(sample)) {
    io.stderr.write(`fieldcode: no --data or --esp given; using the sampleData of ${printable(sources.shown)}\n`);
    return sample as RenderData;
  }
  io.stderr.write(`fieldcode: no --data or --esp given and ${printable(sources.shown)} has no sampleData; rendering with empty data\n`);
  return {};
}

/** Reads an input file as text; anything that is not a readable UTF-8 file of at most 5 MB is a usage error. */
async function readInput(io: CliIo, file: string): Promise<string> {
  const shown = displayPath(io.cwd, resolve(io.cwd, file));
  const outcome = readTextFile(resolve(io.cwd, file), shown);
  if (outcome.kind === 'too-large') throw new UsageError(`${shown} is too large (${outcome.bytes} bytes; the limit is 5 MB)`);
  if (outcome.kind === 'binary') throw new UsageError(`${shown} is not a UTF-8 text file`);
  return outcome.text;
}

/** IANA zones known to this Node, or the `GMT+hh.mm` form Genesys uses. */
function isTimeZone(zone: string): boolean {
  if (/^GMT[+-]\d{1,2}(\.\d{2})?$/.test(zone)) return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
