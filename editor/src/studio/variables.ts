/**
 * The sample-value table: for each `{{n}}` parameter of a notification and each field code of
 * the response, what it renders to with the sample data, its length in the profile's unit and
 * its limit (the data dictionary's `maxLength` for a field). A value that renders empty is
 * flagged, so missing sample data is seen before the message is sent.
 */
import { measureLength, parse, render, type DataDictionary, type LengthUnit, type RenderData } from '@fieldcode/language';
import { toEnvelope } from '@fieldcode/content';

export interface VariableRow {
  kind: 'parameter' | 'field-code';
  /** `{{1}} Customer name` for a parameter; the field code's text for a field code. */
  label: string;
  /** The template text the value comes from (a parameter's `value`; the field code itself). */
  source: string;
  value: string;
  length: number;
  /** Limit in the same unit, when one is known. */
  limit?: number;
  empty: boolean;
  over: boolean;
}

/** Every string of a JSON value, with its JSON path (for finding templates in the document). */
function* strings(value: unknown, depth = 0): Generator<string> {
  if (depth > 64) return;
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const item of value) yield* strings(item, depth + 1);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) if (key !== 'sampleData') yield* strings(item, depth + 1);
  }
}

interface Parameter {
  name?: unknown;
  index?: unknown;
  value?: unknown;
}

function rendered(source: string, data: RenderData): string {
  return render(source, data).output;
}

/** Builds the table for a parsed document (envelope, bare body, or the text of a `.txt` file). */
export function variableTable(
  document: unknown,
  data: RenderData,
  options: { unit: LengthUnit; dictionary?: DataDictionary; maxRows?: number },
): VariableRow[] {
  const maxRows = options.maxRows ?? 500;
  const rows: VariableRow[] = [];
  const envelope = toEnvelope(document);
  const content = (envelope.structured as { content?: unknown } | undefined)?.content;
  for (const item of Array.isArray(content) ? content : []) {
    const parameters = (item as { type?: unknown; parameters?: unknown } | null)?.parameters;
    if (!Array.isArray(parameters)) continue;
    for (const parameter of parameters as Parameter[]) {
      if (typeof parameter?.value !== 'string') continue;
      const value = rendered(parameter.value, data);
      const name = typeof parameter.name === 'string' ? ` ${parameter.name}` : '';
      const length = measureLength(value, options.unit);
      rows.push({
        kind: 'parameter',
        label: `{{${typeof parameter.index === 'string' || typeof parameter.index === 'number' ? String(parameter.index) : '?'}}}${name}`,
        source: parameter.value,
        value,
        length,
        empty: value.trim() === '',
        over: false,
      });
      if (rows.length >= maxRows) return rows;
    }
  }
  const seen = new Set<string>();
  for (const text of strings(
    typeof document === 'string' ? document : { structured: envelope.structured, plainText: envelope.plainText },
  )) {
    if (!text.includes('<$')) continue;
    const { ast } = parse(text);
    for (const node of ast.body) {
      if (node.kind !== 'FieldCode') continue;
      const source = text.slice(node.start, node.end);
      if (seen.has(source)) continue;
      seen.add(source);
      const value = rendered(source, data);
      const length = measureLength(value, options.unit);
      const limit = limitOf(source, options.dictionary);
      const row: VariableRow = {
        kind: 'field-code',
        label: source,
        source,
        value,
        length,
        empty: value.trim() === '',
        over: limit !== undefined && length > limit,
      };
      if (limit !== undefined) row.limit = limit;
      rows.push(row);
      if (rows.length >= maxRows) return rows;
    }
  }
  return rows;
}

/** The dictionary's `maxLength` of a simple field code (`<$ Contact.FirstName $>`, `<$ CustomProp_Date $>`). */
function limitOf(source: string, dictionary: DataDictionary | undefined): number | undefined {
  if (!dictionary) return undefined;
  const path = /^<\$\s*([A-Za-z_][\w.]*)\s*\$>$/u.exec(source)?.[1];
  if (!path) return undefined;
  const fields = dictionary.fields as Record<string, { maxLength?: number } | undefined>;
  const field = fields[path] ?? (path.includes('.') ? undefined : fields[`Variables.${path}`]);
  return typeof field?.maxLength === 'number' ? field.maxLength : undefined;
}
