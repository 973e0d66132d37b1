/**
 * `analyze()`: field-code inventory, function uses, possible rendered length and diagnostics
 * (syntax, compile, `unknown-field`), without rendering.
 */
import { ownOptions } from '../options.js';
import type { Expression, TemplateNode } from '../ast.js';
import { catalogEntry, objectCatalog } from '../catalog.js';
import { builtinFunctions, lookupFunction } from '../functions/registry.js';
import { measureLength } from '../length.js';
import { OPERATORS } from '../parser/operators.js';
import { createLineIndex, type LineIndex } from '../positions.js';
import { patternProblemMessage, patternProblemSpan, patternSiteOf, staticPatternProblem, type StaticValueType } from '../runtime/format.js';
import { isDataDescriptor } from '../runtime/safety.js';
import { compileTemplate, liveFieldCodes } from '../runtime/template.js';
import type {
  AnalyzeOptions,
  AnalyzeResult,
  DataDictionary,
  Diagnostic,
  FieldCodeUse,
  FieldInfo,
  FormatPatternProblem,
  FunctionUse,
  LengthUnit,
} from '../types.js';
import { pathOf } from './paths.js';

interface Bounds {
  min: number;
  max: number | null;
}

const UNBOUNDED: Bounds = { min: 0, max: null };

/** Dictionary lookup by full path: exact, then ignoring case. */
function dictionaryField(dictionary: DataDictionary | undefined, path: string): FieldInfo | undefined {
  const fields = dictionary?.fields;
  if (fields === undefined || fields === null || typeof fields !== 'object') return undefined;
  const exact = Object.getOwnPropertyDescriptor(fields, path);
  if (isDataDescriptor(exact)) return exact.value as FieldInfo;
  const lower = path.toLowerCase();
  for (const key of Object.keys(fields)) {
    if (key.toLowerCase() !== lower) continue;
    const found = Object.getOwnPropertyDescriptor(fields, key);
    return isDataDescriptor(found) ? (found.value as FieldInfo | undefined) : undefined;
  }
  return undefined;
}

/** Built-in functions whose result always has one type (or is missing). */
const CALL_TYPES: ReadonlyMap<string, StaticValueType> = new Map([
  ['date', 'date'],
  ['now', 'date'],
  ['isboolean', 'boolean'],
  ['isdatetime', 'boolean'],
  ['isnumber', 'boolean'],
  ['isstring', 'boolean'],
  ['isam', 'boolean'],
  ['ispm', 'boolean'],
  ['contains', 'boolean'],
  ['startswith', 'boolean'],
  ['endswith', 'boolean'],
]);

class Analyzer {
  readonly fieldCodes: FieldCodeUse[] = [];
  readonly functions: FunctionUse[] = [];
  readonly patternProblems: FormatPatternProblem[] = [];
  readonly diagnostics: Diagnostic[] = [];
  private readonly lines: LineIndex;

  constructor(
    private readonly source: string,
    private readonly options: AnalyzeOptions | undefined,
    private readonly unit: LengthUnit,
  ) {
    this.lines = createLineIndex(source);
  }

  /** Records uses in `node` and returns its possible output length. */
  visit(node: Expression, guarded: boolean): Bounds {
    const path = pathOf(node);
    if (path !== null) {
      this.use(path, node, guarded);
      if (node.kind === 'Call') for (const arg of node.args) this.visit(arg, guarded);
      return this.pathBounds(path);
    }
    switch (node.kind) {
      case 'String':
        return this.exact(measureLength(node.value, this.unit));
      case 'Number':
      case 'Boolean':
        return this.constant(node);
      case 'Paren':
        return this.visit(node.expression, guarded);
      case 'Member': {
        this.visit(node.object, guarded);
        return UNBOUNDED;
      }
      case 'Unary': {
        const inner = this.visit(node.operand, guarded);
        return this.isConstant(node)
          ? this.constant(node)
          : node.operator === 'Not'
            ? { min: 4, max: 5 }
            : { min: 0, max: inner.max === null ? null : inner.max + 1 };
      }
      case 'Binary': {
        if (node.operator === ':') this.checkPattern(node.left, node.right);
        const left = this.visit(node.left, guarded);
        const right = this.visit(node.right, guarded);
        if (this.isConstant(node)) return this.constant(node);
        const kind = OPERATORS[node.operator].kind;
        // Comparisons and logical operators yield a boolean: "true" or "false".
        if (kind === 'comparison' || kind === 'logical') return { min: 4, max: 5 };
        if (node.operator === '+' && (node.left.kind === 'String' || node.right.kind === 'String')) {
          return { min: left.min + right.min, max: left.max === null || right.max === null ? null : left.max + right.max };
        }
        return UNBOUNDED;
      }
      case 'Call':
        return this.call(node, guarded);
      default:
        return { min: 0, max: 0 };
    }
  }

