/**
 * Where the cursor is in terms of field-code text. In a `.txt` response the file is the template;
 * in a JSON response a template is a decoded JSON string, so offsets go through its escapes
 * (`\n`, `\"`, `\u0024` are one character of the template each) in both directions.
 */
import { compileStandardResponse, type CompiledText } from '@fieldcode/content';
import type { DataDictionary, RenderData } from '@fieldcode/language';

/** A template and the map between its offsets and the file's. */
export interface TemplateAt {
  /** The template source (decoded). */
  source: string;
  /** File offset of a template offset. */
  toFile(offset: number): number;
  /** Template offset of a file offset inside the template. */
  toTemplate(fileOffset: number): number;
  /** True when inserted text must be JSON-escaped (the template is a JSON string). */
  json: boolean;
}

const identity = (offset: number): number => offset;

/** The template of a plain-text response: the whole file. */
export function plainTemplate(text: string): TemplateAt {
  return { source: text, toFile: identity, toTemplate: identity, json: false };
}

/** The map of one compiled JSON string (its `fileOffset` is increasing in the template offset). */
export function jsonTemplate(text: CompiledText): TemplateAt {
  const toFile = (offset: number): number => text.fileOffset(offset) ?? offset;
  return {
    source: text.source,
    toFile,
    toTemplate(fileOffset) {
      // The largest template offset whose file offset is at or before the given one (binary search).
      let low = 0;
      let high = text.source.length;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (toFile(middle) <= fileOffset) low = middle;
        else high = middle - 1;
      }
      return low;
    },
    json: true,
  };
}

/** A JSON response compiled once per document version: its template texts and sample data. */
export interface CompiledJson {
  texts: readonly CompiledText[];
  sampleData: RenderData | undefined;
  /** False when the text is not JSON (then the raw text is used, as the editor does). */
  parsed: boolean;
}

/** Compiles a JSON response for editing assistance (never throws). */
export function compileJson(text: string, dataDictionary: DataDictionary | undefined): CompiledJson {
  try {
    const { response } = compileStandardResponse(text, { kind: 'json', ...(dataDictionary ? { dataDictionary } : {}) });
    if (!response) return { texts: [], sampleData: undefined, parsed: false };
    return { texts: response.texts, sampleData: response.sampleData, parsed: true };
  } catch {
    return { texts: [], sampleData: undefined, parsed: false };
  }
}

/**
 * The template under a file offset of a JSON response: the template string containing it (its
 * quotes excluded); when the file is not JSON (being typed), the raw file text, where the
 * field-code scanner stops at an unescaped quote. Null outside template strings.
 */
export function jsonTemplateAt(text: string, compiled: CompiledJson, offset: number): TemplateAt | null {
  if (!compiled.parsed) return plainTemplate(text);
  for (const compiledText of compiled.texts) {
    const span = compiledText.span;
    if (span && span.start <= offset && offset <= span.end) return jsonTemplate(compiledText);
  }
  return null;
}

/** Text to insert into the template: JSON-escaped inside a JSON string (a snippet keeps its syntax). */
export function insertable(template: TemplateAt, text: string, snippet: boolean): string {
  if (!template.json) return text;
  const escaped = JSON.stringify(text).slice(1, -1);
  // In a snippet a backslash escapes the next character: a JSON escape's backslash must be doubled.
  return snippet ? escaped.replace(/\\/gu, '\\\\') : escaped;
}
