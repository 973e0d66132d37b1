/**
 * Shared readings of the standard-response shapes used by several rules. The parts come from the
 * compiled message model (message/), so the lint splits and limits a message exactly as the
 * renderer does.
 */
import type { ContentItem, StructuredModel, TemplateText } from './file.js';
import { findPlaceholders, type ParameterFormat } from '../message/placeholders.js';
import { sortItemsByIndex } from '../message/index-rule.js';
import { childPointer, nodeAtPointer } from './json/pointer.js';
import { arrayItems, propertyNode, stringProperty, type JsonNode } from './json/tree.js';
import { indexOfNode } from './file.js';
import type { RuleContext } from './rule.js';
import { lengthUnitName } from '../profiles/index.js';
import { limitChecks, type LimitCheck, type ModelPart } from '../message/model.js';

export { MEDIA_TYPES, TEMPLATE_BUTTON_TYPES } from '../message/parts.js';

/** The parts of a `notification` body as the message model splits it (message/parts.ts). */
export interface NotificationParts {
  body?: ContentItem;
  header?: ContentItem;
  footer?: ContentItem;
  buttons: ContentItem[];
}

export function notificationParts(context: RuleContext): NotificationParts {
  const model = context.file.response?.model;
  const items = context.file.structured?.items ?? [];
  if (model === undefined || model.contentType !== 'notification') return { buttons: [] };
  const byPointer = new Map(items.map((item) => [item.pointer, item]));
  const at = (pointer: string | undefined) => (pointer === undefined ? undefined : byPointer.get(pointer));
  return {
    body: at(model.body?.pointer),
    header: at(model.header?.pointer),
    footer: at(model.footer?.pointer),
    buttons: model.buttons.map((button) => byPointer.get(button.pointer)).filter((item): item is ContentItem => item !== undefined),
  };
}

/**
 * The length checks of the file under the active profile, from the one limit table
 * (message/limits.ts): the structured body's, then the envelope's plain text.
 */
export function fileLimitChecks(context: RuleContext): LimitCheck[] {
  const response = context.file.response;
  if (response === undefined) return [];
  const checks = response.model === response.plain ? [] : limitChecks(response.model, context.profile);
  if (response.plain !== undefined) checks.push(...limitChecks(response.plain, context.profile));
  return checks;
}

/**
 * Checks every length limit of the table whose code is `code` (a rule id): the rendered length
 * bounds of the part's template (with `{{n}}` filled by its parameters) against the profile's limit.
 * Returns the checks with their template and bounds for rules that add their own findings.
 */
export function checkTableLimits(
  context: RuleContext,
  code: string,
): Array<{ check: LimitCheck; template: TemplateText; bounds: LengthBounds }> {
  const done: Array<{ check: LimitCheck; template: TemplateText; bounds: LengthBounds }> = [];
  for (const check of fileLimitChecks(context)) {
    if (check.entry.code !== code) continue;
    const templates = check.texts.map((text) => context.file.templateAt(text.pointer));
    const first = templates[0];
    if (first === undefined || templates.some((t) => t === undefined)) continue;
    let bounds = renderedLength(context, first, modelParameters(context, check));
    for (const next of templates.slice(1) as TemplateText[]) {
      // Joined by a line break when the next text renders non-empty (a card's subtitle).
      const more = renderedLength(context, next);
      bounds = {
        min: bounds.min + (more.min > 0 ? more.min + 1 : 0),
        max: bounds.max === null || more.max === null ? null : bounds.max + (more.max > 0 ? more.max + 1 : 0),
        unbounded: [...(bounds.unbounded ?? []), ...(more.unbounded ?? [])],
      };
    }
    checkLength(context, first, bounds, check.limit, check.entry.what);
    done.push({ check, template: first, bounds });
  }
  return done;
}

/** The parameter entries of a limit check's part (to fill `{{n}}` in its text). */
function modelParameters(context: RuleContext, check: LimitCheck): ParameterEntry[] {
  if (check.parameters.length === 0) return [];
  const owner = check.parameters[0]!.pointer.replace(/\/parameters\/\d+$/, '');
  const node = context.file.root === undefined ? undefined : nodeAt(context, owner);
  return node === undefined ? [] : parameterEntries(context, { node, pointer: owner });
}

