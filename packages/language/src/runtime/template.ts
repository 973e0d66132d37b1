/** A compiled template: static text and field-code closures, rendered many times. */
import { optionsOf, ownOptions } from '../options.js';
import type { Expression, FieldCodeNode, Span, TemplateNode } from '../ast.js';
import { createLineIndex, type LineIndex } from '../positions.js';
import { parse } from '../parser/index.js';
import type { DataDictionary, Diagnostic, RenderOptions, RenderResult, LanguageOptions } from '../types.js';
import { ExpressionCompiler, simplePathOf, type Evaluate, type SimplePath } from './compiler.js';
import { createFastRender, type FastRender } from './fast-render.js';
import { LimitSignal, OUTPUT_LIMIT, resolveLimits } from './limits.js';
import { isDataDescriptor } from './safety.js';
import { RenderState } from './state.js';

/** A template compiled once by `compile()` and rendered with `render(data, options)`. */
export interface Template {
  /** The template text as given. */
  readonly source: string;
  /** The syntax tree produced by the parser. */
  readonly ast: TemplateNode;
  /** Parse and compile diagnostics (`unknown-function`, `argument-count`, `denied-name`, …). */
  readonly diagnostics: readonly Diagnostic[];
  /** Renders the template for one set of data. Never throws. */
  render(data: unknown, options?: RenderOptions): RenderResult;
}

function dateFieldsOf(dictionary: DataDictionary | undefined): Set<string> {
  const fields = new Set<string>();
  const entries = dictionary?.fields;
  if (entries === undefined || entries === null || typeof entries !== 'object') return fields;
  for (const key of Object.keys(entries)) {
    const descriptor = Object.getOwnPropertyDescriptor(entries, key);
    const info = isDataDescriptor(descriptor) ? (descriptor.value as { type?: unknown } | undefined) : undefined;
    if (info && info.type === 'date-time') fields.add(key.toLowerCase());
  }
  return fields;
}

/**
 * A field code with a syntax error renders as empty (SPEC §2.2), even when the parser recovered
 * part of it: unclosed, containing an `Error` node, or overlapped by a syntax error.
 */
function isBroken(node: FieldCodeNode, diagnostics: readonly Diagnostic[]): boolean {
  if (node.close === null) return true;
  for (const d of diagnostics) {
    if (d.severity === 'error' && d.range.start.offset >= node.start && d.range.start.offset < node.end) return true;
  }
  const pending: Expression[] = node.expression ? [node.expression] : [];
  while (pending.length > 0) {
    const e = pending.pop() as Expression;
    switch (e.kind) {
      case 'Error':
        return true;
      case 'Paren':
        pending.push(e.expression);
        break;
      case 'Member':
        pending.push(e.object);
        break;
      case 'Call':
        pending.push(e.callee, ...e.args);
        break;
      case 'Unary':
        pending.push(e.operand);
        break;
      case 'Binary':
        pending.push(e.left, e.right);
        break;
      default:
        break;
    }
  }
  return false;
}

class CompiledTemplate implements Template {
  readonly source: string;
  readonly ast: TemplateNode;
  readonly diagnostics: readonly Diagnostic[];
  private readonly parts: Array<string | Evaluate>;
  private readonly spans: Span[];
  /** Output when the template has no field code that produces a value. */
  private readonly staticText: string | null;
  private readonly maxSteps: number;
  private readonly maxOutput: number;
  private lines: LineIndex | undefined;
  /** Render for the all-values-present case when every field code is a plain name path. */
  private readonly fast: FastRender | null;
  /** Steps the fast render stands for (one per field code, as in the general render). */
  private readonly fastSteps: number;
  /** Field codes that render (not emptied by a syntax or compile error); used by `analyze`. */
  readonly live = new Set<FieldCodeNode>();
  private readonly host = { lineIndex: (): LineIndex => this.lineIndex() };

  constructor(source: string, given: LanguageOptions | undefined) {
    const options = ownOptions(given);
    const text = typeof source === 'string' ? source : String(source ?? '');
    const parsed = parse(text, options);
    this.source = text;
    this.ast = parsed.ast;
    const limits = resolveLimits(options?.limits);
    this.maxSteps = limits.maxSteps;
    this.maxOutput = limits.maxOutputLength;
    const diagnostics = [...parsed.diagnostics];
    const dateFields = dateFieldsOf(options?.dataDictionary);
    const compiler = new ExpressionCompiler({
      lineIndex: () => this.lineIndex(),
      diagnostics,
      functions: options?.functions,
      dateFields,
      maxDepth: limits.maxDepth,
    });
    const fastParts: Array<string | SimplePath> = [];
    let simple = true;
    const parts: Array<string | Evaluate> = [];
    const spans: Span[] = [];
    for (const node of parsed.ast.body) {
      if (node.kind === 'Text') {
        const last = parts.length - 1;
        if (last >= 0 && typeof parts[last] === 'string') parts[last] += node.value;
        else {
          parts.push(node.value);
          spans.push(node);
        }
        fastParts.push(node.value);
      } else if (node.expression !== null && !isBroken(node, parsed.diagnostics)) {
        const before = diagnostics.length;
        const evaluate = compiler.compile(node.expression as Expression, false, 0);
        // A compile error (unknown function, argument count, denied name…) empties the whole field code.
        if (diagnostics.slice(before).some((d) => d.severity === 'error')) continue;
        parts.push(evaluate);
        spans.push(node);
        this.live.add(node);
        const path = simplePathOf(node.expression as Expression, dateFields);
        if (path === null) simple = false;
        else fastParts.push(path);
      }
    }
    this.parts = parts;
    this.spans = spans;
    this.staticText = parts.every((p) => typeof p === 'string') ? parts.join('') : null;
    this.fastSteps = parts.filter((p) => typeof p !== 'string').length;
    this.fast = simple && this.staticText === null ? createFastRender(fastParts) : null;
    this.diagnostics = Object.freeze(diagnostics);
  }

