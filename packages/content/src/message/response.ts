/**
 * A compiled standard response: the typed model plus the render trees. `render(data, options)`
 * evaluates only what depends on the data, re-checks the profile's limits on the result and hands
 * the rendered message to the channel module.
 */
import {
  findLocale,
  measureLength,
  ownOptions,
  type Diagnostic,
  type Range,
  type RenderData,
  type RenderOptions,
  type Severity,
} from '@fieldcode/language';
import type { ContentType, LimitProfile, RenderStandardResponseOptions, RenderStandardResponseResult } from '../types.js';
import { lengthUnitName, resolveProfile } from '../profiles/index.js';
import { startRange, TextPositions } from '../esp/text-position.js';
import { channels } from '../render/channels/index.js';
import type { Item, NotificationParts, RenderContext, RenderedMessage } from '../render/model.js';
import { limitChecks, type LimitCheck, type ModelParameter, type ModelPart, type ResponseModel } from './model.js';
import { splitNotification, type NotificationSplit } from './parts.js';
import type { CompiledText } from './text.js';
import { nodeOf, renderNode, type RenderNode, type RenderRun } from './tree.js';

/** Options of {@link CompiledResponse.render} (the `renderStandardResponse` options). */
export type RenderResponseOptions = Omit<RenderStandardResponseOptions, 'dataDictionary'> &
  Pick<RenderStandardResponseOptions, 'dataDictionary'>;

/** What {@link CompiledResponse.renderModel} returns: the render result plus the rendered model. */
export interface RenderedModel extends RenderStandardResponseResult {
  /** The model that was rendered. */
  model: ResponseModel;
  /** The rendered string of a text of that model (placeholders filled where the payload fills them). */
  text(text: CompiledText | undefined): string | undefined;
}

interface Compiled {
  tree: RenderNode;
  model: ResponseModel;
  /** The notification split of the rendered items (computed at the first render). */
  split?: NotificationSplit;
}

export interface CompiledResponseParts {
  structured: Compiled | undefined;
  plain: Compiled | undefined;
  sampleData: RenderData | undefined;
  profile: string | undefined;
  texts: readonly CompiledText[];
  slots: number;
  slotOf: ReadonlyMap<string, number>;
  strings: ReadonlyMap<string, string>;
  staticPointers: WeakMap<object, string>;
  /** Whole-string ranges of pointers reported so far. */
  ranges: Map<string, Range>;
}

/** Length findings of texts that do not depend on the data, computed once per profile. */
interface ProfileChecks {
  fixed: Diagnostic[];
  dynamic: LimitCheck[];
  whitespace: Array<{ parameter: ModelParameter; where: string }>;
}

