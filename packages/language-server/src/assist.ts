/**
 * Completion, signature help and hover over LSP: the language service of `@fieldcode/language`
 * (the one the editor uses) run on the template under the cursor, its offsets mapped back to the
 * file through JSON escapes.
 */
import {
  buildCatalog,
  builtinCatalogObjects,
  builtinFunctions,
  completeAt,
  hoverAt,
  renderedValueMarkdown,
  signatureAt,
  type CompletionKind,
  type FieldCatalog,
  type RenderData,
} from '@fieldcode/language';
import {
  CompletionItemKind,
  InsertTextFormat,
  MarkupKind,
  type CompletionItem,
  type Hover,
  type Position,
  type SignatureHelp,
} from 'vscode-languageserver';
import type { ResponseDocument } from './documents.js';
import { insertable, jsonTemplateAt, plainTemplate, type TemplateAt } from './text-map.js';

const COMPLETION_KIND: Record<CompletionKind, CompletionItemKind> = {
  snippet: CompletionItemKind.Snippet,
  object: CompletionItemKind.Module,
  property: CompletionItemKind.Property,
  variable: CompletionItemKind.Variable,
  function: CompletionItemKind.Function,
  keyword: CompletionItemKind.Keyword,
};

/** Assistance settings sent by the client in `initializationOptions`. */
export interface AssistOptions {
  /** Command a completion runs to ask for completion again (`editor.action.triggerSuggest` in VS Code). */
  triggerSuggestCommand?: string;
}

function templateAt(doc: ResponseDocument, offset: number): TemplateAt | null {
  return doc.kind === 'text' ? plainTemplate(doc.text) : jsonTemplateAt(doc.text, doc.compiled(), offset);
}

function sampleDataOf(doc: ResponseDocument): RenderData | undefined {
  return doc.kind === 'json' ? doc.compiled().sampleData : undefined;
}

/** The catalog of a document: the language's objects and functions, the data dictionary, the file's sample data. */
export function catalogOf(doc: ResponseDocument): FieldCatalog {
  const dataDictionary = doc.lintOptions.dataDictionary;
  return buildCatalog({
    functions: builtinFunctions,
    objects: builtinCatalogObjects(),
    ...(dataDictionary ? { dataDictionary } : {}),
    sampleData: sampleDataOf(doc),
  });
}

/** Completion items at a position. */
export function completion(doc: ResponseDocument, position: Position, options: AssistOptions): CompletionItem[] {
  const offset = doc.document.offsetAt(position);
  const template = templateAt(doc, offset);
  if (!template) return [];
  const entries = completeAt(template.source, template.toTemplate(offset), catalogOf(doc));
  return entries.map((entry, index) => {
    const range = {
      start: doc.document.positionAt(template.toFile(entry.replaceStart)),
      end: doc.document.positionAt(template.toFile(entry.replaceEnd)),
    };
    const item: CompletionItem = {
      label: entry.label,
      kind: COMPLETION_KIND[entry.kind],
      detail: entry.detail,
      sortText: String(index).padStart(4, '0'),
      insertTextFormat: entry.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
      textEdit: { range, newText: insertable(template, entry.insertText, entry.snippet) },
    };
    if (entry.documentation) item.documentation = { kind: MarkupKind.Markdown, value: entry.documentation };
    if (entry.kind === 'snippet') item.preselect = true;
    if (entry.retrigger && options.triggerSuggestCommand) item.command = { title: 'Suggest', command: options.triggerSuggestCommand };
    return item;
  });
}

/** Signature help at a position. */
export function signatureHelp(doc: ResponseDocument, position: Position): SignatureHelp | null {
  const offset = doc.document.offsetAt(position);
  const template = templateAt(doc, offset);
  if (!template) return null;
  const found = signatureAt(template.source, template.toTemplate(offset), catalogOf(doc));
  if (!found) return null;
  const { fn, activeParameter } = found;
  return {
    signatures: [
      {
        label: fn.signature,
        documentation: { kind: MarkupKind.Markdown, value: fn.description },
        parameters: fn.parameters.map((label) => ({ label })),
      },
    ],
    activeSignature: 0,
    activeParameter: Math.min(activeParameter, Math.max(0, fn.parameters.length - 1)),
  };
}

/** Hover at a position: the documentation, and the field code's value with the file's sample data. */
export function hover(doc: ResponseDocument, position: Position): Hover | null {
  const offset = doc.document.offsetAt(position);
  const template = templateAt(doc, offset);
  if (!template) return null;
  const target = hoverAt(template.source, template.toTemplate(offset), catalogOf(doc));
  if (!target) return null;
  const parts: string[] = [];
  if (target.documentation) parts.push(target.documentation);
  if (target.span.closed) {
    // The field code as the template holds it (escapes decoded), rendered alone.
    const source = template.source.slice(target.span.start, target.span.end);
    parts.push(renderedValueMarkdown(source, sampleDataOf(doc) ?? {}));
  }
  return {
    contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') },
    range: { start: doc.document.positionAt(template.toFile(target.start)), end: doc.document.positionAt(template.toFile(target.end)) },
  };
}
