import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parseInline, parseWhatsAppMarkup, markupToPlainText } from './whatsapp-markup.js';

describe('parseInline', () => {
  it('parses the four original styles', () => {
    expect(parseInline('a *b* _c_ ~d~')).toEqual([
      { type: 'text', text: 'a ' },
      { type: 'bold', children: [{ type: 'text', text: 'b' }] },
      { type: 'text', text: ' ' },
      { type: 'italic', children: [{ type: 'text', text: 'c' }] },
      { type: 'text', text: ' ' },
      { type: 'strike', children: [{ type: 'text', text: 'd' }] },
    ]);
  });

  it('nests styles', () => {
    expect(parseInline('*_both_*')).toEqual([{ type: 'bold', children: [{ type: 'italic', children: [{ type: 'text', text: 'both' }] }] }]);
    expect(parseInline('_it *bold* it_')).toEqual([
      {
        type: 'italic',
        children: [
          { type: 'text', text: 'it ' },
          { type: 'bold', children: [{ type: 'text', text: 'bold' }] },
          { type: 'text', text: ' it' },
        ],
      },
    ]);
  });

  it('requires markers to hug the text', () => {
    expect(parseInline('* not bold *')).toEqual([{ type: 'text', text: '* not bold *' }]);
    expect(parseInline('*not bold *')).toEqual([{ type: 'text', text: '*not bold *' }]);
    expect(parseInline('a * b')).toEqual([{ type: 'text', text: 'a * b' }]);
    expect(parseInline('snake_case_name')).toEqual([{ type: 'text', text: 'snake_case_name' }]);
  });

  it('does not treat doubled markers as bold', () => {
    expect(parseInline('**x**')).toEqual([{ type: 'text', text: '**x**' }]);
  });

  it('keeps the seed body with a lone asterisk', () => {
    expect(parseInline('Your bill of $129.99 * is due on *March 7 / 2020 3:00 PM*.')).toEqual([
      { type: 'text', text: 'Your bill of $129.99 * is due on ' },
      { type: 'bold', children: [{ type: 'text', text: 'March 7 / 2020 3:00 PM' }] },
      { type: 'text', text: '.' },
    ]);
  });

  it('turns styles off inside monospace', () => {
    expect(parseInline('```*not bold* _x_```')).toEqual([{ type: 'mono', text: '*not bold* _x_' }]);
    expect(parseInline('run `npm *start*` now')).toEqual([
      { type: 'text', text: 'run ' },
      { type: 'code', text: 'npm *start*' },
      { type: 'text', text: ' now' },
    ]);
  });

  it('links http(s) URLs only, without trailing punctuation', () => {
    expect(parseInline('See https://example.com/a?b=1.')).toEqual([
      { type: 'text', text: 'See ' },
      { type: 'link', href: 'https://example.com/a?b=1', text: 'https://example.com/a?b=1' },
      { type: 'text', text: '.' },
    ]);
    expect(parseInline('javascript:alert(1) ftp://x.org')).toEqual([{ type: 'text', text: 'javascript:alert(1) ftp://x.org' }]);
    expect(parseInline('*http://a.io*')).toEqual([
      { type: 'bold', children: [{ type: 'link', href: 'http://a.io', text: 'http://a.io' }] },
    ]);
  });

  it('keeps HTML as text', () => {
    expect(parseInline('<img src=x onerror=window.__xss=1>')).toEqual([{ type: 'text', text: '<img src=x onerror=window.__xss=1>' }]);
  });
});

describe('parseWhatsAppMarkup', () => {
  it('groups bullet and numbered list lines', () => {
    expect(parseWhatsAppMarkup('Items:\n* one\n- *two*\n1. first\n2. second')).toEqual([
      { type: 'line', children: [{ type: 'text', text: 'Items:' }] },
      {
        type: 'bullet-list',
        items: [[{ type: 'text', text: 'one' }], [{ type: 'bold', children: [{ type: 'text', text: 'two' }] }]],
      },
      {
        type: 'numbered-list',
        items: [
          { number: 1, children: [{ type: 'text', text: 'first' }] },
          { number: 2, children: [{ type: 'text', text: 'second' }] },
        ],
      },
    ]);
  });

  it('parses quotes and keeps empty lines', () => {
    expect(parseWhatsAppMarkup('> _quoted_\n\nafter')).toEqual([
      { type: 'quote', children: [{ type: 'italic', children: [{ type: 'text', text: 'quoted' }] }] },
      { type: 'line', children: [] },
      { type: 'line', children: [{ type: 'text', text: 'after' }] },
    ]);
  });

  it('parses a multi-line monospace block', () => {
    expect(parseWhatsAppMarkup('```line *1*\nline 2```\nend')).toEqual([
      { type: 'mono-block', text: 'line *1*\nline 2' },
      { type: 'line', children: [{ type: 'text', text: 'end' }] },
    ]);
  });

  it('gives back the plain text without markers', () => {
    expect(markupToPlainText(parseWhatsAppMarkup('Hello *John*,\n* _a_'))).toBe('Hello John,\na');
  });
});

describe('robustness', () => {
  it('never throws and never adds text, on any mix of markers, URLs and lines', () => {
    const alphabet = fc.constantFrom('*', '_', '~', '`', '>', '-', '1', '.', ' ', '\n', 'a', 'h', 'https://x.io', '<img src=x>');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 200 }), (parts) => {
        const text = parts.join('');
        const plain = markupToPlainText(parseWhatsAppMarkup(text));
        expect(plain.length).toBeLessThanOrEqual(text.length);
      }),
    );
  });

  it('parses long runs of unclosed markers and bare URL prefixes', () => {
    const text = '*a _b ~c h '.repeat(20_000);
    const blocks = parseWhatsAppMarkup(text);
    expect(markupToPlainText(blocks)).toBe(text);
    expect(blocks).toHaveLength(1);
  });
});
