/**
 * A compiled standard response: the typed model plus the render trees. `render(data, options)`
 * evaluates only what depends on the data, re-checks the profile's limits on the result and hands
 * the rendered message to the channel module.
 */
import {
  findLocale,
  measureLength,
  sealedOptions,
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
import type { ChannelModule, Item, NotificationParts, RenderContext, RenderedMessage } from '../render/model.js';
import { limitChecks, type LimitCheck, type ModelParameter, type ModelPart, type ResponseModel } from './model.js';
import { splitNotification, type NotificationSplit } from './parts.js';
import type { CompiledText } from './text.js';
import { copyDiagnostic } from './copy-diagnostic.js';
import { nodeOf, renderNode, renderTexts, textSteps, type RenderNode, type RenderRun, type TextStep } from './tree.js';
import { templateView, type TemplateView } from './template-view.js';

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
  /** The template's language when it names a locale (null: it does not), looked up at the first render. */
  locale?: string | null;
  /** The texts of the tree in render order (computed at the first render). */
  steps?: TextStep[];
  /** The template view of a notification of the campaign shape (null: not of that shape), found at the first render. */
  view?: TemplateView | null;
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

/** A channel's conversion of a static object, with the diagnostics it reported (see `RenderContext.once`). */
interface Converted {
  value: unknown;
  diagnostics: Diagnostic[];
}

/** What a channel and a profile fix for a render (see `CompiledResponse.setup`). */
interface Setup {
  channelName: unknown;
  profileInput: RenderResponseOptions['profile'];
  channel: ChannelModule;
  source: Compiled;
  profile: LimitProfile;
  memo: ConversionMemo;
  /** The re-check steps of the source under the profile (computed at the first re-check). */
  checks?: CheckStep[];
}

/** Static conversions of one channel under one profile: object → its conversions (one or two tags: a list is searched faster than a map). */
type ConversionMemo = WeakMap<object, Array<Converted & { tag: string }>>;

/** Length findings of texts that do not depend on the data, computed once per profile. */
type CheckStep =
  | { kind: 'fixed'; diagnostics: Diagnostic[] }
  /** A limit on texts of which at least one is rendered per contact (slot -1: a constant text). */
  | { kind: 'limit'; check: LimitCheck; slots: number[]; constants: string[] }
  | { kind: 'parameter'; parameter: ModelParameter; value: CompiledText; where: string; slot: number; maxSpaces: number }
  | { kind: 'footer'; text: CompiledText; slot: number };

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
  private readonly checks = new Map<LimitProfile, Map<ResponseModel, CheckStep[]>>();
  private readonly conversions = new Map<LimitProfile, Map<string, ConversionMemo>>();
  /** What the last render's channel and profile fixed (see `setup`). */
  private lastSetup: Setup | undefined;
  /** The last field-code render options and what they were made from (see `languageOptions`). */
  private lastLanguage:
    | (Pick<RenderResponseOptions, 'strict' | 'now' | 'timeZone' | 'locale' | 'dataDictionary'> & { options: RenderOptions | undefined })
    | undefined;

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
      return this.renderUnsafe(data, renderOptionsOf(options)).result;
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
      const { result, run, source } = this.renderUnsafe(data, renderOptionsOf(options));
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
    const setup = this.setup(options.channel ?? 'genesys', options.profile ?? this.profile);
    if ('result' in setup) return setup;
    const { channel, source, profile } = setup;

    const run: RenderRun = {
      data: data ?? this.sampleData ?? {},
      options: this.languageOptions(options, renderLocale(options, source)),
      strict: options.strict === true,
      diagnostics: [],
      outputs: new Array<string>(this.parts.slots),
    };
    // Every text first (the outputs the re-check and template payloads read); objects only if needed.
    renderTexts((source.steps ??= textSteps(source.tree)), run);
    const model = source.model;
    const context = new Context(this.parts, source.tree, run.diagnostics, profile, options, setup.memo);
    if (model.contentType === 'notification' && channel.renderTemplate !== undefined) {
      const view = (source.view ??= templateView(source.tree, this.parts.staticPointers, model.parameterFormat, model.category) ?? null);
      if (view !== null) {
        this.recheck(setup, run);
        const output = channel.renderTemplate(view.template, parameterValues(view, run.outputs), context);
        return { result: { output, diagnostics: run.diagnostics, ok: !hasError(run.diagnostics) }, run, source };
      }
    }
    const body = renderNode(source.tree, run) as Item;
    context.body = body;
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
    const items: Item[] = Array.isArray(content) ? (content.every(isObject) ? content : content.filter(isObject)) : [];
    const message: RenderedMessage = { contentType: model.contentType, body, items, parameterFormat: model.parameterFormat };
    if (model.category !== undefined) message.category = model.category;
    if (model.contentType === 'notification') message.parts = this.notificationParts(source, items);
    this.recheck(setup, run);
    const output = channel.render(message, context);
    return { result: { output, diagnostics: run.diagnostics, ok: !hasError(run.diagnostics) }, run, source };
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
    const locale = renderLocale(options, source);
    const run: RenderRun = {
      data: data ?? this.sampleData ?? {},
      options: locale === undefined ? { ...options } : { ...options, locale },
      strict: options.strict === true,
      diagnostics: [],
      outputs: new Array<string>(this.parts.slots),
    };
    renderTexts((source.steps ??= textSteps(source.tree)), run);
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

  /**
   * The re-checks of a model under a profile, in report order. Everything that does not depend on
   * the data (limits of static texts, static parameter values, a static footer) is checked here,
   * once; what does is left as a step with the output slots to read.
   */
  private profileChecks(source: Compiled, profile: LimitProfile): CheckStep[] {
    let byModel = this.checks.get(profile);
    if (byModel === undefined) this.checks.set(profile, (byModel = new Map()));
    let steps = byModel.get(source.model);
    if (steps !== undefined) return steps;
    const slotOf = (text: CompiledText): number => this.parts.slotOf.get(text.pointer) ?? -1;
    const constant = (text: CompiledText): string => text.constant ?? text.source;
    const fixed: Diagnostic[] = [];
    const dynamic: CheckStep[] = [];
    for (const check of limitChecks(source.model, profile)) {
      const slots = check.texts.map(slotOf);
      if (slots.every((slot) => slot === -1)) {
        const finding = this.measure(check, check.texts.map(constant), profile);
        if (finding !== undefined) fixed.push(finding);
      } else dynamic.push({ kind: 'limit', check, slots, constants: check.texts.map(constant) });
    }
    steps = [{ kind: 'fixed', diagnostics: fixed }, ...dynamic];
    const maxSpaces = profile.limits['parameter.maxConsecutiveSpaces']?.value ?? 4;
    for (const { parameter, where } of whitespaceParameters(source.model)) {
      const value = parameter.value;
      if (value === undefined) continue;
      const slot = slotOf(value);
      if (slot !== -1) steps.push({ kind: 'parameter', parameter, value, where, slot, maxSpaces });
      else {
        const finding = parameterFinding(parameter, where, constant(value), maxSpaces);
        if (finding !== undefined) steps.push({ kind: 'fixed', diagnostics: [this.diagnosticAt(finding, value.pointer)] });
      }
    }
    // A template footer is static: a {{n}} left in it would be sent as literal braces.
    const footer = source.model.contentType === 'notification' ? source.model.footer?.text : undefined;
    if (footer !== undefined) {
      const slot = slotOf(footer);
      if (slot !== -1) steps.push({ kind: 'footer', text: footer, slot });
      else {
        const finding = footerFinding(constant(footer));
        if (finding !== undefined) steps.push({ kind: 'fixed', diagnostics: [this.diagnosticAt(finding, footer.pointer)] });
      }
    }
    steps = steps.filter((step) => step.kind !== 'fixed' || step.diagnostics.length > 0);
    byModel.set(source.model, steps);
    return steps;
  }

  /** An error at the whole string of a pointer (its range computed once per pointer). */
  private diagnosticAt(finding: { code: string; message: string }, pointer: string): Diagnostic {
    return { code: finding.code, severity: 'error', message: finding.message, path: pointer, range: rangeAt(this.parts, pointer) };
  }

  /** A limit finding for the texts of a check (one text, or several joined by a line break), if over the limit. */
  private measure(check: LimitCheck, texts: string | readonly string[], profile: LimitProfile): Diagnostic | undefined {
    const text =
      typeof texts === 'string' ? texts : texts.length === 1 ? texts[0]! : texts.filter((t, i) => i === 0 || t !== '').join('\n');
    const limit = check.limit.value;
    // No unit counts more than one per UTF-16 unit except UTF-8 bytes (at most 3 per unit).
    if (text.length * (profile.lengthUnit === 'utf8-bytes' ? 3 : 1) <= limit) return undefined;
    const size = measureLength(text, profile.lengthUnit);
    if (size <= limit) return undefined;
    return this.diagnosticAt(
      {
        code: check.entry.code,
        message: `${check.entry.rendered} is ${size} ${lengthUnitName(profile.lengthUnit)} after rendering; the ${profile.name} limit is ${limit}`,
      },
      check.pointer,
    );
  }

  /**
   * Limits re-checked on the rendered message (SPEC §4.3, §4.5): data can make a text that
   * fitted as a template too long; template parameter values (header, body, buttons) must not be
   * empty nor contain a newline, a tab or a run of more than 4 spaces (Meta error 132018); a
   * footer cannot hold a `{{n}}`. Counts do not change with rendering and are left to the lint.
   * Only the steps that depend on the data run here; the others were checked once.
   */
  private recheck(setup: Setup, run: RenderRun): void {
    const outputs = run.outputs;
    const profile = setup.profile;
    const steps = (setup.checks ??= this.profileChecks(setup.source, profile));
    for (let s = 0; s < steps.length; s++) {
      const step = steps[s]!;
      switch (step.kind) {
        case 'fixed':
          for (const finding of step.diagnostics) run.diagnostics.push(copyDiagnostic(finding));
          break;
        case 'limit': {
          const { slots, constants } = step;
          // One text (the usual case) is measured without building a list.
          const finding =
            slots.length === 1
              ? this.measure(step.check, slots[0] === -1 ? constants[0]! : (outputs[slots[0]!] ?? constants[0]!), profile)
              : this.measure(
                  step.check,
                  slots.map((slot, i) => (slot === -1 ? constants[i]! : (outputs[slot] ?? constants[i]!))),
                  profile,
                );
          if (finding !== undefined) run.diagnostics.push(finding);
          break;
        }
        case 'parameter': {
          const finding = parameterFinding(step.parameter, step.where, outputs[step.slot] ?? step.value.source, step.maxSpaces);
          if (finding !== undefined) run.diagnostics.push(this.diagnosticAt(finding, step.value.pointer));
          break;
        }
        case 'footer': {
          const finding = footerFinding(outputs[step.slot] ?? step.text.source);
          if (finding !== undefined) run.diagnostics.push(this.diagnosticAt(finding, step.text.pointer));
          break;
        }
      }
    }
  }

  /**
   * The options of the field-code renders: sealed (frozen, read without a copy by every template
   * render) and reused while a campaign renders with the same options.
   */
  private languageOptions(options: RenderResponseOptions, locale: string | undefined): RenderOptions | undefined {
    const { strict, now, timeZone, dataDictionary } = options;
    const last = this.lastLanguage;
    if (
      last !== undefined &&
      last.strict === strict &&
      last.now === now &&
      last.timeZone === timeZone &&
      last.locale === locale &&
      last.dataDictionary === dataDictionary
    )
      return last.options;
    let language: RenderOptions | undefined;
    if (strict !== undefined || now !== undefined || timeZone !== undefined || locale !== undefined || dataDictionary !== undefined) {
      const given: RenderOptions = {};
      if (strict !== undefined) given.strict = strict;
      if (now !== undefined) given.now = now;
      if (timeZone !== undefined) given.timeZone = timeZone;
      if (locale !== undefined) given.locale = locale;
      if (dataDictionary !== undefined) given.dataDictionary = dataDictionary;
      language = sealedOptions(given);
    }
    this.lastLanguage = { strict, now, timeZone, locale, dataDictionary, options: language };
    return language;
  }

  /**
   * The channel, body, profile and what is fixed for them (conversion memo, re-check steps), kept
   * for the last channel and profile asked for: a campaign asks for the same ones on every render.
   */
  private setup(channelName: unknown, profileInput: RenderResponseOptions['profile']): Setup | { result: RenderStandardResponseResult } {
    const last = this.lastSetup;
    if (last !== undefined && last.channelName === channelName && last.profileInput === profileInput) return last;
    const channel = typeof channelName === 'string' ? channels.get(channelName) : undefined;
    if (channel === undefined)
      return failed('render-channel', `Unknown channel ${JSON.stringify(channelName)}; expected one of ${[...channels.keys()].join(', ')}`);
    const { structured, plain } = this.parts;
    // The plain channel prefers the envelope's plain-text body when there is one.
    const source = plain !== undefined && (structured === undefined || channelName === 'text') ? plain : structured!;
    const profile = resolveProfile(profileInput);
    if (profile === undefined) return failed('render-profile', `Unknown limit profile ${JSON.stringify(profileInput)}`);
    const setup: Setup = { channelName, profileInput, channel, source, profile, memo: this.memo(profile, channelName as string) };
    this.lastSetup = setup;
    return setup;
  }

  /** The channel's conversions of static objects under a profile (kept for the response's life). */
  private memo(profile: LimitProfile, channel: string): ConversionMemo {
    let byChannel = this.conversions.get(profile);
    if (byChannel === undefined) this.conversions.set(profile, (byChannel = new Map()));
    let memo = byChannel.get(channel);
    if (memo === undefined) byChannel.set(channel, (memo = new WeakMap()));
    return memo;
  }
}

