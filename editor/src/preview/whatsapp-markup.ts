/**
 * WhatsApp text formatting → token tree. A pure module (no DOM): the preview renders the tree
 * with lit templates, so template and data text only ever become text nodes.
 *
 * Rules (WhatsApp Help Center "format text", approximated — WhatsApp does not publish its tokenizer):
 * `*bold*`, `_italic_`, `~strike~`, ```` ```mono``` ```` (turns other styles off inside it),
 * `` `code` ``; `* item` / `- item` bullets, `1. item` numbered items and `> quote` at line start.
 * Markers must hug the text (no space just inside them) and styles nest (`*_x_*`).
 * Only `http://` and `https://` URLs become links; `**x**` is not bold.
 */

/** An inline node of one line of text. */
export type InlineNode =
  | { type: 'text'; text: string }
  | { type: 'bold' | 'italic' | 'strike'; children: InlineNode[] }
  | { type: 'mono'; text: string }
  | { type: 'code'; text: string }
  | { type: 'link'; href: string; text: string };

/** A block: one line of text, a list, a quote line or a multi-line monospace block. */
export type BlockNode =
  | { type: 'line'; children: InlineNode[] }
  | { type: 'bullet-list'; items: InlineNode[][] }
  | { type: 'numbered-list'; items: Array<{ number: number; children: InlineNode[] }> }
  | { type: 'quote'; children: InlineNode[] }
  | { type: 'mono-block'; text: string };

const STYLE_BY_MARKER: Readonly<Record<string, 'bold' | 'italic' | 'strike'>> = Object.freeze({
  '*': 'bold',
  _: 'italic',
  '~': 'strike',
});

const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/u.test(ch);
const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/** Parses WhatsApp-formatted text into blocks. */
export function parseWhatsAppMarkup(text: string): BlockNode[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const blocks: BlockNode[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const monoEnd = line.startsWith('```') ? findMonoBlockEnd(lines, i) : -1;
    if (monoEnd > i) {
      const joined = lines.slice(i, monoEnd + 1).join('\n');
      blocks.push({ type: 'mono-block', text: joined.slice(3, joined.lastIndexOf('```')) });
      i = monoEnd;
      continue;
    }
    const bullet = /^[*-] (.*)$/u.exec(line);
    if (bullet) {
      const children = parseInline(bullet[1]!);
      const last = blocks[blocks.length - 1];
      if (last?.type === 'bullet-list') last.items.push(children);
      else blocks.push({ type: 'bullet-list', items: [children] });
      continue;
    }
    const numbered = /^(\d{1,9})\. (.*)$/u.exec(line);
    if (numbered) {
      const item = { number: Number(numbered[1]), children: parseInline(numbered[2]!) };
      const last = blocks[blocks.length - 1];
      if (last?.type === 'numbered-list') last.items.push(item);
      else blocks.push({ type: 'numbered-list', items: [item] });
      continue;
    }
    const quote = /^> (.*)$/u.exec(line);
    if (quote) {
      blocks.push({ type: 'quote', children: parseInline(quote[1]!) });
      continue;
    }
    blocks.push({ type: 'line', children: parseInline(line) });
  }
  return blocks;
}

/** A ``` opened at the start of line `start` and closed at the end of a later line spans several lines. */
function findMonoBlockEnd(lines: string[], start: number): number {
  if (lines[start]!.indexOf('```', 3) !== -1) return -1; // closed on the same line: inline mono
  for (let j = start + 1; j < lines.length; j++) {
    const at = lines[j]!.indexOf('```');
    if (at !== -1) return at === lines[j]!.length - 3 ? j : -1;
  }
  return -1;
}

/** Parses the inline styles of one line. */
export function parseInline(text: string): InlineNode[] {
  return parseStyled(text, new Set());
}

/**
 * Inline parsing; `open` holds the styles enclosing `text` (a style does not nest in itself, which
 * also bounds the recursion to three levels and keeps parsing linear in the text length).
 */
