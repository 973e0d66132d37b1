/** Shared readings of the standard-response shapes (content-shapes.md) used by several rules. */
import type { ContentItem, StructuredModel, TemplateText } from './file.js';
import { childPointer } from './json/pointer.js';
import { arrayItems, propertyNode, stringProperty, type JsonNode } from './json/tree.js';
import { numericValue } from './file.js';
import type { RuleContext } from './rule.js';
import { lengthUnitName } from '../profiles/index.js';

export const MEDIA_TYPES: ReadonlySet<string> = new Set(['image', 'video', 'document', 'audio']);
export const TEMPLATE_BUTTON_TYPES: ReadonlySet<string> = new Set(['quick-reply', 'url-button', 'phone-button']);

/** The parts of a `notification` body: header (text or media) before the body, footer after it, buttons. */
export interface NotificationParts {
  body?: ContentItem;
  header?: ContentItem;
  footer?: ContentItem;
  buttons: ContentItem[];
}

export function notificationParts(structured: StructuredModel): NotificationParts {
  const items = structured.items;
  const bodyAt = items.findIndex((i) => i.type === 'notification');
  const body = bodyAt >= 0 ? items[bodyAt] : undefined;
  const before = bodyAt >= 0 ? items.slice(0, bodyAt) : [];
  const after = bodyAt >= 0 ? items.slice(bodyAt + 1) : items;
  const header = before.find((i) => i.type === 'text' || (i.type !== undefined && MEDIA_TYPES.has(i.type)));
  const footer = after.find((i) => i.type === 'text');
  const buttons = items.filter((i) => i.type !== undefined && TEMPLATE_BUTTON_TYPES.has(i.type));
  return { body, header, footer, buttons };
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

/** A `{{n}}` placeholder in a template's decoded text. */
export interface Placeholder {
  number: number;
  start: number;
  end: number;
}

/** Placeholder-like spellings: `{{1}}` and the malformed `{1}`, `{{ 1}`, `{(1)}`, `{{{1}}}`. */
export const PLACEHOLDER_LIKE = /\{+[ \t]*\(?[ \t]*([0-9]+)[ \t]*\)?[ \t]*\}+/g;

/**
 * `{{n}}` placeholders in order. `lenient` also counts malformed spellings (reported by
 * `placeholder-syntax`), so that one typo does not cascade into parameter mismatches.
 */
export function placeholders(text: string, lenient = false): Placeholder[] {
  const out: Placeholder[] = [];
  const re = new RegExp(PLACEHOLDER_LIKE.source, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!lenient && m[0] !== `{{${m[1]}}}`) continue;
    out.push({ number: Number(m[1]), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** One entry of an item's `parameters[]`. */
export interface ParameterEntry {
  node: JsonNode;
  pointer: string;
  index?: number;
  indexNode?: JsonNode;
  name?: string;
  value?: TemplateText;
}

export function parameterEntries(context: RuleContext, item: { node: JsonNode; pointer: string }): ParameterEntry[] {
  const list = propertyNode(item.node, 'parameters');
  return arrayItems(list).map((node, i) => ({
    node,
    pointer: childPointer(childPointer(item.pointer, 'parameters'), i),
    index: numericValue(propertyNode(node, 'index')),
    indexNode: propertyNode(node, 'index'),
    name: stringProperty(node, 'name'),
    value: context.file.templateOf(propertyNode(node, 'value')),
  }));
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
  for (const p of parameters.length > 0 ? placeholders(template.value) : []) {
    const param = parameters.find((e) => e.index === p.number);
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
  const unit = unitName(context);
  if (bounds.min > limit.value) {
    context.report({
      template,
      message: `${what} is ${bounds.min} ${unit} long${bounds.max !== bounds.min ? ' at least' : ''}; the limit is ${limit.value} (${context.profile.name}).`,
    });
  } else if (bounds.max === null) {
    // Without a data dictionary nothing is known of any field, so an unbounded length is not news;
    // with one, a used field without maxLength is worth a warning.
    if (context.dataDictionary) {
      context.report({
        template,
        severity: 'warning',
        message: `${what} may exceed ${limit.value} ${unit} for some data: ${
          bounds.unbounded && bounds.unbounded.length > 0
            ? `${bounds.unbounded.join(', ')} ${bounds.unbounded.length === 1 ? 'has' : 'have'} no maxLength in the data dictionary`
            : 'a field it uses has no maxLength in the data dictionary'
        }.`,
      });
    }
  } else if (bounds.max > limit.value) {
    context.report({
      template,
      severity: 'warning',
      message: `${what} may reach ${bounds.max} ${unit} for some data; the limit is ${limit.value} (${context.profile.name}).`,
    });
  }
}

/** The profile's counting unit in words. */
export function unitName(context: RuleContext): string {
  return lengthUnitName(context.profile.lengthUnit);
}