  private call(node: Extract<Expression, { kind: 'Call' }>, guarded: boolean): Bounds {
    const callee = node.callee;
    if (callee.kind === 'Member') {
      this.visit(callee.object, guarded);
      for (const arg of node.args) this.visit(arg, guarded);
      return UNBOUNDED;
    }
    const definition = lookupFunction(callee.name, this.options?.functions);
    const lower = definition?.name.toLowerCase();
    if (definition !== undefined && definition === builtinFunctions.get('text') && node.args.length === 2) {
      this.checkPattern(node.args[0]!, node.args[1]!);
    }
    this.functions.push({
      name: definition?.name ?? callee.name,
      range: this.lines.rangeAt(callee.start, callee.end),
      extension: definition?.extension ?? false,
    });
    const args = node.args.map((arg, i) => {
      const guards = definition?.guardsArguments;
      const argGuarded = guarded || guards === 'all' || (guards?.includes(i) ?? false);
      return this.visit(arg, argGuarded);
    });
    if (definition === undefined) return UNBOUNDED;
    if (this.isConstant(node)) return this.constant(node);
    const max = (...bounds: Array<Bounds | undefined>): number | null => {
      let result = 0;
      for (const b of bounds) {
        if (b === undefined || b.max === null) return null;
        result = Math.max(result, b.max);
      }
      return result;
    };
    const literal = (i: number): number | null => {
      const arg = node.args[i];
      return arg !== undefined && arg.kind === 'Number' ? Math.max(0, Math.trunc(arg.value)) : null;
    };
    switch (lower) {
      case 'if':
        return { min: Math.min(args[1]?.min ?? 0, args[2]?.min ?? 0), max: max(args[1], args[2]) };
      case 'default':
        return { min: Math.min(args[0]?.min || (args[1]?.min ?? 0), args[1]?.min ?? 0), max: max(args[0], args[1]) };
      case 'upper':
      case 'lower':
      case 'trim':
        return { min: 0, max: args[0]?.max ?? null };
      case 'left':
      case 'right': {
        const n = literal(1);
        const whole = args[0]?.max ?? null;
        return { min: 0, max: n === null ? whole : whole === null ? n : Math.min(n, whole) };
      }
      case 'mid':
        return { min: 0, max: literal(2) ?? args[0]?.max ?? null };
      case 'isboolean':
      case 'isdatetime':
      case 'isnumber':
      case 'isstring':
      case 'isam':
      case 'ispm':
      case 'bool':
      case 'contains':
      case 'startswith':
      case 'endswith':
        return { min: 4, max: 5 };
      case 'day':
      case 'hour12':
      case 'hour24':
      case 'month':
      case 'minute':
      case 'second':
        return { min: 0, max: 2 };
      case 'year':
        return { min: 0, max: 4 };
      case 'weekdayname':
        return { min: 0, max: 10 };
      case 'monthname':
        return { min: 0, max: 9 };
      case 'date':
      case 'now':
        return { min: 0, max: 19 };
      case 'type':
        return { min: 0, max: 8 };
      default:
        return UNBOUNDED;
    }
  }

  /** `invalid-format-pattern` for a string-literal pattern with a mistake (see `staticPatternProblem`). */
  private checkPattern(value: Expression, pattern: Expression): void {
    if (pattern.kind !== 'String') return;
    const found = staticPatternProblem(pattern.value, this.valueType(value));
    if (found === undefined) return;
    const span = patternProblemSpan(patternSiteOf(pattern), found.problem);
    const range = this.lines.rangeAt(span.start, span.end);
    this.patternProblems.push({ kind: found.kind, problem: found.problem.problem, character: found.problem.offset + 1, range });
    this.diagnostics.push({ code: 'invalid-format-pattern', severity: 'warning', message: patternProblemMessage(found.problem), range });
  }

  /** The type an expression certainly has, or 'unknown' (data without a declared type, mixed operands). */
  private valueType(node: Expression): StaticValueType {
    const path = pathOf(node);
    if (path !== null) {
      const type = dictionaryField(this.options?.dataDictionary, path)?.type ?? (catalogEntry(path) as { type?: string } | undefined)?.type;
      return type === 'number' ? 'number' : type === 'date-time' ? 'date' : type === 'boolean' ? 'boolean' : 'unknown';
    }
    switch (node.kind) {
      case 'Number':
        return 'number';
      case 'Boolean':
        return 'boolean';
      case 'Paren':
        return this.valueType(node.expression);
      case 'Unary':
        if (node.operator === 'Not') return 'boolean';
        return this.valueType(node.operand) === 'number' ? 'number' : 'unknown';
      case 'Binary': {
        const kind = OPERATORS[node.operator].kind;
        if (kind === 'comparison' || kind === 'logical') return 'boolean';
        // Numbers only: Date ± Number is a date, and `+` also joins text.
        if (kind === 'arithmetic' || kind === 'additive') {
          return this.valueType(node.left) === 'number' && this.valueType(node.right) === 'number' ? 'number' : 'unknown';
        }
        return 'unknown';
      }
      case 'Call': {
        if (node.callee.kind !== 'Identifier') return 'unknown';
        // A project function may take a built-in's name: only the built-in's type is known.
        const lower = node.callee.name.toLowerCase();
        const definition = lookupFunction(node.callee.name, this.options?.functions);
        if (definition === undefined || definition !== builtinFunctions.get(lower)) return 'unknown';
        return CALL_TYPES.get(lower) ?? 'unknown';
      }
      default:
        return 'unknown';
    }
  }

