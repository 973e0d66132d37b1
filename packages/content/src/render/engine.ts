/**
 * `renderStandardResponse`: one standard response + render data → one channel payload
 * (SPEC §4.5).
 */
import type { Diagnostic, Range, RenderData, RenderOptions } from '@fieldcode/language';
import { resolveProfile } from '../profiles/index.js';
import type { ContentType, LimitProfile, RenderStandardResponseOptions, RenderStandardResponseResult } from '../types.js';
import { TextPositions } from '../esp/text-position.js';
import { channels } from './channels/index.js';
import { Evaluator, valueAt } from './evaluate.js';
import { checkRenderedLimits } from './limits.js';
import { list, type Item, type RenderContext, type RenderedMessage } from './model.js';
import { isStructuredBody, sortItemsByIndex } from '../model/index.js';
import { fillPlaceholders, unmarkAll } from './placeholders.js';

const CONTENT_TYPES = new Set<ContentType>(['notification', 'quick-replies', 'generic', 'single-selection-list', 'reply-buttons', 'text']);

function isObject(value: unknown): value is Item {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function own(source: unknown, key: string): unknown {
  return isObject(source) && Object.prototype.hasOwnProperty.call(source, key) ? source[key] : undefined;
}

const START: Range = { start: { offset: 0, line: 1, column: 1 }, end: { offset: 0, line: 1, column: 1 } };

/** What to render: the structured body (or a synthesized `text` body) and where it sits in the document. */
interface Source {
  /** Builds the rendered message with the evaluator (pointers into the original document). */
  build(evaluator: Evaluator): Item;
  profile?: unknown;
  sampleData?: RenderData;
}

function sourceOf(sr: unknown, channel: string): Source | Diagnostic {
  if (typeof sr === 'string') {
    return { build: (evaluator) => plainBody(evaluator, evaluator.renderString(sr, ''), '', []) };
  }
  if (!isObject(sr)) {
    return { code: 'render-input', severity: 'error', message: 'A standard response must be field-code text, a structured body or an envelope', range: START, path: '' };
  }
  if (isStructuredBody(sr)) return { build: (evaluator) => withoutSchema(evaluator.renderValue(sr, '') as Item) };
  const structured = own(sr, 'structured');
  const plainText = own(sr, 'plainText');
  const sampleData = isObject(own(sr, 'sampleData')) ? (own(sr, 'sampleData') as RenderData) : undefined;
  const profile = own(sr, 'profile');
  // The plain channel prefers the envelope's plain-text body when there is one.
  const usePlain = typeof plainText === 'string' && (structured === undefined || channel === 'text');
  if (usePlain) {
    return {
      profile, sampleData,
      build: (evaluator) => plainBody(
        evaluator, evaluator.renderString(plainText, '/plainText'), '/plainText',
        Array.isArray(own(sr, 'attachments')) ? evaluator.renderValue(own(sr, 'attachments'), '/attachments') : [],
      ),
    };
  }
  if (isObject(structured)) return { profile, sampleData, build: (evaluator) => withoutSchema(evaluator.renderValue(structured, '/structured') as Item) };
  return { code: 'render-input', severity: 'error', message: 'The envelope has neither "structured" nor "plainText"', range: START, path: '' };
}

/**
 * A `text` body built from plain text (a `.txt` standard response or an envelope's `plainText`);
 * `content` holds the attachments and is left out when there are none (the text schema wants ≥ 1).
 */
function plainBody(evaluator: Evaluator, text: string, textPointer: string, content: unknown): Item {
  const body: Item = Array.isArray(content) && content.length > 0 ? { contentType: 'text', text, content } : { contentType: 'text', text };
  evaluator.setFieldPointer(body, 'text', textPointer);
  return body;
}

/** `$schema` is authoring metadata, not part of the message. */
function withoutSchema(body: Item): Item {
  delete body['$schema'];
  return body;
}

function timeOf(now: RenderStandardResponseOptions['now']): string {
  const date = now === undefined ? new Date() : new Date(now);
  return Number.isNaN(date.getTime()) ? new Date().toISOString() : date.toISOString();
}

/**
 * Renders a standard response for one customer and converts it to a channel payload.
 *
 * - `sr`: field-code text, a bare structured body, or an envelope (its `structured` body; its
 *   `plainText` + `attachments` when there is no structured body or for the `text` channel;
 *   its `sampleData` when `data` is null/undefined; its `profile` unless `options.profile` is set).
 * - Items are sorted by `index`, every string except the enumerations `type`, `contentType`,
 *   `mime`, `language`, `action` is rendered (each distinct template compiled once), `{{n}}`
 *   placeholders are filled from the rendered parameters, and lengths are re-checked against the
 *   profile.
 * - Diagnostics carry `path`, the JSON pointer of the source string in `sr`, and ranges relative
 *   to that string's template text (offset 0 = its first character).
 *
 * Never throws: unusable input gives `output: null` and an error diagnostic.
 */
export function renderStandardResponse(sr: unknown, data: RenderData, options: RenderStandardResponseOptions = {}): RenderStandardResponseResult {
  try {
    return render(sr, data, options);
  } catch (error) {
    return {
      output: null, ok: false,
      diagnostics: [{ code: 'render-internal', severity: 'error', message: `Rendering failed: ${String(error)}`, range: START, path: '' }],
    };
  }
}

function render(sr: unknown, data: RenderData, options: RenderStandardResponseOptions): RenderStandardResponseResult {
  const channelName = options.channel ?? 'genesys';
  const channel = channels.get(channelName);
  if (channel === undefined) {
    return fail({ code: 'render-channel', severity: 'error', message: `Unknown channel ${JSON.stringify(channelName)}; expected one of ${[...channels.keys()].join(', ')}`, range: START });
  }
  const source = sourceOf(sr, channelName);
  if ('code' in source) return fail(source);

  const profileInput = options.profile ?? (typeof source.profile === 'string' ? source.profile : undefined);
  const profile: LimitProfile | undefined = resolveProfile(profileInput);
  if (profile === undefined) {
    return fail({ code: 'render-profile', severity: 'error', message: `Unknown limit profile ${JSON.stringify(profileInput)}`, range: START });
  }

  const renderOptions: RenderOptions = {};
  if (options.strict !== undefined) renderOptions.strict = options.strict;
  if (options.now !== undefined) renderOptions.now = options.now;
  if (options.timeZone !== undefined) renderOptions.timeZone = options.timeZone;
  if (options.locale !== undefined) renderOptions.locale = options.locale;
  if (options.dataDictionary !== undefined) renderOptions.dataDictionary = options.dataDictionary;
  const renderData = (data ?? source.sampleData ?? {}) as RenderData;
  const evaluator = new Evaluator(renderData, renderOptions);
  const body = source.build(evaluator);

  const diagnostics = evaluator.diagnostics;
  const context: RenderContext = {
    profile,
    to: options.to ?? '',
    get time() {
      return timeOf(options.now);
    },
    diagnostics,
    pointerOf(target, field) {
      const synthesized = field === undefined ? undefined : evaluator.fieldPointers.get(target)?.get(field);
      if (synthesized !== undefined) return synthesized;
      const base = evaluator.pointers.get(target) ?? '';
      return field === undefined ? base : `${base}/${field}`;
    },
    rangeOf(pointer) {
      const source = valueAt(sr, pointer);
      const template = typeof source === 'string' ? source : '';
      return new TextPositions(template).range(0, template.length);
    },
    report(code, severity, message, pointer) {
      diagnostics.push({ code, severity, message, path: pointer, range: this.rangeOf(pointer) });
    },
  };

  const contentType = body['contentType'];
  if (typeof contentType !== 'string' || !CONTENT_TYPES.has(contentType as ContentType)) {
    context.report('render-input', 'error', `Unknown contentType ${JSON.stringify(contentType)}; expected one of ${[...CONTENT_TYPES].join(', ')}`, `${context.pointerOf(body)}/contentType`);
    return { output: null, diagnostics, ok: false };
  }

  const items = sortItemsByIndex(list(body, 'content'));
  if (Array.isArray(body['content'])) {
    const sorted = items as unknown[];
    evaluator.pointers.set(sorted, evaluator.pointers.get(body['content'] as object) ?? '');
    body['content'] = sorted;
  }
  for (const item of items) prepareItem(item, context, options.strict === true);
  unmarkAll(body);
  const message: RenderedMessage = { contentType: contentType as ContentType, body, items };

  checkRenderedLimits(message, context);
  const output = channel.render(message, context);
  return { output, diagnostics, ok: !diagnostics.some((d) => d.severity === 'error') };
}

/** Sorts parameters by index and fills placeholders, in the item and in nested buttons/cards. */
function prepareItem(item: Item, context: RenderContext, strict: boolean): void {
  const parameters = own(item, 'parameters');
  if (Array.isArray(parameters)) {
    const sorted = sortItemsByIndex(parameters.filter(isObject));
    item['parameters'] = sorted;
  }
  if (Array.isArray(parameters) || own(item, 'type') === 'notification') {
    fillPlaceholders(item, 'text', context, strict);
    fillPlaceholders(item, 'url', context, strict);
  }
  for (const button of list(item, 'buttons')) prepareItem(button, context, strict);
}

function fail(diagnostic: Diagnostic): RenderStandardResponseResult {
  return { output: null, diagnostics: [{ ...diagnostic, path: diagnostic.path ?? '' }], ok: false };
}
