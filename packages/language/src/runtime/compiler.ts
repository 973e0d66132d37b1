/**
 * Closure compiler: turns the AST of one template into nested JavaScript closures, once. No
 * source text is ever generated or evaluated. Compile-time problems (unknown functions, wrong
 * argument counts, denied names, excessive nesting) become diagnostics and the faulty part
 * yields no value.
 */
import { FieldDate, type Diagnostic, type FunctionDefinition, type Severity, type Value } from '../types.js';
import type { BinaryOperator, CallExpression, Expression, Identifier, Span } from '../ast.js';
import type { LineIndex } from '../positions.js';
import { lookupFunction, suggestFunction } from '../functions/registry.js';
import { LimitSignal, OUTPUT_LIMIT } from './limits.js';
import { OPERATORS } from '../parser/operators.js';
import { ownValue } from '../options.js';
import { FunctionError } from './errors.js';
import { ABSENT, isDeniedName, readIndex, readOwnExact, readOwnExactPlain, readProperty } from './safety.js';
import { parseDateString } from './date-parse.js';
import { defaultLocale } from './locales.js';
import type { RenderState } from './state.js';
import { fromData, toBoolean, toNumber } from './values.js';

export type Evaluate = (state: RenderState) => Value;

/** Canonical spelling of the built-in objects (case-insensitive in templates). */
export const objectNames: ReadonlyMap<string, string> = new Map([
  ['contact', 'Contact'],
  ['agent', 'Agent'],
  ['interaction', 'Interaction'],
  ['variables', 'Variables'],
]);

/** Slot of each top-level object in the per-render root cache. */
const ROOT_INDEX: ReadonlyMap<string, number> = new Map([
  ['contact', 0],
  ['agent', 1],
  ['interaction', 2],
  ['variables', 3],
]);

/** Functions whose arguments are tests: missing values there are not missing uses. */

/** Recursion cap for long operator chains (nesting of parentheses and calls uses `maxDepth`). */
const MAX_TREE_DEPTH = 1_000;

export interface CompileContext {
  lineIndex(): LineIndex;
  diagnostics: Diagnostic[];
  functions: ReadonlyMap<string, FunctionDefinition> | undefined;
  /** Lower-case dotted paths typed `date-time` (besides `interaction.datecreated`). */
  dateFields: ReadonlySet<string>;
  maxDepth: number;
  tooDeepReported?: boolean;
}

const nothing: Evaluate = () => null;

function report(cx: CompileContext, code: string, severity: Severity, message: string, span: Span, extra?: Partial<Diagnostic>): void {
  cx.diagnostics.push({ code, severity, message, range: cx.lineIndex().rangeAt(span.start, span.end), ...extra });
}

function constant(value: Value): Evaluate {
  return (s) => {
    s.step();
    return value;
  };
}

interface Segment {
  name: string;
  span: Span;
}

/** `Contact.EmailAddresses.Count` → root `Contact` + segments; null when the chain does not start at a name. */
function flatten(node: Expression): { root: Identifier; segments: Segment[] } | null {
  const segments: Segment[] = [];
  let current: Expression = node;
  while (current.kind === 'Member') {
    segments.push({ name: current.property, span: current.propertySpan });
    current = current.object;
  }
  if (current.kind !== 'Identifier') return null;
  segments.reverse();
  return { root: current, segments };
}

function toDate(value: Value, s: RenderState, path: string, span: Span): Value {
  if (typeof value === 'number') return new FieldDate(value);
  if (typeof value !== 'string') return value;
  const ms = parseDateString(value, defaultLocale, s.zone, s.now);
  if (ms === null) {
    s.report('invalid-date', 'warning', `${path} is typed Date/Time but its value is not an ISO 8601 date; it is used as text.`, span);
    return value;
  }
  return new FieldDate(ms);
}

