/** Per-render state: data root, clock, zone, step counter and collected diagnostics. */
import { FieldDate, type Diagnostic, type FunctionContext, type Range, type RenderOptions, type Severity, type Value } from '../types.js';
import type { CallExpression, Span } from '../ast.js';
import type { LineIndex } from '../positions.js';
import { formatDateDefault } from './date-format.js';
import { defaultLocale, findLocale, type LocaleInfo } from './locales.js';
import { OUTPUT_LIMIT, STEP_LIMIT, TEXT_STEP_SHIFT } from './limits.js';
import { formatNumberDefault } from './numbers.js';
import { ABSENT, isPlainObject, readIndex, readOwnExact, readProperty } from './safety.js';
import { resolveZone, utcZone, type Zone } from './timezone.js';

/** What the state needs from the compiled template. */
export interface StateHost {
  lineIndex(): LineIndex;
}

const UNREAD = 0;
const PLAIN = 1;
const OTHER = 2;

const EMPTY_DATA: Readonly<Record<string, unknown>> = Object.freeze(Object.create(null) as Record<string, unknown>);

export class RenderState implements FunctionContext {
  steps = 0;
  diagnostics: Diagnostic[] | null = null;
  readonly data: Readonly<Record<string, unknown>>;
  readonly strict: boolean;
  /** The call being evaluated, set just before a function runs: lets `Text` position a pattern problem. */
  callSite: CallExpression | null = null;
  private zoneValue: Zone | undefined;
  private nowValue: number | undefined;
  private localeValue: LocaleInfo | undefined;
  private roots: unknown[] | undefined;

  constructor(
    private readonly host: StateHost,
    data: unknown,
    private readonly options: RenderOptions | undefined,
    readonly maxSteps: number,
    readonly maxOutput: number,
  ) {
    this.data = isPlainObject(data) ? data : EMPTY_DATA;
    this.strict = options?.strict === true;
  }

  /**
   * Value of the top-level object `name` (`Contact`, `Agent`, `Interaction`, `Variables`),
   * read once per render: exact key first, then ignoring case. {@link ABSENT} when absent.
   */
  root(index: number, name: string): unknown {
    // Slots 0–3 hold the values, 4–7 whether each was read and is a plain object.
    const cache = (this.roots ??= [ABSENT, ABSENT, ABSENT, ABSENT, UNREAD, UNREAD, UNREAD, UNREAD]);
    if (cache[index + 4] !== UNREAD) return cache[index];
    let value = readOwnExact(this.data, name);
    if (value === ABSENT) {
      const read = readProperty(this.data, name, this);
      if (read !== undefined) value = read.value;
    }
    cache[index] = value;
    cache[index + 4] = isPlainObject(value) ? PLAIN : OTHER;
    return value;
  }

  /** True when {@link root} found a plain object (so its properties can be read without re-checking). */
  rootIsPlain(index: number): boolean {
    return this.roots?.[index + 4] === PLAIN;
  }

  /** Effective zone: `timeZone` option, else `Interaction.TimeZone`, else UTC. */
  get zone(): Zone {
    if (this.zoneValue !== undefined) return this.zoneValue;
    let zone = utcZone;
    const option = this.options?.timeZone;
    // Exact spelling only: this runs on every render that prints a date, and must stay cheap.
    const interaction = option === undefined ? this.root(2, 'Interaction') : undefined;
    const fromData = interaction === undefined || interaction === ABSENT ? undefined : readOwnExact(interaction, 'TimeZone');
    const name = option ?? (typeof fromData === 'string' && fromData.trim() !== '' ? fromData : undefined);
    this.zoneValue = zone;
    if (name !== undefined) {
      const resolved = resolveZone(name);
      if (resolved === null) {
        // A zone from the data is named by its path, never quoted: diagnostics do not echo data.
        const message =
          option === undefined
            ? 'Unknown time zone in Interaction.TimeZone; UTC is used.'
            : `Unknown time zone "${name}" in the timeZone option; UTC is used.`;
        this.report('invalid-time-zone', 'warning', message, { start: 0, end: 0 });
      } else zone = resolved;
    }
    this.zoneValue = zone;
    return zone;
  }