function isObject(value: unknown): value is Item {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(item: unknown, key: string): string | undefined {
  if (!isObject(item) || !Object.prototype.hasOwnProperty.call(item, key)) return undefined;
  const value = item[key];
  return typeof value === 'string' ? value : undefined;
}

export class CompiledResponse {
  /** The message model: the structured body's, else the plain text's. */
  readonly model: ResponseModel;
  /** The model of the envelope's `plainText` (with `attachments`), when there is one. */
  readonly plain: ResponseModel | undefined;
  /** The envelope's `sampleData` (used when `render` gets no data). */
  readonly sampleData: RenderData | undefined;
  /** The envelope's `profile` name (used when `render` gets none). */
  readonly profile: string | undefined;
  /** Every template text, in document order. */
  readonly texts: readonly CompiledText[];
  private readonly parts: CompiledResponseParts;
  private byPointer: Map<string, CompiledText> | undefined;
  private readonly checks = new Map<LimitProfile, Map<ResponseModel, ProfileChecks>>();

  constructor(parts: CompiledResponseParts) {
    this.parts = parts;
    this.model = (parts.structured ?? parts.plain)!.model;
    this.plain = parts.plain?.model;
    this.sampleData = parts.sampleData;
    this.profile = parts.profile;
    this.texts = parts.texts;
  }

  /** The compiled text at a JSON pointer, if that string is a template. */
  textAt(pointer: string): CompiledText | undefined {
    this.byPointer ??= new Map(this.texts.map((text) => [text.pointer, text]));
    return this.byPointer.get(pointer);
  }

  /**
   * Renders the response for one contact and converts it to a channel payload (docs/channels.md).
   * `data` null/undefined uses the envelope's `sampleData`. Never throws.
   */
  render(data: RenderData | null | undefined, options: RenderResponseOptions = {}): RenderStandardResponseResult {
    try {
      return this.renderUnsafe(data, ownOptions(options)).result;
    } catch (error) {
      return fail('render-internal', `Rendering failed: ${String(error)}`);
    }
  }

  /**
   * Renders like {@link render} and also returns the rendered model: the model that was rendered
   * (the structured body's, or the plain text's for the `text` channel) and the rendered string of
   * each of its texts, so a preview shows and counts exactly what the payload carries.
   */
  renderModel(data: RenderData | null | undefined, options: RenderResponseOptions = {}): RenderedModel {
    try {
      const { result, run, source } = this.renderUnsafe(data, ownOptions(options));
      const model = source?.model ?? this.model;
      return {
        ...result,
        model,
        text: (text) => (text === undefined ? undefined : run === undefined ? (text.constant ?? text.source) : this.rendered(text, run)),
      };
    } catch (error) {
      return {
        ...fail('render-internal', `Rendering failed: ${String(error)}`),
        model: this.model,
        text: (text) => text?.constant ?? text?.source,
      };
    }
  }

  private renderUnsafe(
    data: RenderData | null | undefined,
    options: RenderResponseOptions,
  ): { result: RenderStandardResponseResult; run?: RenderRun; source?: Compiled } {
    const channelName = options.channel ?? 'genesys';
    const channel = channels.get(channelName);
    if (channel === undefined)
      return failed('render-channel', `Unknown channel ${JSON.stringify(channelName)}; expected one of ${[...channels.keys()].join(', ')}`);
    const { structured, plain } = this.parts;
    // The plain channel prefers the envelope's plain-text body when there is one.
    const source = plain !== undefined && (structured === undefined || channelName === 'text') ? plain : structured!;
    const profileInput = options.profile ?? this.profile;
    const profile = resolveProfile(profileInput);
    if (profile === undefined) return failed('render-profile', `Unknown limit profile ${JSON.stringify(profileInput)}`);

    const locale = renderLocale(options, source.model);
    let language: RenderOptions | undefined;
    if (
      options.strict !== undefined ||
      options.now !== undefined ||
      options.timeZone !== undefined ||
      locale !== undefined ||
      options.dataDictionary !== undefined
    ) {
      language = {};
      if (options.strict !== undefined) language.strict = options.strict;
      if (options.now !== undefined) language.now = options.now;
      if (options.timeZone !== undefined) language.timeZone = options.timeZone;
      if (locale !== undefined) language.locale = locale;
      if (options.dataDictionary !== undefined) language.dataDictionary = options.dataDictionary;
    }
    const run: RenderRun = {
      data: data ?? this.sampleData ?? {},
      options: language,
      strict: options.strict === true,
      diagnostics: [],
      outputs: new Array<string>(this.parts.slots),
    };
    const body = renderNode(source.tree, run) as Item;
    const context = this.context(source, body, run.diagnostics, profile, options);
    const model = source.model;
    if (model.contentType === undefined) {
      context.report(
        'render-input',
        'error',
        `Unknown contentType ${JSON.stringify(model.declaredContentType)}; expected one of notification, quick-replies, generic, single-selection-list, reply-buttons, text`,
        `${model.pointer}/contentType`,
      );
      return { result: { output: null, diagnostics: run.diagnostics, ok: false }, run, source };
    }
    const content = body['content'];
    const items: Item[] = Array.isArray(content) ? content.filter(isObject) : [];
    const message: RenderedMessage = { contentType: model.contentType, body, items, parameterFormat: model.parameterFormat };
    if (model.contentType === 'notification') message.parts = this.notificationParts(source, items);
    this.recheck(source, profile, run, context);
    const output = channel.render(message, context);
    return { result: { output, diagnostics: run.diagnostics, ok: !run.diagnostics.some((d) => d.severity === 'error') }, run, source };
  }

  /**
   * The rendered string of one text (placeholders filled as in the payload), or undefined when
   * `pointer` names no text of the structured body. Used by the lint's "also after rendering" checks.
   */
  renderedText(
    pointer: string,
    data: RenderData | null | undefined,
    options: Pick<RenderResponseOptions, 'strict' | 'now' | 'timeZone' | 'locale'> = {},
  ): string | undefined {
    const text = this.textAt(pointer);
    const source = this.parts.structured ?? this.parts.plain;
    if (text === undefined || source === undefined) return undefined;
    const locale = renderLocale(options, source.model);
    const run: RenderRun = {
      data: data ?? this.sampleData ?? {},
      options: locale === undefined ? { ...options } : { ...options, locale },
      strict: options.strict === true,
      diagnostics: [],
      outputs: new Array<string>(this.parts.slots),
    };
    renderNode(source.tree, run);
    return this.rendered(text, run);
  }

  /**
   * The rendered items split by the one splitter. Types are enumerations, so the split is the same
   * for every contact: it is computed once per compiled body and applied to the rendered items.
   */
  private notificationParts(source: Compiled, items: Item[]): NotificationParts {
    const split = (source.split ??= splitNotification(items.map((item) => str(item, 'type'))));
    const at = (position: number | undefined) => (position === undefined ? undefined : items[position]);
    const parts: NotificationParts = { buttons: split.buttons.map((p) => items[p]!), others: split.others.map((p) => items[p]!) };
    const header = at(split.header);
    const body = at(split.body);
    const footer = at(split.footer);
    if (header !== undefined) parts.header = header;
    if (body !== undefined) parts.body = body;
    if (footer !== undefined) parts.footer = footer;
    return parts;
  }

  /** The rendered string of a text in this run. */
  private rendered(text: CompiledText, run: RenderRun): string {
    const slot = this.parts.slotOf.get(text.pointer);
    if (slot !== undefined && run.outputs[slot] !== undefined) return run.outputs[slot]!;
    return text.constant ?? text.source;
  }

  private profileChecks(source: Compiled, profile: LimitProfile): ProfileChecks {
    let byModel = this.checks.get(profile);
    if (byModel === undefined) this.checks.set(profile, (byModel = new Map()));
    let checks = byModel.get(source.model);
    if (checks === undefined) {
      const all = limitChecks(source.model, profile);
      const isFixed = (check: LimitCheck) => check.texts.every((t) => !this.parts.slotOf.has(t.pointer));
      const fixed: Diagnostic[] = [];
      for (const check of all.filter(isFixed)) {
        const finding = this.measure(
          check,
          check.texts.map((t) => t.constant ?? t.source),
          profile,
        );
        if (finding !== undefined) fixed.push(finding);
      }
      checks = { fixed, dynamic: all.filter((check) => !isFixed(check)), whitespace: whitespaceParameters(source.model) };
      byModel.set(source.model, checks);
    }
    return checks;
  }

  private measure(check: LimitCheck, texts: string[], profile: LimitProfile): Diagnostic | undefined {
    const text = texts.length === 1 ? texts[0]! : texts.filter((t, i) => i === 0 || t !== '').join('\n');
    const size = measureLength(text, profile.lengthUnit);
    if (size <= check.limit.value) return undefined;
    const source = this.parts.strings.get(check.pointer) ?? '';
    return {
      code: check.entry.code,
      severity: 'error',
      path: check.pointer,
      message: `${check.entry.rendered} is ${size} ${lengthUnitName(profile.lengthUnit)} after rendering; the ${profile.name} limit is ${check.limit.value}`,
      range: new TextPositions(source).range(0, source.length),
    };
  }

  /**
   * Limits re-checked on the rendered message (SPEC §4.3, §4.5): data can make a text that
   * fitted as a template too long; template parameter values (header, body, buttons) must not be
   * empty nor contain a newline, a tab or a run of more than 4 spaces (Meta error 132018); a
   * footer cannot hold a `{{n}}`. Counts do not change with rendering and are left to the lint.
   */
  private recheck(source: Compiled, profile: LimitProfile, run: RenderRun, context: RenderContext): void {
    const checks = this.profileChecks(source, profile);
    for (const finding of checks.fixed) run.diagnostics.push({ ...finding });
    for (const check of checks.dynamic) {
      const finding = this.measure(
        check,
        check.texts.map((t) => this.rendered(t, run)),
        profile,
      );
      if (finding !== undefined) run.diagnostics.push(finding);
    }
    const maxSpaces = profile.limits['parameter.maxConsecutiveSpaces']?.value ?? 4;
    for (const { parameter, where } of checks.whitespace) {
      if (parameter.value === undefined) continue;
      const value = this.rendered(parameter.value, run);
      // Meta rejects an empty template parameter.
      if (value === '') {
        context.report(
          'parameter-empty',
          'error',
          `The rendered value of parameter ${JSON.stringify(parameter.name ?? '')} in the ${where} is empty; WhatsApp rejects empty template parameters`,
          parameter.value.pointer,
        );
        continue;
      }
      const problem =
        value.includes('\n') || value.includes('\r')
          ? 'a newline'
          : value.includes('\t')
            ? 'a tab'
            : value.includes(' '.repeat(maxSpaces + 1))
              ? `more than ${maxSpaces} consecutive spaces`
              : undefined;
      if (problem !== undefined) {
        context.report(
          'parameter-whitespace',
          'error',
          `The rendered value of parameter ${JSON.stringify(parameter.name ?? '')} in the ${where} contains ${problem}`,
          parameter.value.pointer,
        );
      }
    }
    // A template footer is static: a {{n}} left in it would be sent as literal braces.
    const footer = source.model.contentType === 'notification' ? source.model.footer?.text : undefined;
    if (footer !== undefined) {
      const placeholder = /\{\{\s*[A-Za-z0-9_]+\s*\}\}/.exec(this.rendered(footer, run));
      if (placeholder !== null)
        context.report(
          'footer-placeholder',
          'error',
          `A template footer cannot hold a variable; ${placeholder[0]} would be sent as text`,
          footer.pointer,
        );
    }
  }

  private context(
    source: Compiled,
    body: Item,
    diagnostics: Diagnostic[],
    profile: LimitProfile,
    options: RenderResponseOptions,
  ): RenderContext {
    return new Context(this.parts, source.tree, body, diagnostics, profile, options);
  }
}

/**
 * What channel modules and checks report through. A class, not an object of closures: one small
 * allocation per render (pointers and ranges are computed only when something is reported).
 */
class Context implements RenderContext {
  readonly to: string;
  constructor(
    private readonly parts: CompiledResponseParts,
    private readonly tree: RenderNode,
    private readonly body: Item,
    readonly diagnostics: Diagnostic[],
    readonly profile: LimitProfile,
    private readonly options: RenderResponseOptions,
  ) {
    this.to = options.to ?? '';
  }

  get time(): string {
    return timeOf(this.options.now);
  }

  pointerOf(target: Item, field?: string): string {
    let base = this.parts.staticPointers.get(target);
    let node: RenderNode | undefined;
    if (base === undefined) {
      node = nodeOf(this.tree, this.body, target);
      base = node?.pointer ?? '';
    }
    if (field === undefined) return base;
    if (node?.kind === 'object') {
      const at = node.keys.indexOf(field);
      if (at !== -1) return node.nodes[at]!.pointer;
    }
    return `${base}/${field.replace(/~/g, '~0').replace(/\//g, '~1')}`;
  }

  rangeOf(pointer: string): Range {
    // A pointer's range depends only on the source: computed once per compiled response.
    let range = this.parts.ranges.get(pointer);
    if (range === undefined) {
      const template = this.parts.strings.get(pointer) ?? '';
      range = new TextPositions(template).range(0, template.length);
      this.parts.ranges.set(pointer, range);
    }
    return { start: { ...range.start }, end: { ...range.end } };
  }

  report(code: string, severity: Severity, message: string, pointer: string): void {
    this.diagnostics.push({ code, severity, message, path: pointer, range: this.rangeOf(pointer) });
  }
}

/**
 * Template parameters whose values Meta refuses when empty or with line breaks or runs of spaces
 * (error 132018 applies to every text parameter): text header, body and button parameters.
 */
function whitespaceParameters(model: ResponseModel): Array<{ parameter: ModelParameter; where: string }> {
  const found: Array<{ parameter: ModelParameter; where: string }> = [];
  if (model.contentType === 'notification' && model.header?.type === 'text')
    for (const parameter of model.header.parameters) found.push({ parameter, where: 'header' });
  if (model.contentType === 'notification' && model.body !== undefined)
    for (const parameter of model.body.parameters) found.push({ parameter, where: 'body' });
  const buttons = (list: ModelPart[]) => {
    for (const button of list) for (const parameter of button.parameters) found.push({ parameter, where: 'button' });
  };
  if (model.contentType === 'notification') buttons(model.buttons);
  if (model.contentType === 'generic') for (const card of model.cards) buttons(card.buttons ?? []);
  return found;
}

function timeOf(now: RenderStandardResponseOptions['now']): string {
  const date = now === undefined ? new Date() : new Date(now);
  return Number.isNaN(date.getTime()) ? new Date().toISOString() : date.toISOString();
}

function failed(code: string, message: string): { result: RenderStandardResponseResult } {
  return { result: fail(code, message) };
}

function fail(code: string, message: string): RenderStandardResponseResult {
  return { output: null, ok: false, diagnostics: [{ code, severity: 'error', message, range: startRange(), path: '' }] };
}

export type { ContentType };

/**
 * The locale of a render: the `locale` option, else the template's `language` when it names a
 * locale (a Spanish template prints Spanish dates and numbers), else none (en_US).
 */
function renderLocale(options: Pick<RenderResponseOptions, 'locale'>, model: ResponseModel): string | undefined {
  if (options.locale !== undefined) return options.locale;
  const language = model.template?.language;
  return language !== undefined && findLocale(language) !== undefined ? language : undefined;
}