  lineIndex(): LineIndex {
    return (this.lines ??= createLineIndex(this.source));
  }

  /**
   * The output when the render is clean and quick (static text, or the fast render of plain name
   * paths, with no diagnostic at all), else undefined: then `render` gives the output and its
   * diagnostics. Saves the result objects of a render (a campaign renders per contact).
   */
  quick(data: unknown, given?: RenderOptions): string | undefined {
    if (this.diagnostics.length > 0) return undefined;
    if (this.staticText !== null) return this.staticText.length <= this.maxOutput ? this.staticText : undefined;
    if (this.fast === null || this.fastSteps > this.maxSteps || optionsOf(given).limits !== undefined) return undefined;
    return this.fast(data, this.maxSteps, this.maxOutput);
  }

  render(data: unknown, given?: RenderOptions): RenderResult {
    // Sealed options (a campaign's, reused for every contact) are read as they are, without a copy.
    const options = optionsOf(given);
    const compiled = this.diagnostics;
    if (this.staticText !== null && this.staticText.length <= this.maxOutput) {
      return { output: this.staticText, diagnostics: compiled.length === 0 ? [] : compiled.slice() };
    }
    let maxSteps = this.maxSteps;
    let maxOutput = this.maxOutput;
    if (options?.limits !== undefined) {
      const limits = resolveLimits({ maxSteps, maxOutputLength: maxOutput, ...options.limits });
      maxSteps = limits.maxSteps;
      maxOutput = limits.maxOutputLength;
    }
    if (this.fast !== null && this.fastSteps <= maxSteps) {
      const output = this.fast(data, maxSteps, maxOutput);
      if (output !== undefined) {
        return { output, diagnostics: compiled.length === 0 ? [] : compiled.slice() };
      }
    }
    const state = new RenderState(this.host, data, options, maxSteps, maxOutput);
    const parts = this.parts;
    let output = '';
    let index = 0;
    for (;;) {
      try {
        for (; index < parts.length; index++) {
          const part = parts[index] as string | Evaluate;
          let piece: string;
          if (typeof part === 'string') piece = part;
          else {
            const value = part(state);
            piece = value === null ? '' : typeof value === 'string' ? value : state.text(value);
          }
          // Checked before appending: a string past the engine's maximum length must never be built.
          if (output.length + piece.length > maxOutput) {
            output += piece.slice(0, maxOutput - output.length);
            throw OUTPUT_LIMIT;
          }
          output += piece;
        }
        break;
      } catch (error) {
        const span = this.spans[index] ?? { start: 0, end: 0 };
        if (error instanceof LimitSignal && error.code === 'output-too-large') {
          output = output.slice(0, maxOutput);
          state.report('output-too-large', 'error', `Rendered output exceeds the limit of ${maxOutput} characters; it is cut there.`, span);
          break;
        }
        if (error instanceof LimitSignal) {
          state.report('step-limit', 'error', `Rendering stopped after ${maxSteps} evaluation steps.`, span);
          break;
        }
        // A bug or a stack overflow in an exotic expression: report it, skip this field code, go on.
        state.report('internal-error', 'error', 'This field code could not be rendered.', span);
        index++;
      }
    }
    const produced = state.diagnostics;
    if (produced === null) return { output, diagnostics: compiled.length === 0 ? [] : compiled.slice() };
    return { output, diagnostics: compiled.length === 0 ? produced : [...compiled, ...produced] };
  }
}

/** Compiles `source` once into a reusable {@link Template}. Never throws. */
export function compileTemplate(source: string, options?: LanguageOptions): Template {
  return new CompiledTemplate(source, options);
}

/**
 * The output of `template.render(data, options)` when that render is clean and quick (no
 * diagnostic; static text or plain name paths with every value present), else undefined (then
 * call `render`). For hot loops: it builds no result object.
 */
export function quickRender(template: Template, data: unknown, options?: RenderOptions): string | undefined {
  return template instanceof CompiledTemplate ? template.quick(data, options) : undefined;
}

/** Field codes of a compiled template that render (internal, for `analyze`). */
export function liveFieldCodes(template: Template): ReadonlySet<FieldCodeNode> {
  return template instanceof CompiledTemplate ? template.live : new Set();
}
