/**
 * Where a value renders empty in the preview: the rendered text of a compiled text with a mark at
 * each field code and each `{{n}}` that rendered empty with the sample data, and a label per mark.
 * The preview draws each mark as a highlighted chip, so missing sample data is seen in the bubble
 * itself and not only in the Variables tab.
 *
 * The mark is U+FDD0, a Unicode noncharacter (set aside for a program's internal use, never part
 * of message text); any U+FDD0 in the data is dropped from the marked copy, so data cannot fake a
 * mark. The marked copy is for drawing only: counters and payloads use the rendered model as is.
 */
import { render, type RenderData } from '@fieldcode/language';
import type { CompiledText, ModelParameter, RenderedModel } from '@fieldcode/content';

export const EMPTY_MARK = '\uFDD0';

/** A text with {@link EMPTY_MARK}s and, in the same order, what each mark stands for. */
export interface MarkedText {
  text: string;
  labels: string[];
}

/** Longest label shown in a chip; longer field codes are cut with an ellipsis. */
const maxLabel = 60;

const withoutMarks = (text: string): string => (text.includes(EMPTY_MARK) ? text.split(EMPTY_MARK).join('') : text);

function label(source: string): string {
  const compact = source.replace(/\s+/gu, ' ').trim();
  return compact.length > maxLabel ? `${compact.slice(0, maxLabel - 1)}…` : compact;
}

/** Marks empty field codes of one compiled piece; falls back to the piece's whole output when the parts do not add up. */
function markTemplate(template: CompiledTemplate, data: RenderData, out: MarkedText): void {
  const whole = template.render(data).output;
  const parts: MarkedText = { text: '', labels: [] };
  for (const node of template.ast.body) {
    if (node.kind === 'Text') {
      parts.text += withoutMarks(node.value);
      continue;
    }
    const source = template.source.slice(node.start, node.end);
    const output = render(source, data).output;
    if (output === '') {
      parts.text += EMPTY_MARK;
      parts.labels.push(label(source));
    } else parts.text += withoutMarks(output);
  }
  // A field code alone renders as it does in its text (the language has no blocks); checked all the same.
  if (withoutMarks(parts.text) === withoutMarks(whole)) {
    out.text += parts.text;
    out.labels.push(...parts.labels);
  } else if (whole === '') {
    out.text += EMPTY_MARK;
    out.labels.push(label(template.source));
  } else out.text += withoutMarks(whole);
}

type CompiledTemplate = Extract<CompiledText['segments'][number], { kind: 'template' }>['template'];

/** Marks of one compiled text (placeholders filled from `parameters`). */
function mark(text: CompiledText, data: RenderData, parameters: readonly ModelParameter[]): MarkedText {
  const out: MarkedText = { text: '', labels: [] };
  for (const segment of text.segments) {
    if (segment.kind === 'literal') out.text += withoutMarks(segment.text);
    else if (segment.kind === 'template') markTemplate(segment.template, data, out);
    else {
      const parameter = parameters.find((p) => p.n === segment.placeholder.n);
      const name = parameter?.name ? `${segment.source} ${parameter.name}` : segment.source;
      const inner = parameter?.value === undefined ? undefined : mark(parameter.value, data, []);
      if (inner === undefined || withoutMarks(inner.text) === '') {
        out.text += EMPTY_MARK;
        out.labels.push(label(name));
      } else {
        out.text += inner.text;
        out.labels.push(...inner.labels);
      }
    }
  }
  return out;
}

/**
 * The rendered text of `text` with marks where a value rendered empty, or undefined when no value
 * did (or the text is absent). `rendered` is the model's rendering of the same text: the marked
 * copy is used only when it reads the same without its marks.
 */
export function markEmptyValues(
  text: CompiledText | undefined,
  data: RenderData,
  parameters: readonly ModelParameter[],
  rendered: string,
): MarkedText | undefined {
  if (text === undefined || (!text.dynamic && text.placeholders.length === 0)) return undefined;
  const out = mark(text, data, parameters);
  if (out.labels.length === 0 || withoutMarks(out.text) !== rendered) return undefined;
  return out;
}

/** The marks of the texts the bubble draws with markup, and every label once (for the list under the bubble). */
export interface EmptyMarks {
  header?: MarkedText;
  body?: MarkedText;
  footer?: MarkedText;
  labels: string[];
}

/** Empty-value marks of a rendered model's header, body and footer, rendered with `data`. */
export function emptyMarksOf(rendered: RenderedModel, data: RenderData): EmptyMarks {
  const model = rendered.model;
  const text = (t: CompiledText | undefined): string => rendered.text(t) ?? '';
  const marks: EmptyMarks = { labels: [] };
  const header = model.header?.media === undefined ? model.header?.text : undefined;
  const found = {
    header: markEmptyValues(header, data, model.header?.parameters ?? [], text(header)),
    body: markEmptyValues(model.body?.text, data, model.body?.parameters ?? [], text(model.body?.text)),
    footer: markEmptyValues(model.footer?.text, data, [], text(model.footer?.text)),
  };
  for (const key of ['header', 'body', 'footer'] as const) {
    const marked = found[key];
    if (marked === undefined) continue;
    marks[key] = marked;
    for (const label of marked.labels) if (!marks.labels.includes(label)) marks.labels.push(label);
  }
  return marks;
}
