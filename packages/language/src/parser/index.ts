/**
 * `parse(source, options)`: the tolerant field-code parser (SPEC §2.2). It never throws; every
 * syntax problem is a positioned diagnostic and broken field codes still appear in the AST.
 */
import { ownOptions } from '../options.js';
import type { TemplateNode } from '../ast.js';
import type { Diagnostic, ParseOptions } from '../types.js';
import { DiagnosticSink } from './diagnostics.js';
import { parseTemplate, type SyntaxLimits } from './template.js';

export { scanFieldCodes, type FieldCodeToken, type FieldCodeTokenKind } from './scan.js';

/** Result of {@link parse}. */
export interface ParseResult {
  ast: TemplateNode;
  diagnostics: Diagnostic[];
}

/** Default syntax limits (see `Limits` in types.ts). */
export const DEFAULT_SYNTAX_LIMITS: Readonly<SyntaxLimits> = Object.freeze({ maxTemplateLength: 100_000, maxDepth: 64 });

function syntaxLimits(options: ParseOptions | undefined): SyntaxLimits {
  const given = ownOptions(options?.limits);
  const pick = (value: unknown, fallback: number): number =>
    typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback;
  return {
    maxTemplateLength: pick(given?.maxTemplateLength, DEFAULT_SYNTAX_LIMITS.maxTemplateLength),
    maxDepth: pick(given?.maxDepth, DEFAULT_SYNTAX_LIMITS.maxDepth),
  };
}

/**
 * Runs `work` with V8 stack-trace capture off: chevrotain signals each syntax error with an
 * exception, and capturing their stacks would dominate the cost of parsing broken templates.
 */
function withoutStackTraces<T>(work: () => T): T {
  const errorClass = Error as { stackTraceLimit?: number };
  const saved = errorClass.stackTraceLimit;
  if (typeof saved !== 'number') return work();
  try {
    errorClass.stackTraceLimit = 0;
  } catch {
    return work();
  }
  try {
    return work();
  } finally {
    errorClass.stackTraceLimit = saved;
  }
}

/** The template text; anything else (from untyped callers) is read as its string form or as empty. */
function asText(source: unknown): string {
  if (typeof source === 'string') return source;
  try {
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- untyped callers: their own toString is the documented reading
    return source === null || source === undefined ? '' : String(source);
  } catch {
    return '';
  }
}

/**
 * Parses a field-code template into a {@link TemplateNode} plus syntax diagnostics.
 *
 * Tolerant: it recovers from errors and reports all of them with exact ranges, never throws
 * (any input, including non-strings, yields a result). A template longer than
 * `limits.maxTemplateLength` is not lexed: the result has an empty body and a
 * `template-too-large` diagnostic.
 */
export function parse(source: string, given?: ParseOptions): ParseResult {
  const options = ownOptions(given);
  const text = asText(source);
  const sink = new DiagnosticSink(text);
  try {
    const limits = syntaxLimits(options);
    if (text.length > limits.maxTemplateLength) {
      sink.add('template-too-large', 'error', `Template is ${text.length} characters long; the limit is ${limits.maxTemplateLength}`, 0, 0);
      return { ast: { kind: 'Template', body: [], start: 0, end: text.length }, diagnostics: sink.diagnostics };
    }
    const ast = withoutStackTraces(() => parseTemplate(text, limits, sink));
    // Token checks and grammar errors of one field code are found in two passes: report in source order.
    const diagnostics = sink.diagnostics.sort((a, b) => a.range.start.offset - b.range.start.offset);
    return { ast, diagnostics };
  } catch (error) {
    // Defensive: an internal failure becomes a diagnostic, never an exception.
    sink.add('internal-error', 'error', `The parser failed on this template: ${String(error)}`, 0, 0);
    return { ast: { kind: 'Template', body: [], start: 0, end: text.length }, diagnostics: sink.diagnostics };
  }
}