/** Compiles a path of object/property names read from the render data. */
function compilePath(cx: CompileContext, root: Identifier, segments: Segment[], span: Span, guarded: boolean): Evaluate {
  const canonical = objectNames.get(root.name.toLowerCase());
  const keys: Segment[] = canonical
    ? [{ name: canonical, span: root }, ...segments]
    : [{ name: 'Variables', span: root }, { name: root.name, span: root }, ...segments];
  const path = keys.map((k) => k.name).join('.');
  for (const key of keys) {
    if (isDeniedName(key.name)) {
      report(cx, 'denied-name', 'error', `"${key.name}" is a reserved name and never resolves to data.`, key.span);
      return constant(null);
    }
  }
  const names = keys.map((k) => k.name);
  const lowerNames = names.map((n) => n.toLowerCase());
  const lowerPath = path.toLowerCase();
  const isDate = lowerPath === 'interaction.datecreated' || cx.dateFields.has(lowerPath);
  const fullName = isFullNamePath(lowerPath);
  /** A missing value, or for `Contact.FullName`/`Agent.FullName` the first and last names when the data has them. */
  const absent = (s: RenderState): Value =>
    fullName ? (nameFromParts(s, rootIndex, rootName) ?? s.missing(path, span, guarded)) : s.missing(path, span, guarded);
  const count = names.length;
  const rootIndex = ROOT_INDEX.get(lowerNames[0] as string) as number;
  const rootName = names[0] as string;
  const first = names[1];
  let lastText: unknown;
  let lastZone: unknown;
  let lastDate: Value = null;
  return (s) => {
    s.step();
    let current: unknown = s.root(rootIndex, rootName);
    if (current === ABSENT) return s.missing(path, span, guarded);
    let i = 1;
    // Fast path: the first property of a plain root object, exact spelling.
    if (first !== undefined && s.rootIsPlain(rootIndex)) {
      const exact = readOwnExactPlain(current as object, first);
      if (exact !== ABSENT) {
        current = exact;
        i = 2;
      }
    }
    for (; i < count; i++) {
      if (Array.isArray(current) && lowerNames[i] === 'count') {
        current = current.length;
        continue;
      }
      const exact = readOwnExact(current, names[i] as string);
      if (exact !== ABSENT) {
        current = exact;
        continue;
      }
      const read = readProperty(current, names[i] as string, s);
      if (read === undefined) return absent(s);
      if (read.caseMismatch) {
        const key = keys[i] as Segment;
        const range = s.rangeOf(key.span);
        (s.diagnostics ??= []).push({
          code: 'field-case',
          severity: 'warning',
          message: `"${key.name}" matches the field "${read.key}" only when case is ignored.`,
          range,
          fix: { range, text: read.key },
        });
      }
      current = read.value;
    }
    const value = fromData(current);
    if (value === null) return absent(s);
    s.chargeSize(value);
    if (!isDate) return value;
    // One-entry memo: the same ISO text in the same zone is the same instant.
    const zone = s.zone;
    if (value === lastText && zone === lastZone) return lastDate;
    const date = toDate(value, s, path, span);
    if (typeof value === 'string' && date instanceof FieldDate) {
      lastText = value;
      lastZone = zone;
      lastDate = date;
    }
    return date;
  };
}

/** `Contact.FullName` and `Agent.FullName`, which Genesys defines as the first and last names. */
function isFullNamePath(lowerPath: string): boolean {
  return lowerPath === 'contact.fullname' || lowerPath === 'agent.fullname';
}

/**
 * `FirstName LastName` of a top-level object, either alone when the other is missing or blank;
 * undefined when both are (then FullName is missing like any other field).
 */
