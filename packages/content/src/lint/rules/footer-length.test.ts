import { describe, expect, it } from 'vitest';
import { formatDiagnostic, lint } from '../index.js';
import type { LintOptions } from '../../types.js';

/** Diagnostics of one rule, formatted `code severity L:C-L:C message @path`. */
const run = (text: string, options: LintOptions = {}) =>
  lint(text, options)
    .diagnostics.filter((d) => d.code === RULE)
    .map(formatDiagnostic);
const RULE = 'footer-length';

const BODY = '{"index":2,"type":"notification","id":"ns@x","language":"en_US","text":"Hi."}';

describe('footer-length', () => {
  it('reports a notification footer (text item after the body) over 60 characters', () => {
    const text = `{"contentType":"notification","content":[${BODY},{"index":3,"type":"text","text":"${'f'.repeat(61)}"}]}`;
    expect(run(text)).toEqual([
      'footer-length error 1:153-1:214 The footer is 61 characters long; the limit is 60 (whatsapp). @/content/1/text',
    ]);
  });

  it('reports an interactive footer', () => {
    const text = `{"contentType":"reply-buttons","text":"Q?","footer":"${'f'.repeat(61)}","content":[{"type":"reply-button","id":"a","text":"A"}]}`;
    expect(run(text)).toEqual(['footer-length error 1:54-1:115 The footer is 61 characters long; the limit is 60 (whatsapp). @/footer']);
  });

  it('accepts 60 characters and does not treat a text header as footer', () => {
    const text = `{"contentType":"notification","content":[{"index":1,"type":"text","text":"${'h'.repeat(61)}"},${BODY},{"index":3,"type":"text","text":"${'f'.repeat(60)}"}]}`;
    expect(run(text)).toEqual([]);
  });
});
