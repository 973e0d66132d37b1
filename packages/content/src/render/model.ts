/**
 * The rendered message handed to channel modules by `CompiledResponse.render` (message/): the
 * structured body with every field code evaluated, `content` sorted by `index`, `{{n}}`
 * placeholders filled and parameters sorted, the notification parts from the one splitter, plus
 * the source pointer of every object so diagnostics point at the template they came from.
 * Objects that do not depend on the data are shared between renders and frozen.
 */
import type { Diagnostic, Range, Severity } from '@fieldcode/language';
import type { ContentType, LimitProfile } from '../types.js';

/** A JSON object of the rendered body. */
export type Item = Record<string, unknown>;

export interface RenderedMessage {
  contentType: ContentType;
  /** The rendered body (top-level fields such as `text`, `header`, `footer`, `button`). */
  body: Item;
  /** `body.content`, sorted by `index` (items without `index` keep their order, after indexed ones). */
  items: Item[];
  /** For a notification: the rendered items split into header, body, footer, buttons and others. */
  parts?: NotificationParts;
  /**
   * How the template's placeholders are written (the envelope's `parameterFormat`): with `named`,
   * each header and body parameter's `name` is the name of the placeholder it fills.
   */
  parameterFormat?: 'positional' | 'named';
  /** The envelope's template `category` (an AUTHENTICATION template sends its copy-code button as Meta's OTP button). */
  category?: 'MARKETING' | 'UTILITY' | 'AUTHENTICATION';
}

/** What channel modules and checks use to report problems. */
export interface RenderContext {
  profile: LimitProfile;
  /** Recipient (`options.to`, or `''`). */
  to: string;
  /** ISO 8601 time of the render (`options.now`, or the current time). */
  time: string;
  /** JSON pointer of a rendered object or string field in the source document. */
  pointerOf(target: Item, field?: string): string;
  /** Range covering the source template of a pointer (`[0, length)` of that string). */
  rangeOf(pointer: string): Range;
  report(code: string, severity: Severity, message: string, pointer: string): void;
  diagnostics: Diagnostic[];
  /**
   * `compute()` for a rendered object that does not depend on the data (a frozen object shared by
   * every render): computed at the first render for this channel and profile, then reused, its
   * diagnostics reported again each time; for any other object, computed on every call. The
   * result is frozen (it is shared by later payloads). `compute` may read only `target` (and what
   * it holds), the profile and what is fixed for the compiled response (such as the item's place
   * in the message), never the recipient, the time or other items. `tag` names the conversion
   * (a constant string).
   */
  once<T>(target: Item, tag: string, compute: () => T): T;
}

/**
 * A notification of the campaign shape (message/template-view.ts) without a rendered body: every
 * item but the body is static (shared, frozen), and so are the body's fields other than its text
 * and its parameters' values. Found once per compiled response.
 */
export interface RenderedTemplate {
  header?: Item;
  /** The body item's static fields (`text` and `parameters` left out). */
  body: Item;
  footer?: Item;
  buttons: Item[];
  others: Item[];
  /** The body's parameters in display order, their static fields only (`value` left out). */
  parameters: Item[];
  parameterFormat?: 'positional' | 'named';
  category?: 'MARKETING' | 'UTILITY' | 'AUTHENTICATION';
}

/** A channel: turns a rendered message into the payload its API expects. */
export interface ChannelModule {
  name: string;
  description: string;
  render(message: RenderedMessage, context: RenderContext): unknown;
  /**
   * The payload of a notification of the campaign shape, from the rendered values of the body's
   * parameters (`values[i]` is `template.parameters[i]`'s): channels that send templates build it
   * straight from the rendered texts, with no rendered body. Optional: without it, `render` gets
   * the rendered body. Must give what `render` gives for the same message.
   */
  renderTemplate?(template: RenderedTemplate, values: readonly string[], context: RenderContext): unknown;
}

/** Own string property of a rendered object, or undefined. */
export function str(item: unknown, key: string): string | undefined {
  if (typeof item !== 'object' || item === null || !Object.prototype.hasOwnProperty.call(item, key)) return undefined;
  const value = (item as Item)[key];
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}

/** Own object property of a rendered object, or undefined. */
export function obj(item: unknown, key: string): Item | undefined {
  if (typeof item !== 'object' || item === null || !Object.prototype.hasOwnProperty.call(item, key)) return undefined;
  const value = (item as Item)[key];
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Item) : undefined;
}

/** Own array property of a rendered object (objects only), or `[]`. */
export function list(item: unknown, key: string): Item[] {
  if (typeof item !== 'object' || item === null || !Object.prototype.hasOwnProperty.call(item, key)) return [];
  const value = (item as Item)[key];
  return Array.isArray(value)
    ? value.filter((entry): entry is Item => typeof entry === 'object' && entry !== null && !Array.isArray(entry))
    : [];
}

/** The parts of a notification (WhatsApp template) in display order, as the one splitter (message/parts.ts) finds them. */
export interface NotificationParts {
  /** A media item (`image`/`video`/`document`) or a `text` item placed before the body. */
  header?: Item;
  body?: Item;
  /** A `text` item after the body. */
  footer?: Item;
  buttons: Item[];
  /** Items that are none of the above (reported by the channel that cannot place them). */
  others: Item[];
}

/** Rendered parameter values of an item, in `index` order (already sorted by the engine). */
export function parameterValues(item: Item): Array<{ name: string; value: string }> {
  return list(item, 'parameters').map((parameter) => ({ name: str(parameter, 'name') ?? '', value: str(parameter, 'value') ?? '' }));
}