function parseStyled(text: string, open: ReadonlySet<string>): InlineNode[] {
  const nodes: InlineNode[] = [];
  const closers = new Map<string, number[]>();
  let plain = '';
  const flush = (): void => {
    if (plain) nodes.push({ type: 'text', text: plain });
    plain = '';
  };
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (text.startsWith('```', i)) {
      const end = text.indexOf('```', i + 3);
      if (end > i + 3) {
        flush();
        nodes.push({ type: 'mono', text: text.slice(i + 3, end) });
        i = end + 3;
        continue;
      }
    }
    if (ch === '`' && !text.startsWith('```', i)) {
      const end = text.indexOf('`', i + 1);
      if (end > i + 1) {
        flush();
        nodes.push({ type: 'code', text: text.slice(i + 1, end) });
        i = end + 1;
        continue;
      }
    }
    const style = STYLE_BY_MARKER[ch];
    if (style && !open.has(ch) && opens(text, i)) {
      let positions = closers.get(ch);
      if (!positions) {
        positions = closingPositions(text, ch);
        closers.set(ch, positions);
      }
      const end = firstAtOrAfter(positions, i + 2);
      if (end !== -1) {
        flush();
        nodes.push({ type: style, children: parseStyled(text.slice(i + 1, end), new Set([...open, ch])) });
        i = end + 1;
        continue;
      }
    }
    const url = matchUrl(text, i);
    if (url) {
      flush();
      nodes.push({ type: 'link', href: url, text: url });
      i += url.length;
      continue;
    }
    plain += ch;
    i++;
  }
  flush();
  return nodes;
}

/** A marker opens when followed by a non-space and not preceded by a letter, digit or the same marker; a doubled marker (`**`) never opens. */
function opens(text: string, at: number): boolean {
  const marker = text[at]!;
  const next = text[at + 1];
  const previous = text[at - 1];
  return next !== undefined && !isSpace(next) && next !== marker && previous !== marker && !isWordChar(previous);
}

/** Offsets where `marker` can close a style: after a non-space, not before a letter, digit or the same marker. */
function closingPositions(text: string, marker: string): number[] {
  const positions: number[] = [];
  for (let j = text.indexOf(marker, 1); j !== -1; j = text.indexOf(marker, j + 1)) {
    if (isSpace(text[j - 1]) || isWordChar(text[j + 1]) || text[j + 1] === marker) continue;
    positions.push(j);
  }
  return positions;
}

/** The first value ≥ `min` of a sorted list, or -1 (binary search). */
function firstAtOrAfter(sorted: number[], min: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < min) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length ? sorted[lo]! : -1;
}

const URL_PATTERN = /https?:\/\/[^\s<>"]+/iuy;
/** Punctuation that ends a sentence rather than a URL (`see https://x.example.`). */
const TRAILING_PUNCTUATION = new Set([...'.,;:!?\'")]}*_~']);

/** `url` without its trailing punctuation, counted backwards (an end-anchored regex is quadratic here). */
function withoutTrailingPunctuation(url: string): string {
  let end = url.length;
  while (end > 0 && TRAILING_PUNCTUATION.has(url[end - 1]!)) end--;
  return url.slice(0, end);
}

/** An http(s) URL starting at `at` (not in the middle of a word), without trailing punctuation. */
function matchUrl(text: string, at: number): string | null {
  const ch = text[at];
  if (ch !== 'h' && ch !== 'H') return null;
  if (isWordChar(text[at - 1])) return null;
  URL_PATTERN.lastIndex = at;
  const match = URL_PATTERN.exec(text);
  if (!match) return null;
  const url = withoutTrailingPunctuation(match[0]);
  return /^https?:\/\/./iu.test(url) ? url : null;
}

/** Plain text of a token tree (what the customer reads, markers removed). */
export function markupToPlainText(blocks: BlockNode[]): string {
  const inline = (nodes: InlineNode[]): string => nodes.map((n) => ('children' in n ? inline(n.children) : n.text)).join('');
  return blocks
    .map((b) => {
      switch (b.type) {
        case 'line':
        case 'quote':
          return inline(b.children);
        case 'mono-block':
          return b.text;
        case 'bullet-list':
          return b.items.map(inline).join('\n');
        case 'numbered-list':
          return b.items.map((item) => inline(item.children)).join('\n');
      }
    })
    .join('\n');
}
