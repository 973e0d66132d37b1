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

/**
 * A long text as separately drawable blocks (the preview scrolls a long body virtually: only the
 * blocks in view are drawn). `labelStart[i]` is the index in `labels` of block `i`'s first mark, so
 * a block drawn alone still names its marks right.
 */
export interface MarkupBlocks {
  blocks: BlockNode[];
  labels: readonly string[];
  labelStart: number[];
}

function marksIn(text: string): number {
  let count = 0;
  for (let at = text.indexOf(EMPTY_MARK); at !== -1; at = text.indexOf(EMPTY_MARK, at + 1)) count++;
  return count;
}

/** The text of inline nodes as drawn (markers removed, each mark shown as its label). */
function inlineText(nodes: InlineNode[], labels: string[]): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text' || node.type === 'mono' || node.type === 'code') out += markedText(node.text, labels);
    else if (node.type === 'link') out += node.text;
    else out += inlineText(node.children, labels);
  }
  return out;
}

function markedText(text: string, labels: string[]): string {
  if (!text.includes(EMPTY_MARK)) return text;
  return text
    .split(EMPTY_MARK)
    .map((part, i) => (i > 0 ? (labels.shift() ?? '') : '') + part)
    .join('');
}

/** Lines of one block as drawn. */
function blockLines(node: BlockNode, labels: string[]): string[] {
  switch (node.type) {
    case 'line':
    case 'quote':
      return [inlineText(node.children, labels)];
    case 'mono-block':
      return [markedText(node.text, labels)];
    case 'bullet-list':
      return node.items.map((item) => inlineText(item, labels));
    case 'numbered-list':
      return node.items.map((item) => `${item.number}. ${inlineText(item.children, labels)}`);
  }
}

function blockMarks(node: BlockNode): number {
  const count = (nodes: InlineNode[]): number =>
    nodes.reduce((sum, n) => sum + ('children' in n ? count(n.children) : n.type === 'link' ? 0 : marksIn(n.text)), 0);
  switch (node.type) {
    case 'line':
    case 'quote':
      return count(node.children);
    case 'mono-block':
      return marksIn(node.text);
    case 'bullet-list':
      return node.items.reduce((sum, item) => sum + count(item), 0);
    case 'numbered-list':
      return node.items.reduce((sum, item) => sum + count(item.children), 0);
  }
}

/** Splits WhatsApp-formatted text into blocks drawn one by one (see {@link drawBlock}). */
export function markupBlocks(text: string, labels: readonly string[] = []): MarkupBlocks {
  // A list becomes one block per item (numbered items keep their number), so a long list scrolls too.
  const blocks = parseWhatsAppMarkup(text).flatMap((node): BlockNode[] =>
    node.type === 'bullet-list'
      ? node.items.map((item) => ({ type: 'bullet-list', items: [item] }))
      : node.type === 'numbered-list'
        ? node.items.map((item) => ({ type: 'numbered-list', items: [item] }))
        : [node],
  );
  const labelStart: number[] = [];
  let next = 0;
  for (const node of blocks) {
    labelStart.push(next);
    next += blockMarks(node);
  }
  return { blocks, labels, labelStart };
}

/** Block `index` of {@link markupBlocks}, with its marks named. */
export function drawBlock(split: MarkupBlocks, index: number): TemplateResult {
  return block(split.blocks[index]!, split.labels.slice(split.labelStart[index]));
}

/** The text of blocks `[start, end)` as drawn, one line per line (what copying the drawn blocks gives). */
export function blocksText(split: MarkupBlocks, start = 0, end = split.blocks.length): string {
  const lines: string[] = [];
  for (let i = start; i < end; i++) lines.push(...blockLines(split.blocks[i]!, split.labels.slice(split.labelStart[i])));
  return lines.join('\n');
}