function nodeAt(context: RuleContext, pointer: string): JsonNode | undefined {
  const items = context.file.structured?.items ?? [];
  const item = items.find((i) => i.pointer === pointer);
  if (item !== undefined) return item.node;
  // Buttons of carousel cards.
  for (const card of items) {
    const buttons = arrayItems(propertyNode(card.node, 'buttons'));
    const at = buttons.findIndex((_, b) => childPointer(childPointer(card.pointer, 'buttons'), b) === pointer);
    if (at !== -1) return buttons[at];
  }
  return undefined;
}

/**
 * The JSON node at a pointer of the file, or its nearest existing ancestor (where a finding about a
 * model part is shown): rules read the model and position their findings with this.
 */
export function nodeOfPointer(context: RuleContext, pointer: string): JsonNode | undefined {
  return context.file.root === undefined ? undefined : nodeAtPointer(context.file.root, pointer).node;
}

/** The structured body when its content type is one of `types`. */
export function structuredOf(context: RuleContext, ...types: string[]): StructuredModel | undefined {
  const s = context.file.structured;
  return s && s.contentType !== undefined && types.includes(s.contentType) ? s : undefined;
}

/** The template of a property of an object node. */
export function templateProperty(context: RuleContext, object: JsonNode | undefined, key: string): TemplateText | undefined {
  return context.file.templateOf(propertyNode(object, key));
}

/** How the file writes its placeholders (the envelope's `parameterFormat`; positional by default). */
export function parameterFormat(context: RuleContext): ParameterFormat {
  return context.file.response?.model.parameterFormat ?? 'positional';
}

/** One entry of an item's `parameters[]`. */
export interface ParameterEntry {
  node: JsonNode;
  pointer: string;
  index?: number;
  /** The placeholder number it fills (its index, else its rank + 1), as the renderer numbers it. */
  n?: number;
  /** The placeholder key it fills: `String(n)`, or its `name` when the item's parameters are named. */
  key?: string;
  indexNode?: JsonNode;
  name?: string;
  value?: TemplateText;
}

export function parameterEntries(context: RuleContext, item: { node: JsonNode; pointer: string }): ParameterEntry[] {
  const list = propertyNode(item.node, 'parameters');
  const entries: ParameterEntry[] = arrayItems(list).map((node, i) => ({
    node,
    pointer: childPointer(childPointer(item.pointer, 'parameters'), i),
    index: indexOfNode(propertyNode(node, 'index')),
    indexNode: propertyNode(node, 'index'),
    name: stringProperty(node, 'name'),
    value: context.file.templateOf(propertyNode(node, 'value')),
  }));
  // The placeholder each fills, as the renderer numbers them: its index, else its rank + 1 in index order.
  sortItemsByIndex(
    entries.filter((e) => e.node.type === 'object'),
    (e) => e.index,
  ).forEach((entry, rank) => {
    entry.n = entry.index ?? rank + 1;
  });
  // Named parameters fill `{{name}}` (a URL button's suffix stays `{{1}}`, as the compiler reads it).
  const named = parameterFormat(context) === 'named' && stringProperty(item.node, 'type') !== 'url-button';
  for (const entry of entries) entry.key = named ? entry.name : entry.n === undefined ? undefined : String(entry.n);
  return entries;
}

/**
 * The parameters of a model part (message/model.ts) as rule entries, in document order, with the
 * JSON nodes their findings are shown at. The model keeps object parameters only (anything else is
 * a schema error) and numbers them as the renderer does.
 */
export function partParameters(context: RuleContext, part: ModelPart): ParameterEntry[] {
  const position = (pointer: string): number => Number(pointer.slice(pointer.lastIndexOf('/') + 1));
  return [...part.parameters]
    .sort((a, b) => position(a.pointer) - position(b.pointer))
    .flatMap((parameter) => {
      const node = nodeOfPointer(context, parameter.pointer);
      if (node === undefined) return [];
      const entry: ParameterEntry = { node, pointer: parameter.pointer, index: parameter.index, n: parameter.n, name: parameter.name };
      if (parameter.key !== undefined) entry.key = parameter.key;
      const indexNode = propertyNode(node, 'index');
      if (indexNode !== undefined) entry.indexNode = indexNode;
      const value = context.file.templateAt(parameter.value?.pointer);
      if (value !== undefined) entry.value = value;
      return [entry];
    });
}

/** Possible rendered length of a template, with `{{n}}` replaced by the matching parameter values. */
export interface LengthBounds {
  min: number;
  max: number | null;
  /** Fields used without a `maxLength` in the data dictionary (why `max` is null). */
  unbounded?: string[];
}