  get timeZone(): string {
    return this.zone.name;
  }

  get localeInfo(): LocaleInfo {
    if (this.localeValue === undefined) {
      const id = this.options?.locale;
      const found = typeof id === 'string' ? findLocale(id) : undefined;
      this.localeValue = found ?? defaultLocale;
      if (id !== undefined && found === undefined) {
        this.report('unknown-locale', 'warning', 'Unknown locale in the locale option (write it as en_US or en-US); en_US is used.', {
          start: 0,
          end: 0,
        });
      }
    }
    return this.localeValue;
  }

  get locale(): string {
    return this.localeInfo.id;
  }

  get now(): number {
    if (this.nowValue === undefined) {
      const option = this.options?.now;
      let ms = NaN;
      if (typeof option === 'number') ms = option;
      else if (typeof option === 'string') ms = Date.parse(option);
      else if (option instanceof Date) ms = Date.prototype.getTime.call(option);
      this.nowValue = Number.isFinite(ms) ? ms : Date.now();
    }
    return this.nowValue;
  }

  step(count = 1): void {
    this.steps += count;
    if (this.steps > this.maxSteps) throw STEP_LIMIT;
  }

  /** Charges work on `length` characters of text: one step per 64 (see TEXT_STEP_SHIFT). */
  chargeText(length: number): void {
    if (length >= 1 << TEXT_STEP_SHIFT) this.step(length >> TEXT_STEP_SHIFT);
  }

  /**
   * Charges a value read from data by its size: a string per 64 characters, a list one step per
   * item. Every later operation on the value (comparing, case folding, parsing a number or a
   * date) is linear in that size, so each read pays for what can be done with it.
   */
  chargeSize(value: Value): void {
    if (typeof value === 'string') this.chargeText(value.length);
    else if (Array.isArray(value)) this.step(value.length);
  }

  rangeOf(span: Span): Range {
    return this.host.lineIndex().rangeAt(span.start, span.end);
  }

  report(code: string, severity: Severity, message: string, span: Span): void {
    const diagnostic: Diagnostic = { code, severity, message, range: this.rangeOf(span) };
    (this.diagnostics ??= []).push(diagnostic);
  }

  /** Records a missing field (unless guarded) and yields the missing value. */
  missing(path: string, span: Span, guarded: boolean): null {
    if (!guarded) {
      if (this.strict) this.report('missing-value', 'error', `Missing value: ${path} (strict mode).`, span);
      else this.report('missing-value', 'warning', `Missing value: ${path} renders as empty text.`, span);
    }
    return null;
  }

  /** Default text of a value (numbers without fraction digits, dates `yyyy-MM-dd HH:mm:ss`). */
  text(value: Value): string {
    switch (typeof value) {
      case 'string':
        return value;
      case 'number':
        return Number.isFinite(value) ? formatNumberDefault(value) : '';
      case 'boolean':
        return value ? 'True' : 'False';
      default:
        if (value === null) return '';
        if (value instanceof FieldDate) return formatDateDefault(value.epochMs, this.zone);
        if (Array.isArray(value)) {
          const parts: string[] = [];
          const list = value as readonly unknown[];
          // One step per item, charged before the loop: a sparse list of 2³²−1 items stops here.
          this.step(list.length);
          let size = 0;
          for (let i = 0; i < list.length; i++) {
            const item = readIndex(list, i);
            if (typeof item === 'string' || typeof item === 'number' || typeof item === 'boolean') {
              const part = this.text(item);
              size += part.length + 2;
              if (size > this.maxOutput) throw OUTPUT_LIMIT;
              parts.push(part);
            }
          }
          this.chargeText(size);
          return parts.join(', ');
        }
        return '';
    }
  }
}
