/**
 * Public types of `@fieldcode/language`: positions, diagnostics, options and results.
 * These names are part of the product contract (SPEC §2.2); change them only additively.
 */

/** A point in a source text. `offset` is a 0-based UTF-16 index; `line` and `column` are 1-based (column counts UTF-16 units). */
export interface Position {
  offset: number;
  line: number;
  column: number;
}

/** A half-open range `[start, end)` in a source text. */
export interface Range {
  start: Position;
  end: Position;
}

export type Severity = 'error' | 'warning' | 'info';

/** A replacement of `range` by `text` that resolves a diagnostic. */
export interface Fix {
  range: Range;
  text: string;
}

/** An alternative change offered to the author (not applied by `--fix`). */
export interface Suggestion {
  message: string;
  /** The id of the wording in the reporting lint rule's `meta.messages` (absent outside the lint). */
  messageId?: string;
  fix: Fix;
}

/**
 * Every problem found while parsing, analysing or rendering. `code` is stable (documented in
 * docs/language.md); `path` is a JSON pointer, set by `@fieldcode/content` for diagnostics inside
 * structured bodies.
 */
export interface Diagnostic {
  code: string;
  severity: Severity;
  message: string;
  range: Range;
  path?: string;
  fix?: Fix;
  suggestions?: Suggestion[];
  /**
   * The facts the message is worded from, for tools that word it themselves (the lint rules word
   * theirs from `meta.messages`): `unknown-function` has `name`; `argument-count` has `name`,
   * `expected` (`1`, `2 to 3`), `count` and, for functions, `signature`;
   * `non-canonical-delimiter` has `open` and `close`.
   */
  data?: Readonly<Record<string, string | number>>;
}

/** Limits that stop runaway templates with a diagnostic instead of a crash or a hang. */
export interface Limits {
  /** Maximum template length in UTF-16 units (default 100 000). */
  maxTemplateLength: number;
  /** Maximum expression nesting depth (parentheses, calls, unary chains; default 64). */
  maxDepth: number;
  /** Maximum rendered output length in UTF-16 units (default 1 000 000). */
  maxOutputLength: number;
  /** Maximum evaluation steps for one render (default 100 000). */
  maxSteps: number;
}

/** How text lengths are counted by `analyze()` and the content limit rules. */
export type LengthUnit = 'code-points' | 'utf16' | 'graphemes' | 'utf8-bytes';

/** Type of a known data field. */
export type FieldType = 'string' | 'number' | 'boolean' | 'date-time' | 'object' | 'list';

/** What is known of one data field, e.g. `Contact.FirstName`. */
export interface FieldInfo {
  type?: FieldType;
  /** Longest value the field can hold (in the active length unit); bounds `analyze().length.max`. */
  maxLength?: number;
  description?: string;
}

/**
 * The data dictionary: known fields keyed by their full dotted path
 * (`Contact.FirstName`, `Variables.CustomProp_Date`, `Interaction.AttachedData.Language`).
 * `closedObjects` lists the objects whose fields are all known (`Contact`), so that any other
 * field of them is certainly unknown.
 */
export interface DataDictionary {
  fields: Record<string, FieldInfo>;
  closedObjects?: string[];
  /**
   * Set by a builder that stopped reading its schema at a size limit (`$ref`s fanning out): the
   * field path where it stopped. Such a dictionary is incomplete; the CLI refuses it.
   */
  truncatedAt?: string;
}

/** Values the evaluator works with. Date/Time values are `FieldDate` instances. */
export type Value = string | number | boolean | FieldDate | DataObject | DataList | null;
export interface DataObject {
  readonly [key: string]: unknown;
}
export type DataList = readonly unknown[];

/** A Date/Time value: an instant (milliseconds since the epoch, UTC). */
export class FieldDate {
  constructor(readonly epochMs: number) {}
}

/** Context handed to function implementations. */
export interface FunctionContext {
  /** Options of the current render, with defaults applied. */
  readonly timeZone: string;
  readonly locale: string;
  readonly now: number;
  /** Count one unit of work against `limits.maxSteps` (throws an internal limit signal when exceeded). */
  step(count?: number): void;
}