  private exact(n: number): Bounds {
    return { min: n, max: n };
  }

  /** True when the expression reads no data and no clock, so its output is known now. */
  private isConstant(node: Expression): boolean {
    switch (node.kind) {
      case 'Number':
      case 'String':
      case 'Boolean':
        return true;
      case 'Paren':
        return this.isConstant(node.expression);
      case 'Unary':
        return this.isConstant(node.operand);
      case 'Binary':
        return this.isConstant(node.left) && this.isConstant(node.right);
      case 'Call':
        if (node.callee.kind !== 'Identifier') return false;
        if (node.callee.name.toLowerCase() === 'now' || lookupFunction(node.callee.name, this.options?.functions) === undefined)
          return false;
        return node.args.every((arg) => this.isConstant(arg));
      default:
        return false;
    }
  }

  /** Length of a constant expression, by rendering it alone (UTC, en_US). */
  private constant(node: Expression): Bounds {
    const text = this.source.slice(node.start, node.end);
    const result = compileTemplate(`<$${text}$>`, { functions: this.options?.functions }).render({});
    if (result.diagnostics.length > 0) return UNBOUNDED;
    return this.exact(measureLength(result.output, this.unit));
  }

  private pathBounds(path: string): Bounds {
    const info = dictionaryField(this.options?.dataDictionary, path);
    const type = info?.type ?? (catalogEntry(path) as { type?: string } | undefined)?.type;
    if (type === 'date-time') return { min: 0, max: 19 };
    if (type === 'boolean') return { min: 0, max: 5 };
    if (info?.maxLength !== undefined && Number.isFinite(info.maxLength)) return { min: 0, max: Math.max(0, info.maxLength) };
    return UNBOUNDED;
  }

  private use(path: string, node: Expression, guarded: boolean): void {
    const range = this.lines.rangeAt(node.start, node.end);
    this.fieldCodes.push({ path, range, guarded });
    this.checkKnown(path, range);
  }

  /** `unknown-field`: closed objects (Agent, Interaction, dictionary `closedObjects`) or any path absent from a given dictionary. */
  private checkKnown(path: string, range: FieldCodeUse['range']): void {
    const segments = path.split('.');
    const objectKey = (segments[0] ?? '').toLowerCase();
    if (segments.length < 2) return;
    if (objectKey === 'interaction' && segments[1]?.toLowerCase() === 'attacheddata' && segments.length === 2) return;
    const dictionary = this.options?.dataDictionary;
    if (catalogEntry(path) !== undefined || dictionaryField(dictionary, path) !== undefined) return;
    if (objectKey === 'contact' && segments[1]?.toLowerCase() === 'emailaddresses') return;
    const closedByDictionary = (dictionary?.closedObjects ?? []).some((name) => name.toLowerCase() === objectKey);
    const closedByCatalog =
      objectCatalog.get(objectKey)?.closed === true && !(objectKey === 'interaction' && segments[1]?.toLowerCase() === 'attacheddata');
    const known = dictionary !== undefined && Object.keys(dictionary.fields ?? {}).length > 0;
    if (!closedByDictionary && !closedByCatalog && !known) return;
    this.diagnostics.push({
      code: 'unknown-field',
      severity: 'warning',
      message: closedByDictionary || closedByCatalog ? `Unknown field '${path}'.` : `'${path}' is not in the data dictionary.`,
      range,
    });
  }
}

/** Implementation of `analyze()`. */
export function analyzeTemplate(source: string, given?: AnalyzeOptions): AnalyzeResult {
  const options = ownOptions(given);
  const text = typeof source === 'string' ? source : String(source ?? '');
  const template = compileTemplate(text, options);
  const unit = options?.lengthUnit ?? 'code-points';
  const analyzer = new Analyzer(text, options, unit);
  const ast: TemplateNode = template.ast;
  const live = liveFieldCodes(template);
  let min = 0;
  let max: number | null = 0;
  for (const node of ast.body) {
    if (node.kind === 'Text') {
      const n = measureLength(node.value, unit);
      min += n;
      if (max !== null) max += n;
    } else if (node.expression !== null) {
      const bounds = analyzer.visit(node.expression, false);
      // Field codes emptied by an error still list their uses but add no length.
      if (!live.has(node)) continue;
      min += bounds.min;
      max = max === null || bounds.max === null ? null : max + bounds.max;
    }
  }
  return {
    fieldCodes: analyzer.fieldCodes,
    functions: analyzer.functions,
    length: { min, max },
    patternProblems: analyzer.patternProblems,
    diagnostics: [...template.diagnostics, ...analyzer.diagnostics],
  };
}
