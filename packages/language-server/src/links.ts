/** Document links: the top-level `$schema` of a JSON response opens the schema it names. */
import type { DocumentLink } from 'vscode-languageserver';
import { schemaNode, SCHEMA_BASE, type ResponseDocument } from './documents.js';
import { rangeOf } from './diagnostics.js';

/**
 * The link of `"$schema": "…"` when it is a top-level key holding an http(s) URL. The target is the
 * URL itself (the VS Code extension maps fieldcode's URLs to the schemas it ships, so they open
 * offline); a fieldcode schema gets a tooltip naming the `fieldcode schema` command that prints it.
 */
export function documentLinks(doc: ResponseDocument): DocumentLink[] {
  if (doc.kind !== 'json') return [];
  const node = schemaNode(doc.text);
  if (node === undefined || typeof node.value !== 'string') return [];
  const url = node.value;
  // The range is the string's content; a URL written with escapes is not linked (its text is not the URL).
  if (node.length !== url.length + 2 || !/^https?:\/\/\S+$/u.test(url)) return [];
  const link: DocumentLink = { range: rangeOf(doc.document, node.offset + 1, node.offset + 1 + url.length), target: url };
  if (url.startsWith(SCHEMA_BASE) && url.endsWith('.schema.json')) {
    const name = url.slice(SCHEMA_BASE.length, -'.schema.json'.length);
    link.tooltip = `fieldcode JSON Schema '${name}' (also printed by: fieldcode schema ${name})`;
  }
  return [link];
}