/**
 * What channel modules and checks report through. A class, not an object of closures: one small
 * allocation per render (pointers and ranges are computed only when something is reported).
 */
class Context implements RenderContext {
  readonly to: string;
  /** The rendered body, once built (a template payload built from the rendered texts has none). */
  body: Item | undefined;
  constructor(
    private readonly parts: CompiledResponseParts,
    private readonly tree: RenderNode,
    readonly diagnostics: Diagnostic[],
    readonly profile: LimitProfile,
    private readonly options: RenderResponseOptions,
    private readonly memo: ConversionMemo,
  ) {
    this.to = options.to ?? '';
  }

  once<T>(target: Item, tag: string, compute: () => T): T {
    // A target in the memo is static (checked when it was added): the usual case costs two lookups.
    let byTag = this.memo.get(target);
    if (byTag === undefined) {
      if (!this.parts.staticPointers.has(target)) return compute();
      this.memo.set(target, (byTag = []));
    }
    let converted: Converted | undefined;
    for (let i = 0; i < byTag.length; i++)
      if (byTag[i]!.tag === tag) {
        converted = byTag[i];
        break;
      }
    if (converted === undefined) {
      const from = this.diagnostics.length;
      const value = deepFreeze(compute());
      // Kept as copies: the caller owns the diagnostics of this render.
      byTag.push({ tag, value, diagnostics: this.diagnostics.slice(from).map(copyDiagnostic) });
      return value;
    }
    const replayed = converted.diagnostics;
    for (let i = 0; i < replayed.length; i++) this.diagnostics.push(copyDiagnostic(replayed[i]!));
    return converted.value as T;
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
    return rangeAt(this.parts, pointer);
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

/**
 * The render options read by their own properties (a polluted `Object.prototype` adds none): the
 * known keys only, into an object of one fixed shape. One pass over the given keys is cheaper per
 * render than asking for each known key.
 */
function renderOptionsOf(options: RenderResponseOptions | null | undefined): RenderResponseOptions {
  // Every key listed (the type makes a new option a compile error until it is listed here): reading
  // a missing one from the copy never reaches a prototype.
  const copy: Required<Record<keyof RenderResponseOptions, unknown>> = {
    channel: undefined,
    profile: undefined,
    strict: undefined,
    now: undefined,
    timeZone: undefined,
    locale: undefined,
    dataDictionary: undefined,
    to: undefined,
  };
  if (options === undefined || options === null || typeof options !== 'object') return copy as RenderResponseOptions;
  const keys = Object.keys(options);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    switch (key) {
      case 'channel':
      case 'profile':
      case 'strict':
      case 'now':
      case 'timeZone':
      case 'locale':
      case 'dataDictionary':
      case 'to':
        copy[key] = options[key];
    }
  }
  return copy as RenderResponseOptions;
}

/** A rendered template parameter value that Meta refuses: empty, or with a line break, a tab or a run of more than `maxSpaces` spaces. */
function parameterFinding(
  parameter: ModelParameter,
  where: string,
  value: string,
  maxSpaces: number,
): { code: string; message: string } | undefined {
  const name = (): string => JSON.stringify(parameter.name ?? '');
  if (value === '')
    return {
      code: 'parameter-empty',
      message: `The rendered value of parameter ${name()} in the ${where} is empty; WhatsApp rejects empty template parameters`,
    };
  // One pass over the characters (rendered values are often joined strings: each search would flatten and scan them).
  let newline = false;
  let tab = false;
  let spaces = 0;
  let longest = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 10 || c === 13) newline = true;
    else if (c === 9) tab = true;
    spaces = c === 32 ? spaces + 1 : 0;
    if (spaces > longest) longest = spaces;
  }
  const problem = newline ? 'a newline' : tab ? 'a tab' : longest > maxSpaces ? `more than ${maxSpaces} consecutive spaces` : undefined;
  return problem === undefined
    ? undefined
    : { code: 'parameter-whitespace', message: `The rendered value of parameter ${name()} in the ${where} contains ${problem}` };
}

