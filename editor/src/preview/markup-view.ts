/**
 * The WhatsApp markup token tree as lit templates. Text is interpolated (a text node), never
 * parsed as HTML; links exist only for http(s) URLs recognised by the markup parser.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { parseWhatsAppMarkup, type BlockNode, type InlineNode } from './whatsapp-markup.js';

function inline(nodes: InlineNode[]): Array<TemplateResult | string> {
  return nodes.map((node) => {
    switch (node.type) {
      case 'text':
        return node.text;
      case 'bold':
        return html`<strong>${inline(node.children)}</strong>`;
      case 'italic':
        return html`<em>${inline(node.children)}</em>`;
      case 'strike':
        return html`<s>${inline(node.children)}</s>`;
      case 'mono':
        return html`<code class="mono">${node.text}</code>`;
      case 'code':
        return html`<code class="code">${node.text}</code>`;
      case 'link':
        return html`<a href=${node.href} target="_blank" rel="noopener noreferrer nofollow">${node.text}</a>`;
    }
  });
}

function block(node: BlockNode): TemplateResult {
  switch (node.type) {
    case 'line':
      return html`<div class="line">${node.children.length ? inline(node.children) : html`<br />`}</div>`;
    case 'quote':
      return html`<blockquote>${inline(node.children)}</blockquote>`;
    case 'mono-block':
      return html`<pre class="mono">${node.text}</pre>`;
    case 'bullet-list':
      return html`<ul>
        ${node.items.map((item) => html`<li>${inline(item)}</li>`)}
      </ul>`;
    case 'numbered-list':
      return html`<ol>
        ${node.items.map((item) => html`<li value=${item.number}>${inline(item.children)}</li>`)}
      </ol>`;
  }
}

/** WhatsApp-formatted text as a template. */
export function renderMarkup(text: string): TemplateResult | typeof nothing {
  if (!text) return nothing;
  return html`${parseWhatsAppMarkup(text).map(block)}`;
}
