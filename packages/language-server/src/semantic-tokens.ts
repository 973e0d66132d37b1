/**
 * Semantic tokens for field codes and `{{n}}` placeholders, in `.txt` responses and inside the
 * template strings of JSON responses (mapped through escapes). Token kinds come from the
 * language's highlighting scan (`scanFieldCodes`), placeholders from the compiled texts.
 */
import { scanFieldCodes, type FieldCodeTokenKind } from '@fieldcode/language';
import { findPlaceholders } from '@fieldcode/content';
import { SemanticTokensBuilder, type SemanticTokens, type SemanticTokensLegend } from 'vscode-languageserver';
import type { ResponseDocument } from './documents.js';
import { jsonTemplate, plainTemplate, type TemplateAt } from './text-map.js';

/** Standard LSP token types, so every theme colours them. */
export const TOKEN_TYPES = [
  'macro',
  'namespace',
  'property',
  'function',
  'string',
  'number',
  'operator',
  'keyword',
  'variable',
  'parameter',
];

export const legend: SemanticTokensLegend = { tokenTypes: TOKEN_TYPES, tokenModifiers: [] };

/** Field-code token kind → token type (punctuation is left to the grammar). */
const TYPE_OF: Record<FieldCodeTokenKind, string | undefined> = {
  delimiter: 'macro',
  object: 'namespace',
  property: 'property',
  function: 'function',
  string: 'string',
  number: 'number',
  operator: 'operator',
  keyword: 'keyword',
  identifier: 'variable',
  punctuation: undefined,
};

interface Token {
  start: number;
  end: number;
  type: number;
}

function templateTokens(template: TemplateAt, placeholders: ReadonlyArray<{ start: number; end: number }>): Token[] {
  const tokens: Token[] = [];
  for (const token of scanFieldCodes(template.source)) {
    const type = TYPE_OF[token.kind];
    if (type === undefined) continue;
    tokens.push({ start: template.toFile(token.start), end: template.toFile(token.end), type: TOKEN_TYPES.indexOf(type) });
  }
  const parameter = TOKEN_TYPES.indexOf('parameter');
  for (const placeholder of placeholders) {
    tokens.push({ start: template.toFile(placeholder.start), end: template.toFile(placeholder.end), type: parameter });
  }
  return tokens;
}

/** The semantic tokens of a document (relative encoding, one line per token piece). */
export function semanticTokens(doc: ResponseDocument): SemanticTokens {
  let tokens: Token[];
  if (doc.kind === 'text') {
    const template = plainTemplate(doc.text);
    const placeholders = findPlaceholders(doc.text).filter((p) => !insideFieldCode(template.source, p.start));
    tokens = templateTokens(template, placeholders);
  } else {
    tokens = doc.compiled().texts.flatMap((text) => (text.span ? templateTokens(jsonTemplate(text), text.placeholders) : []));
  }
  tokens.sort((a, b) => a.start - b.start);
  const builder = new SemanticTokensBuilder();
  const document = doc.document;
  for (const token of tokens) {
    // A token never spans lines in LSP: a multi-line one (a string literal in a .txt file) is cut at line ends.
    const start = document.positionAt(token.start);
    const end = document.positionAt(token.end);
    for (let line = start.line; line <= end.line; line++) {
      const from = line === start.line ? start.character : 0;
      const to =
        line === end.line ? end.character : document.offsetAt({ line: line + 1, character: 0 }) - document.offsetAt({ line, character: 0 });
      if (to > from) builder.push(line, from, to - from, token.type, 0);
    }
  }
  return builder.build();
}

/** True when `offset` lies inside a field code of `source` (`{{1}}` there is a string, not a placeholder). */
function insideFieldCode(source: string, offset: number): boolean {
  const open = source.lastIndexOf('<$', offset);
  if (open === -1) return false;
  const close = source.indexOf('$>', open);
  return close === -1 || close > offset;
}
