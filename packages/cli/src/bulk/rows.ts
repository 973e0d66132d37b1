/**
 * One contact row → one NDJSON result line. Runs inside the bulk workers (and in-process when
 * threads are not available): parses the row, checks its data and recipient, renders the response
 * compiled once per worker, and turns every finding into a diagnostic that names the row and the
 * column it comes from.
 */
import type { Diagnostic, RenderData } from '@fieldcode/language';
import type { ChannelName, RenderStandardResponseOptions } from '@fieldcode/content';
import { compileResponse, type CompiledResponse } from '../compiled-response.js';
import type { ContentApi } from '../content.js';
import { dataDepth, maxDataDepth } from '../data-depth.js';
import { onInputLines } from '../text-position.js';
import { columnOfField, type ColumnTarget } from './columns.js';
import type { LineBytes } from './line-bytes.js';
import { outputJson } from '../output-json.js';

/** Everything a worker needs to render rows (structured-clone friendly). */
export interface BulkSetup {
  /** The parsed standard response (JSON value, or field-code text for `.txt`). */
  response: unknown;
  /** Render options shared by every row (channel, profile, now, time zone, data dictionary, strict). */
  options: RenderStandardResponseOptions & { channel: ChannelName };
  /** `--strict`: missing values are errors and any warning fails the row. */
  strict: boolean;
  /** Recipient used when a row has none (`--to`). */
  to?: string;
  /** Country calling code source for WhatsApp numbers written without `+` (`--registered-number`). */
  registeredNumber?: string;
  /** CSV column targets; absent for NDJSON. */
  columns?: readonly ColumnTarget[];
}

/** One input row: an NDJSON line's text or a CSV record's cells. */
export interface RowInput {
  /** 1-based row number (data rows only: blank NDJSON lines and the CSV header are not rows). */
  row: number;
  /** 1-based line of the input file where the row starts. */
  line: number;
  text?: string;
  cells?: readonly string[];
  /** Set by the reader when the row could not be read (e.g. a line over the size limit). */
  problem?: string;
}

/** A finding about one row. */
export interface RowDiagnostic {
  code: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  /** CSV column header, or the data field (`Contact.FirstName`, `to`) for NDJSON. */
  column?: string;
  /** Line and character in the contacts file (JSON syntax errors). */
  line?: number;
  character?: number;
  /** JSON pointer of the response string the finding comes from (render findings). */
  path?: string;
}

/** The NDJSON result of one row. */
export interface RowResult {
  row: number;
  ok: boolean;
  output: unknown;
  diagnostics: RowDiagnostic[];
  /** The row's own recipient (its `to`, normalized for WhatsApp), for the duplicate check; not part of the output line. */
  recipient?: string;
}

type RowApi = Pick<ContentApi, 'compileStandardResponse' | 'validateSchema' | 'validateJsonText' | 'normalizeWhatsAppNumber'>;

const comma = Buffer.from(',');
const lineEnd = Buffer.from(']}\n');

/** Render findings remembered per renderer (a bound: data-dependent messages could vary without end). */
const maxKnownFindings = 1024;

/** Renders rows for one setup; create one per worker. */
export class RowRenderer {
  private readonly compiled: CompiledResponse;
  /**
   * Render findings that recur row after row (a compile-time warning, a limit that does not depend
   * on the data): converted and serialized once, then shared (frozen) by every row that has them.
   */
  private readonly knownFindings = new Map<string, RowDiagnostic[]>();
  private knownFindingCount = 0;
  private readonly findingBytes = new WeakMap<RowDiagnostic, Uint8Array>();

  constructor(
    private readonly api: RowApi,
    private readonly setup: BulkSetup,
  ) {
    this.compiled = compileResponse(api, setup.response, { ...setup.options, ...(setup.strict ? { strict: true } : {}) });
  }