/** Fields a template uses that the data dictionary gives no `maxLength`. */
function unboundedFields(context: RuleContext, template: TemplateText): string[] {
  const fields = context.dataDictionary?.fields ?? {};
  return context
    .analyze(template)
    .fieldCodes.filter((use) => !use.guarded && typeof fields[use.path]?.maxLength !== 'number')
    .map((use) => use.path);
}

export function renderedLength(context: RuleContext, template: TemplateText, parameters: ParameterEntry[] = []): LengthBounds {
  const base = context.analyze(template).length;
  let min = base.min;
  let max = base.max;
  const unbounded = base.max === null ? unboundedFields(context, template) : [];
  const compiled = parameters.length > 0 ? context.file.response?.textAt(template.pointer) : undefined;
  // The renderer's placeholders (message/placeholders.ts): the ones it fills are the ones counted.
  const kinds = parameterFormat(context) === 'named' && !template.pointer.endsWith('/url') ? 'named' : 'positional';
  for (const p of parameters.length > 0 ? (compiled?.placeholders ?? findPlaceholders(template.value, kinds)) : []) {
    const param = [...parameters].reverse().find((e) => e.key === p.key);
    if (!param) continue;
    const literal = context.measure(template.value.slice(p.start, p.end));
    const value = param.value ? context.analyze(param.value).length : { min: 0, max: 0 };
    min += value.min - literal;
    max = max === null || value.max === null ? null : max + value.max - literal;
    if (param.value && value.max === null) unbounded.push(...unboundedFields(context, param.value));
  }
  return { min: Math.max(0, min), max, unbounded: [...new Set(unbounded)] };
}

/**
 * The messages of {@link checkLength}: every rule that checks lengths (directly or through
 * {@link checkTableLimits}) spreads them into its meta.messages. `what` is the part's name from
 * the limit table (message/limits.ts), `unit` the profile's counting unit.
 */
export const LENGTH_MESSAGES: Readonly<Record<string, string>> = Object.freeze({
  tooLong: '{{what}} is {{length}} {{unit}} long; the limit is {{limit}} ({{profile}}).',
  tooLongAtLeast: '{{what}} is {{length}} {{unit}} long at least; the limit is {{limit}} ({{profile}}).',
  mayReach: '{{what}} may reach {{length}} {{unit}} for some data; the limit is {{limit}} ({{profile}}).',
  mayExceedField: '{{what}} may exceed {{limit}} {{unit}} for some data: {{fields}} has no maxLength in the data dictionary.',
  mayExceedFields: '{{what}} may exceed {{limit}} {{unit}} for some data: {{fields}} have no maxLength in the data dictionary.',
  mayExceedUnknown: '{{what}} may exceed {{limit}} {{unit}} for some data: a field it uses has no maxLength in the data dictionary.',
});

/**
 * Reports a length against a limit the way every length rule does: an error when the text can
 * never fit (min > limit), a warning when it may not fit for some data (max unknown or > limit).
 */
export function checkLength(
  context: RuleContext,
  template: TemplateText,
  bounds: LengthBounds,
  limit: { value: number; source: string } | undefined,
  what: string,
): void {
  if (!limit) return;
  const data = { what, unit: unitName(context), limit: limit.value, profile: context.profile.name };
  if (bounds.min > limit.value) {
    context.report({
      template,
      messageId: bounds.max !== bounds.min ? 'tooLongAtLeast' : 'tooLong',
      data: { ...data, length: bounds.min },
    });
  } else if (bounds.max === null) {
    // Without a data dictionary nothing is known of any field, so an unbounded length is not news;
    // with one, a used field without maxLength is worth a warning.
    if (context.dataDictionary) {
      const fields = bounds.unbounded ?? [];
      context.report({
        template,
        severity: 'warning',
        ...(fields.length === 0
          ? { messageId: 'mayExceedUnknown', data }
          : { messageId: fields.length === 1 ? 'mayExceedField' : 'mayExceedFields', data: { ...data, fields: fields.join(', ') } }),
      });
    }
  } else if (bounds.max > limit.value) {
    context.report({ template, severity: 'warning', messageId: 'mayReach', data: { ...data, length: bounds.max } });
  }
}

/** The profile's counting unit in words. */
export function unitName(context: RuleContext): string {
  return lengthUnitName(context.profile.lengthUnit);
}
