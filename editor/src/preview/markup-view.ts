/**
 * The WhatsApp markup token tree as lit templates. Text is interpolated (a text node), never
 * parsed as HTML; links exist only for http(s) URLs recognised by the markup parser. A text with
 * empty-value marks (see empty-values.ts) draws each mark as a highlighted chip with its label.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { EMPTY_MARK } from './empty-values.js';
import { parseWhatsAppMarkup, type BlockNode, type InlineNode } from './whatsapp-markup.js';

type Piece = TemplateResult | string;

/** Draws the marks of one text run; `labels` is consumed in reading order. */
function withMarks(text: string, labels: string[] | undefined): Piece | Piece[] {
  if (labels === undefined || !text.includes(EMPTY_MARK)) return text;
  const pieces: Piece[] = [];
  text.split(EMPTY_MARK).forEach((part, i) => {
    if (i > 0) {
      const label = labels.shift() ?? '';
      pieces.push(
        html`<mark class="empty-value" part="empty-value" title=${`${label} renders empty with this sample data`}>${label}</mark>`,
      );
    }
    if (part) pieces.push(part);
  });
  return pieces;
}

function inline(nodes: InlineNode[], labels: string[] | undefined): Array<Piece | Piece[]> {
  return nodes.map((node) => {
    switch (node.type) {
      case 'text':
        return withMarks(node.text, labels);
      case 'bold':
        return html`<strong>${inline(node.children, labels)}</strong>`;
      case 'italic':
        return html`<em>${inline(node.children, labels)}</em>`;
      case 'strike':
        return html`<s>${inline(node.children, labels)}</s>`;
      case 'mono':
        return html`<code class="mono">${withMarks(node.text, labels)}</code>`;
      case 'code':
        return html`<code class="code">${withMarks(node.text, labels)}</code>`;
      case 'link':
        return html`<a href=${node.href} target="_blank" rel="noopener noreferrer nofollow">${node.text}</a>`;
    }
  });
}

function block(node: BlockNode, labels: string[] | undefined): TemplateResult {
  switch (node.type) {
    case 'line':
      return html`<div class="line" dir="auto">${node.children.length ? inline(node.children, labels) : html`<br />`}</div>`;
    case 'quote':
      return html`<blockquote dir="auto">${inline(node.children, labels)}</blockquote>`;
    case 'mono-block':
      return html`<pre class="mono" dir="auto">${withMarks(node.text, labels)}</pre>`;
    case 'bullet-list':
      return html`<ul dir="auto">
        ${node.items.map((item) => html`<li>${inline(item, labels)}</li>`)}
      </ul>`;
    case 'numbered-list':
      return html`<ol dir="auto">
        ${node.items.map((item) => html`<li value=${item.number}>${inline(item.children, labels)}</li>`)}
      </ol>`;
  }
}

/**
 * WhatsApp-formatted text as a template. `labels` names the empty-value marks of `text` in order
 * (the text then comes from `markEmptyValues`); without it, the text is drawn as it is.
 */
export function renderMarkup(text: string, labels?: readonly string[]): TemplateResult | typeof nothing {
  if (!text) return nothing;
  const queue = labels ? [...labels] : undefined;
  return html`${parseWhatsAppMarkup(text).map((node) => block(node, queue))}`;
}

/** A text drawn as it is (no markup: headers and footers), with its empty-value marks as chips. */
export function renderMarked(text: string, labels?: readonly string[]): Piece | Piece[] {
  return withMarks(text, labels ? [...labels] : undefined);
}