  /** The result of one row; never throws. */
  renderRow(input: RowInput): RowResult {
    const diagnostics: RowDiagnostic[] = [];
    const data =
      input.problem !== undefined
        ? this.fail(diagnostics, { code: 'row-input', severity: 'error', message: input.problem, line: input.line })
        : input.cells !== undefined
          ? this.csvData(input, diagnostics)
          : this.jsonData(input, diagnostics);
    if (data === undefined) return { row: input.row, ok: false, output: null, diagnostics };
    const before = diagnostics.length;
    const to = this.recipient(data.to, diagnostics);
    // A bad recipient fails the row, but the row is still rendered so that the list names every
    // problem of the row at once (an empty value, a text over its limit), not one per attempt.
    const recipientFailed = diagnostics.length > before;
    const result = this.compiled.render(data.data, to === undefined ? undefined : { to });
    for (const diagnostic of result.diagnostics) {
      // The channel's own "no recipient" finding repeats the check above.
      if (recipientFailed && diagnostic.code === 'channel-recipient') continue;
      diagnostics.push(this.fromRender(diagnostic));
    }
    const ok =
      !recipientFailed && result.ok && !diagnostics.some((d) => d.severity === 'error' || (this.setup.strict && d.severity === 'warning'));
    const row: RowResult = { row: input.row, ok, output: ok ? result.output : null, diagnostics };
    // Only a recipient the row names itself: --to gives every row the same one on purpose.
    if (data.to !== undefined && to !== undefined && to.trim() !== '') row.recipient = to.trim();
    return row;
  }

  private fail(diagnostics: RowDiagnostic[], diagnostic: RowDiagnostic): undefined {
    diagnostics.push(diagnostic);
    return undefined;
  }