function nameFromParts(s: RenderState, rootIndex: number, rootName: string): string | undefined {
  const root = s.root(rootIndex, rootName);
  if (root === ABSENT) return undefined;
  const names: string[] = [];
  for (const key of ['FirstName', 'LastName']) {
    let raw = readOwnExact(root, key);
    if (raw === ABSENT) raw = readProperty(root, key, s)?.value ?? ABSENT;
    if (raw === ABSENT) continue;
    const value = fromData(raw);
    if (typeof value !== 'string' && typeof value !== 'number') continue;
    const text = s.text(value).trim();
    if (text !== '') names.push(text);
  }
  if (names.length === 0) return undefined;
  const joined = names.join(' ');
  s.chargeText(joined.length);
  return joined;
}

/** A field code that is only a name path (`Contact.FirstName`, `CustomProp_Date`), resolved at compile time. */
export interface SimplePath {
  /** Slot of the top-level object (0 Contact, 1 Agent, 2 Interaction, 3 Variables). */
  rootIndex: number;
  /** Canonical spelling of the top-level object, e.g. `Contact`. */
  rootName: string;
  /** Property names below the top-level object, as written. */
  names: string[];
}

/**
 * The path of a field code that {@link compilePath} would compile to a plain data read, or null
 * (calls, operators, date-typed fields, denied names): such field codes may take the fast render.
 */
export function simplePathOf(node: Expression, dateFields: ReadonlySet<string>): SimplePath | null {
  const chain = node.kind === 'Identifier' ? { root: node, segments: [] } : node.kind === 'Member' ? flatten(node) : null;
  if (chain === null) return null;
  const canonical = objectNames.get(chain.root.name.toLowerCase());
  const names = canonical ? chain.segments.map((s) => s.name) : [chain.root.name, ...chain.segments.map((s) => s.name)];
  const rootName = canonical ?? 'Variables';
  if (names.length === 0 || isDeniedName(rootName) || names.some(isDeniedName)) return null;
  const lowerPath = [rootName, ...names].join('.').toLowerCase();
  if (lowerPath === 'interaction.datecreated' || dateFields.has(lowerPath) || isFullNamePath(lowerPath)) return null;
  return { rootIndex: ROOT_INDEX.get(rootName.toLowerCase()) as number, rootName, names };
}

function checkString(value: Value): Value {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value;
  return fromData(value);
}

export class ExpressionCompiler {
  constructor(private readonly cx: CompileContext) {}

  compile(node: Expression, guarded: boolean, depth: number, tree = 0): Evaluate {
    const cx = this.cx;
    if (depth > cx.maxDepth || tree > MAX_TREE_DEPTH) {
      if (!cx.tooDeepReported) {
        cx.tooDeepReported = true;
        const message =
          depth > cx.maxDepth
            ? `Expression nesting exceeds the limit of ${cx.maxDepth} levels.`
            : `Expression is too long: more than ${MAX_TREE_DEPTH} chained operators.`;
        report(cx, 'nesting-too-deep', 'error', message, node);
      }
      return nothing;
    }
    switch (node.kind) {
      case 'Number':
      case 'String':
      case 'Boolean':
        return constant(node.value);
      case 'Error':
        return nothing;
      case 'Paren':
        return this.compile(node.expression, guarded, depth + 1, tree + 1);
      case 'Identifier':
        return compilePath(cx, node, [], node, guarded);
      case 'Member': {
        const chain = flatten(node);
        if (chain) return compilePath(cx, chain.root, chain.segments, node, guarded);
        return this.memberOfValue(node.object, node.property, node.propertySpan, node, guarded, depth, tree);
      }
      case 'Call':
        return this.call(node, guarded, depth, tree);
      case 'Unary':
        return this.unary(node.operator, this.compile(node.operand, guarded, depth + 1, tree + 1), node);
      case 'Binary':
        return this.binary(node.operator, node.left, node.right, node, guarded, depth, tree);
    }
  }