/** A field-code function: built in, extension, or supplied by the host through `options.functions`. */
export interface FunctionDefinition {
  /** Canonical spelling, e.g. `WeekdayName`. Lookup is case-insensitive. */
  name: string;
  /** Signature for docs and signature help, e.g. `Left(String, Number)`. */
  signature: string;
  description: string;
  minArgs: number;
  maxArgs: number;
  /** True for functions beyond the Genesys reference (flagged by the `genesys-compat` rule). */
  extension: boolean;
  /** Documented examples `[formula, output]` used by docs and tests. */
  examples?: ReadonlyArray<readonly [string, string]>;
  /** Receives evaluated arguments (functions with `lazy` are evaluated through `lazy` instead). */
  call(args: Value[], context: FunctionContext): Value;
  /**
   * Lazy arguments: the evaluator calls this instead of `call`, and an argument is evaluated only
   * when `argument(i)` asks for it (`If` evaluates one branch, `Default` its fallback only when
   * needed), so an unused branch costs nothing and reports nothing.
   */
  lazy?: (argument: (index: number) => Value, context: FunctionContext) => Value;
  /**
   * Arguments whose missing values are not missing uses (`If`'s condition, `Default`'s value, the
   * `Is*` tests): their indexes, or `'all'`. Read by the evaluator and the analysis.
   */
  guardsArguments?: readonly number[] | 'all';
}

/** Options shared by `parse`, `compile`, `analyze` and `render`. */
export interface LanguageOptions {
  limits?: Partial<Limits>;
  dataDictionary?: DataDictionary;
  /** Extra functions; a registry that inherits nothing. Keys are function names. */
  functions?: ReadonlyMap<string, FunctionDefinition>;
}

export interface ParseOptions extends LanguageOptions {}

export interface AnalyzeOptions extends LanguageOptions {
  /** Counting unit for `length` (default `code-points`). */
  lengthUnit?: LengthUnit;
}

export interface RenderOptions extends LanguageOptions {
  /** Missing values are errors (default false: empty output plus a `missing-value` warning). */
  strict?: boolean;
  /** IANA zone (`Europe/Paris`) or `GMT+hh.mm`; default UTC, or `Interaction.TimeZone` when set. */
  timeZone?: string;
  /** Locale for output and for `Num`/`Date` parsing: any locale `Intl` knows, `es_ES` or `es-ES`; default `en_US`. */
  locale?: string;
  /** Fixed clock for `Now()` and for placing two-digit years in `Date(String)` (ISO string, epoch ms or Date). */
  now?: string | number | Date;
}

/** Render data (SPEC §3). Only own properties of plain JSON values are read. */
export interface RenderData {
  Contact?: Record<string, unknown>;
  Agent?: Record<string, unknown>;
  Interaction?: Record<string, unknown>;
  Variables?: Record<string, unknown>;
  [key: string]: unknown;
}

export interface RenderResult {
  output: string;
  diagnostics: Diagnostic[];
}

export interface FieldCodeUse {
  /** Full dotted path, e.g. `Contact.FirstName`, `Variables.CustomProp_Date`, `Interaction.AttachedData.Language`. */
  path: string;
  range: Range;
  /** True when the use is an `If` guard condition or an `Is*()` test (never a missing use). */
  guarded: boolean;
}

export interface FunctionUse {
  name: string;
  range: Range;
  extension: boolean;
}

/**
 * A mistake in a format pattern written as a string literal (`x : "#,##0.0.0"`,
 * `Text(x, "dd/MM/yyyy")`), found by `analyze()` without rendering. It is also in the analysis
 * diagnostics as an `invalid-format-pattern` warning, worded as the render words it.
 */
export interface FormatPatternProblem {
  /** What the pattern was read as: by the formatted value's type when known, else by its letters. */
  kind: 'number' | 'duration' | 'date' | 'boolean';
  /** The mistake, without its position (`A number pattern has only one decimal point.`). */
  problem: string;
  /** Character of the pattern (1-based, UTF-16 units) where the mistake starts. */
  character: number;
  /** On the mistake's characters when the literal has no escapes, else on the whole literal. */
  range: Range;
}

export interface AnalyzeResult {
  fieldCodes: FieldCodeUse[];
  functions: FunctionUse[];
  /** Possible rendered length; `max` is null when unbounded. */
  length: { min: number; max: number | null };
  /** Mistakes in literal format patterns (each also an `invalid-format-pattern` diagnostic). */
  patternProblems: FormatPatternProblem[];
  diagnostics: Diagnostic[];
}