  /** An NDJSON line: a JSON object of render data, optionally with a top-level `to`. */
  private jsonData(input: RowInput, diagnostics: RowDiagnostic[]): { data: RenderData; to?: unknown } | undefined {
    const text = input.text ?? '';
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      // Position the problem with the shared JSON reader (same wording as everywhere else).
      const { diagnostics: found } = this.api.validateJsonText(text, 'render-data');
      const syntax = found.find((d) => d.code === 'json-syntax') ?? found[0];
      // The reader counts lines within the row's text; name lines of the contacts file instead.
      const message = onInputLines(syntax?.message ?? 'Invalid JSON', input.line);
      return this.fail(diagnostics, {
        code: 'json-syntax',
        severity: 'error',
        message,
        line: input.line + (syntax ? syntax.range.start.line - 1 : 0),
        character: syntax?.range.start.column ?? 1,
      });
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return this.fail(diagnostics, {
        code: 'row-data',
        severity: 'error',
        message: 'A contact line must be a JSON object of render data (Contact, Agent, Interaction, Variables, to)',
        line: input.line,
      });
    }
    const record = value as Record<string, unknown>;
    if (!Object.hasOwn(record, 'to')) {
      // No copy per row when the line has no recipient.
      return this.checkData(record, diagnostics, (field) => field) ? { data: record as RenderData } : undefined;
    }
    const { to, ...data } = record;
    if (!this.checkData(data, diagnostics, (field) => field)) return undefined;
    return { data: data as RenderData, to };
  }

  /** A CSV record: each cell goes where its column's header says; empty cells are absent values. */
  private csvData(input: RowInput, diagnostics: RowDiagnostic[]): { data: RenderData; to?: unknown } | undefined {
    const columns = this.setup.columns ?? [];
    const cells = input.cells ?? [];
    if (cells.length !== columns.length) {
      return this.fail(diagnostics, {
        code: 'row-input',
        severity: 'error',
        message: `Expected ${columns.length} CSV fields, found ${cells.length}`,
        line: input.line,
      });
    }
    const data: Record<string, unknown> = {};
    let to: string | undefined;
    columns.forEach((column, index) => {
      const cell = cells[index]!;
      if (cell === '' || column.kind === 'ignore') return;
      if (column.kind === 'to') {
        to = cell;
        return;
      }
      let target = data;
      for (const key of column.path.slice(0, -1)) target = (target[key] ??= {}) as Record<string, unknown>;
      target[column.path[column.path.length - 1]!] = cell;
    });
    const columnOf = (field: string): string => columnOfField(columns, field) ?? field;
    if (!this.checkData(data, diagnostics, columnOf)) return undefined;
    return { data: data as RenderData, ...(to === undefined ? {} : { to }) };
  }

  /** Depth limit and the render-data schema; findings name the column. */
  private checkData(data: Record<string, unknown>, diagnostics: RowDiagnostic[], columnOf: (field: string) => string): boolean {
    if (Object.hasOwn(data, '$schema')) delete data['$schema'];
    if (dataDepth(data) > maxDataDepth) {
      diagnostics.push({ code: 'row-data', severity: 'error', message: `Render data is nested deeper than ${maxDataDepth} levels` });
      return false;
    }
    for (const issue of this.api.validateSchema('render-data', data)) {
      const field = issue.instancePath.split('/').slice(1).join('.');
      diagnostics.push({
        code: 'schema',
        severity: 'error',
        message: `${field === '' ? 'Render data' : field} ${issue.message}`,
        ...(field === '' ? {} : { column: columnOf(field) }),
      });
    }
    return diagnostics.length === 0;
  }

  /** The row's recipient, checked and normalized for the channels that need one. */
  private recipient(raw: unknown, diagnostics: RowDiagnostic[]): string | undefined {
    const value = raw ?? this.setup.to;
    const channel = this.setup.options.channel;
    const needed = channel === 'whatsapp-cloud' || channel === 'open-messaging';
    if (value !== undefined && typeof value !== 'string') {
      diagnostics.push({ code: 'recipient', severity: 'error', message: 'The recipient must be a string', column: 'to' });
      return undefined;
    }
    if (!needed) return value;
    if (value === undefined || value.trim() === '') {
      diagnostics.push({
        code: 'recipient',
        severity: 'error',
        message: `No recipient: the ${channel} channel needs a 'to' field or column (or --to)`,
        column: 'to',
      });
      return undefined;
    }
    if (channel !== 'whatsapp-cloud') return value;
    const number = this.api.normalizeWhatsAppNumber(
      value,
      this.setup.registeredNumber === undefined ? {} : { registeredNumber: this.setup.registeredNumber },
    );
    if (!number.valid) {
      diagnostics.push({
        code: 'recipient',
        severity: 'error',
        message: `Invalid WhatsApp number '${value}': ${number.reason ?? 'not a valid number'}`,
        column: 'to',
      });
      return undefined;
    }
    // E.164, the form the whatsapp-cloud channel sends.
    return number.e164;
  }

  /** The NDJSON line of a row result (`{"row","ok","output","diagnostics"}`), reusing the encoded JSON of recurring findings. */
  writeLine(result: RowResult, out: LineBytes): void {
    out.text(`{"row":${result.row},"ok":${result.ok},"output":${outputJson(result.output)},"diagnostics":[`);
    let first = true;
    for (const diagnostic of result.diagnostics) {
      if (!first) out.encoded(comma);
      first = false;
      const bytes = this.findingBytes.get(diagnostic);
      if (bytes !== undefined) out.encoded(bytes);
      else out.text(JSON.stringify(diagnostic));
    }
    out.encoded(lineEnd);
  }

  private fromRender(diagnostic: Diagnostic): RowDiagnostic {
    // Looked up by message first: a recurring finding's message is the same string every time, whose hash V8 keeps.
    const candidates = this.knownFindings.get(diagnostic.message);
    const path = diagnostic.path;
    const known = candidates?.find((d) => d.code === diagnostic.code && d.severity === diagnostic.severity && d.path === path);
    if (known !== undefined) return known;
    const converted = Object.freeze(this.convert(diagnostic));
    if (this.knownFindingCount < maxKnownFindings) {
      this.knownFindingCount++;
      if (candidates === undefined) this.knownFindings.set(diagnostic.message, [converted]);
      else candidates.push(converted);
      this.findingBytes.set(converted, Buffer.from(JSON.stringify(converted), 'utf8'));
    }
    return converted;
  }

  private convert(diagnostic: Diagnostic): RowDiagnostic {
    const result: RowDiagnostic = { code: diagnostic.code, severity: diagnostic.severity, message: diagnostic.message };
    const field = /^Missing value: (\S+?)(?: renders| \(strict)/.exec(diagnostic.message)?.[1];
    if (field !== undefined) result.column = this.setup.columns === undefined ? field : (columnOfField(this.setup.columns, field) ?? field);
    if (diagnostic.path !== undefined) result.path = diagnostic.path;
    return result;
  }
}

/** Makes a row renderer with the content package loaded in this thread. */
export async function createRowRenderer(setup: BulkSetup): Promise<RowRenderer> {
  const { content } = await import('../content.js');
  const api = await content('compileStandardResponse', 'validateSchema', 'validateJsonText', 'normalizeWhatsAppNumber');
  return new RowRenderer(api, setup);
}