/** A `{{n}}` left in a rendered template footer (sent as literal braces). */
function footerFinding(footer: string): { code: string; message: string } | undefined {
  if (!footer.includes('{{')) return undefined;
  const placeholder = /\{\{\s*[A-Za-z0-9_]+\s*\}\}/.exec(footer);
  return placeholder === null
    ? undefined
    : { code: 'footer-placeholder', message: `A template footer cannot hold a variable; ${placeholder[0]} would be sent as text` };
}

/** The range of a pointer's whole source string (computed once per compiled response and pointer), as a fresh copy. */
function rangeAt(parts: CompiledResponseParts, pointer: string): Range {
  let range = parts.ranges.get(pointer);
  if (range === undefined) {
    const template = parts.strings.get(pointer) ?? '';
    range = new TextPositions(template).range(0, template.length);
    parts.ranges.set(pointer, range);
  }
  return { start: { ...range.start }, end: { ...range.end } };
}

/** Freezes a JSON value and everything it holds (a conversion shared by every later payload). */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}

function hasError(diagnostics: readonly Diagnostic[]): boolean {
  for (let i = 0; i < diagnostics.length; i++) if (diagnostics[i]!.severity === 'error') return true;
  return false;
}

/** The rendered values of a template view's body parameters. */
function parameterValues(view: TemplateView, outputs: readonly (string | undefined)[]): string[] {
  const { slots, constants } = view;
  const values = new Array<string>(slots.length);
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i]!;
    values[i] = slot === -1 ? constants[i]! : (outputs[slot] ?? '');
  }
  return values;
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
function renderLocale(options: Pick<RenderResponseOptions, 'locale'>, source: Compiled): string | undefined {
  if (options.locale !== undefined) return options.locale;
  // The template's language is fixed for the compiled response: looked up once.
  if (source.locale === undefined) {
    const language = source.model.template?.language;
    source.locale = language !== undefined && findLocale(language) !== undefined ? language : null;
  }
  return source.locale ?? undefined;
}