  /** `expr.Property` where `expr` is not a plain name chain, e.g. `(Contact.EmailAddresses).Count`. */
  private memberOfValue(
    object: Expression,
    property: string,
    propertySpan: Span,
    span: Span,
    guarded: boolean,
    depth: number,
    tree: number,
  ): Evaluate {
    if (isDeniedName(property)) {
      report(this.cx, 'denied-name', 'error', `"${property}" is a reserved name and never resolves to data.`, propertySpan);
      return constant(null);
    }
    const base = this.compile(object, guarded, depth, tree + 1);
    const lower = property.toLowerCase();
    return (s) => {
      s.step();
      const value = base(s);
      if (value === null) return null;
      if (Array.isArray(value) && lower === 'count') return value.length;
      const read = readProperty(value, property, s);
      const result = read === undefined ? null : fromData(read.value);
      if (result === null) return s.missing(`(…).${property}`, span, guarded);
      s.chargeSize(result);
      return result;
    };
  }

  private call(node: CallExpression, guarded: boolean, depth: number, tree: number): Evaluate {
    const callee = node.callee;
    if (callee.kind === 'Member') return this.method(node, callee.object, callee.property, callee.propertySpan, guarded, depth, tree);
    const cx = this.cx;
    const name = callee.name;
    const definition = lookupFunction(name, cx.functions);
    const nested = depth + 1;
    if (definition === undefined) {
      for (const arg of node.args) this.compile(arg, guarded, nested, tree + 1);
      const suggestion = suggestFunction(name, cx.functions);
      const range = cx.lineIndex().rangeAt(callee.start, callee.end);
      report(
        cx,
        'unknown-function',
        'error',
        `Unknown function "${name}".`,
        callee,
        suggestion
          ? { data: { name }, suggestions: [{ message: `Change to ${suggestion}`, fix: { range, text: suggestion } }] }
          : { data: { name } },
      );
      return nothing;
    }
    const argc = node.args.length;
    if (argc < definition.minArgs || argc > definition.maxArgs) {
      for (const arg of node.args) this.compile(arg, guarded, nested, tree + 1);
      const expected =
        definition.minArgs === definition.maxArgs ? `${definition.minArgs}` : `${definition.minArgs} to ${definition.maxArgs}`;
      report(
        cx,
        'argument-count',
        'error',
        `${definition.name} takes ${expected} argument${expected === '1' ? '' : 's'}, not ${argc}: ${definition.signature}.`,
        node,
        { data: { name: definition.name, expected, count: argc, signature: definition.signature } },
      );
      return nothing;
    }
    const guards = definition.guardsArguments;
    const args = node.args.map((arg, i) =>
      this.compile(arg, guarded || guards === 'all' || (guards?.includes(i) ?? false), nested, tree + 1),
    );
    const lazy = definition.lazy;
    if (lazy !== undefined) {
      return (s) => {
        s.step();
        return lazy((i) => (args[i] as Evaluate)(s), s);
      };
    }
    return (s) => {
      s.step();
      const values: Value[] = new Array(argc);
      for (let i = 0; i < argc; i++) values[i] = (args[i] as Evaluate)(s);
      let result: Value;
      try {
        s.callSite = node;
        result = definition.call(values, s);
      } catch (error) {
        if (error instanceof LimitSignal) throw error;
        if (error instanceof FunctionError)
          s.report(error.code, error.severity, `${definition.name}: ${error.message}`, error.span ?? node);
        else s.report('function-error', 'error', `${definition.name} failed.`, node);
        return null;
      }
      if (typeof result === 'string') {
        if (result.length > s.maxOutput) throw OUTPUT_LIMIT;
        s.chargeText(result.length);
        return result;
      }
      return checkString(result);
    };
  }

