import { describe, expect, it } from 'vitest';
import { formatDiagnostic, lint } from '../index.js';
import type { LintOptions } from '../../types.js';

/** Diagnostics of one rule, formatted `code severity L:C-L:C message @path`. */
const run = (text: string, options: LintOptions = {}) =>
  lint(text, options)
    .diagnostics.filter((d) => d.code === RULE)
    .map(formatDiagnostic);
const RULE = 'button-count';

const B = '{"index":1,"type":"notification","id":"ns@x","language":"en_US","text":"Hi."}';
const N = (...items: string[]) => `{"contentType":"notification","content":[${[B, ...items].join(',')}]}`;
const qr = (i: number, t = 'Yes') => `{"index":${i},"type":"quick-reply","text":"${t}"}`;
const url = (i: number) => `{"index":${i},"type":"url-button","text":"Go","url":"https://x.io"}`;
const phone = (i: number) => `{"index":${i},"type":"phone-button","text":"Call","phone":"+16315551002"}`;
const RB = (...items: string[]) => `{"contentType":"reply-buttons","text":"Q?","content":[${items.join(',')}]}`;
const rb = (id: string, t: string) => `{"type":"reply-button","id":"${id}","text":"${t}"}`;

describe('button-count on the whatsapp profile (the seed rules)', () => {
  it('refuses quick replies mixed with call-to-action buttons', () => {
    expect(run(N(qr(2), url(3)))).toEqual([
      'button-count error 1:166-1:230 Quick replies and call-to-action buttons cannot be mixed in one template (whatsapp): use up to 3 quick replies, or call-to-action buttons only. @/content/2',
    ]);
  });

  it('allows at most 3 quick replies, 1 URL and 1 phone button', () => {
    expect(run(N(qr(2, 'a'), qr(3, 'b'), qr(4, 'c'), qr(5, 'd')))).toEqual([
      'button-count error 1:252-1:295 4 quick-reply buttons; at most 3 allowed (whatsapp). @/content/4',
    ]);
    expect(run(N(url(2), url(3)))).toEqual(['button-count error 1:185-1:249 2 URL buttons; at most 1 allowed (whatsapp). @/content/2']);
    expect(run(N(qr(2, 'a'), qr(3, 'b'), qr(4, 'c')))).toEqual([]);
    expect(run(N(url(2), phone(3)))).toEqual([]);
  });
});

describe('button-count on whatsapp-cloud (Meta 2026)', () => {
  it('accepts grouped quick replies mixed with call-to-action buttons', () => {
    expect(run(N(qr(2, 'a'), qr(3, 'b'), url(4), phone(5)), { profile: 'whatsapp-cloud' })).toEqual([]);
  });

  it('refuses a call-to-action button between quick replies', () => {
    expect(run(N(qr(2, 'a'), url(3), qr(4, 'b')), { profile: 'whatsapp-cloud' })).toEqual([
      'button-count error 1:164-1:228 Quick replies must form one group before or after the other buttons; this url-button sits between quick replies (whatsapp-cloud). @/content/2',
    ]);
  });

  it('allows at most 2 URL buttons', () => {
    expect(run(N(url(2), url(3), url(4)), { profile: 'whatsapp-cloud' })).toEqual([
      'button-count error 1:250-1:314 3 URL buttons; at most 2 allowed (whatsapp-cloud). @/content/3',
    ]);
  });
});

describe('button-count on interactive messages', () => {
  it('allows 1 to 3 reply buttons', () => {
    expect(run(RB(rb('a', 'A'), rb('b', 'B'), rb('c', 'C'), rb('d', 'D')))).toEqual([
      'button-count error 1:187-1:230 Reply buttons: 4 given; at most 3 allowed (whatsapp). @/content/3',
    ]);
    expect(run(RB())).toEqual(['button-count error 1:54-1:56 Reply buttons: 0 given; at least 1 required (whatsapp). @/content']);
    expect(run(RB(rb('a', 'A')))).toEqual([]);
  });

  it('requires 2 to 5 quick replies on apple-messages', () => {
    const text = '{"contentType":"quick-replies","text":"Q?","content":[{"id":1,"type":"quick-reply","action":"message","text":"Yes"}]}';
    expect(run(text, { profile: 'apple-messages' })).toEqual([
      'button-count error 1:54-1:117 Quick replies: 1 given; at least 2 required (apple-messages). @/content',
    ]);
  });

  it('allows at most 2 buttons per carousel card', () => {
    const card = (n: string) =>
      `{"type":"card","title":"${n}","image":{"url":"https://x/${n}.png","mime":"image/png"},"buttons":[{"type":"quick-reply","text":"a"},{"type":"quick-reply","text":"b"},{"type":"quick-reply","text":"c"}]}`;
    expect(run(`{"contentType":"generic","text":"Offers","content":[${card('a')},${card('b')}]}`)).toEqual([
      'button-count error 1:212-1:245 A carousel card has 3 buttons; at most 2 per card (whatsapp). @/content/0/buttons/2',
      'button-count error 1:407-1:440 A carousel card has 3 buttons; at most 2 per card (whatsapp). @/content/1/buttons/2',
    ]);
  });
});