  /** Properties with arguments: `Interaction.AttachedData("Key")`, `Contact.EmailAddresses.Exists("a@b.c")`. */
  private method(
    node: CallExpression,
    object: Expression,
    property: string,
    propertySpan: Span,
    guarded: boolean,
    depth: number,
    tree: number,
  ): Evaluate {
    const cx = this.cx;
    const lower = property.toLowerCase();
    const nested = depth + 1;
    if (lower !== 'attacheddata' && lower !== 'exists') {
      report(
        cx,
        'unknown-member',
        'error',
        `"${property}" does not take arguments (known: AttachedData("Key"), Exists(Value)).`,
        propertySpan,
      );
      return nothing;
    }
    if (node.args.length !== 1) {
      report(cx, 'argument-count', 'error', `${property} takes 1 argument, not ${node.args.length}.`, node, {
        data: { name: property, expected: '1', count: node.args.length },
      });
      return nothing;
    }
    const arg = node.args[0] as Expression;
    if (lower === 'attacheddata') {
      const chain = flatten(object);
      if (chain && arg.kind === 'String') {
        const segments = [...chain.segments, { name: property, span: propertySpan }, { name: arg.value, span: arg }];
        return compilePath(cx, chain.root, segments, node, guarded);
      }
      const base = chain
        ? compilePath(cx, chain.root, [...chain.segments, { name: property, span: propertySpan }], node, guarded)
        : nothing;
      const key = this.compile(arg, guarded, nested, tree + 1);
      return (s) => {
        s.step();
        const data = base(s);
        if (data === null) return null;
        // The key comes from the data: messages name the expression, never the key's value.
        const name = s.text(key(s));
        if (isDeniedName(name)) {
          s.report('denied-name', 'error', 'The computed AttachedData key is a reserved name and never resolves to data.', arg);
          return null;
        }
        const read = readProperty(data, name, s);
        const value = read === undefined ? null : fromData(read.value);
        if (value === null) return s.missing('AttachedData(computed key)', node, guarded);
        s.chargeSize(value);
        return value;
      };
    }
    const list = this.compile(object, guarded, nested, tree + 1);
    const wanted = this.compile(arg, guarded, nested, tree + 1);
    return (s) => {
      s.step();
      const items = list(s);
      const target = s.text(wanted(s)).toLowerCase();
      if (!Array.isArray(items)) return false;
      s.step(items.length);
      for (let i = 0; i < items.length; i++) {
        const item = readIndex(items, i);
        // Case folding is charged by length, like every other text operation.
        if (typeof item === 'string') {
          s.chargeText(item.length);
          if (item.toLowerCase() === target) return true;
        }
        if (item !== null && typeof item === 'object') {
          for (const key of ['Address', 'EmailAddress', 'Value']) {
            const read = readProperty(item, key, s);
            if (read === undefined || typeof read.value !== 'string') continue;
            s.chargeText(read.value.length);
            if (read.value.toLowerCase() === target) return true;
          }
        }
      }
      return false;
    };
  }

  private unary(operator: '-' | '+' | 'Not', operand: Evaluate, span: Span): Evaluate {
    if (operator === 'Not') {
      return (s) => {
        s.step();
        return !toBoolean(operand(s));
      };
    }
    const negate = operator === '-';
    return (s) => {
      s.step();
      const value = operand(s);
      if (value === null) return null;
      const n = toNumber(value);
      if (n === null) {
        s.report('type-mismatch', 'warning', `Unary ${operator} needs a number.`, span);
        return null;
      }
      return negate ? -n : n;
    };
  }

  private binary(
    operator: BinaryOperator,
    leftNode: Expression,
    rightNode: Expression,
    span: Span,
    guarded: boolean,
    depth: number,
    tree: number,
  ): Evaluate {
    // The operator table holds each operator's evaluator; an operator it lacks is the caller's
    // bug (a hand-built AST), never a silent default.
    const definition = ownValue(OPERATORS, operator);
    if (definition === undefined) throw new Error(`internal: '${String(operator)}' is not in the binary operator table`);
    const left = this.compile(leftNode, guarded, depth, tree + 1);
    const right = this.compile(rightNode, guarded, depth, tree + 1);
    return definition.evaluate(left, right, span);
  }
}
