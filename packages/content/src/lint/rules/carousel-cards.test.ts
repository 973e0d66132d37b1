import { describe, expect, it } from 'vitest';
import { formatDiagnostic, lint } from '../index.js';
import type { LintOptions } from '../../types.js';

/** Diagnostics of one rule, formatted `code severity L:C-L:C message @path`. */
const run = (text: string, options: LintOptions = {}) =>
  lint(text, options)
    .diagnostics.filter((d) => d.code === RULE)
    .map(formatDiagnostic);
const RULE = 'carousel-cards';

const IMAGE = '"image":{"url":"https://x/a.png","mime":"image/png"}';
const card = (title: string, subtitle?: string, media = IMAGE, buttons = '[{"type":"quick-reply","text":"a"}]') =>
  `{"type":"card","title":"${title}"${subtitle === undefined ? '' : `,"subtitle":"${subtitle}"`},${media},"buttons":${buttons}}`;
const G = (...cards: string[]) => `{"contentType":"generic","text":"Offers","content":[${cards.join(',')}]}`;

describe('carousel-cards', () => {
  it('requires 2 to 10 cards', () => {
    expect(run(G(card('A')))).toEqual([
      'carousel-cards error 1:52-1:180 The carousel has 1 card; at least 2 required (whatsapp). @/content',
    ]);
    const eleven = Array.from({ length: 11 }, (_, i) => card(String(i)));
    expect(run(G(...eleven))).toEqual([
      'carousel-cards error 1:1323-1:1450 The carousel has 11 cards; at most 10 allowed (whatsapp). @/content/10',
    ]);
    expect(run(G(card('A'), card('B')))).toEqual([]);
  });

  it('counts the card body as title + line break + subtitle (160)', () => {
    expect(run(G(card('T'.repeat(100), 's'.repeat(60)), card('B')))).toEqual([
      'carousel-cards error 1:77-1:177 The card body (title and subtitle) is 161 characters long; the limit is 160 (whatsapp). @/content/0/title',
    ]);
    expect(run(G(card('T'.repeat(100), 's'.repeat(59)), card('B')))).toEqual([]);
  });

  it('requires every card to have the same media kind and buttons', () => {
    const video = '"video":{"url":"https://x/a.mp4","mime":"video/mp4"}';
    expect(
      run(G(card('A'), card('B', undefined, video), card('C', undefined, IMAGE, '[{"type":"url-button","text":"a","url":"https://x"}]'))),
    ).toEqual([
      'carousel-cards error 1:180-1:306 Every card must have the same components: the first card has (image | quick-reply), this one (video | quick-reply). @/content/1',
      'carousel-cards error 1:307-1:450 Every card must have the same components: the first card has (image | quick-reply), this one (image | url-button). @/content/2',
    ]);
  });

  it('on WhatsApp profiles, takes either one URL button or quick replies only per card', () => {
    const mixed = '[{"type":"quick-reply","text":"a"},{"type":"url-button","text":"b","url":"https://x"}]';
    const oneUrl = '[{"type":"url-button","text":"b","url":"https://x"}]';
    const twoReplies = '[{"type":"quick-reply","text":"a"},{"type":"quick-reply","text":"b"}]';
    const text = G(card('A', undefined, IMAGE, mixed), card('B', undefined, IMAGE, mixed));
    expect(run(text)).toEqual([
      'carousel-cards error 1:143-1:229 A WhatsApp carousel card takes either one URL button or quick-reply buttons only; this card has quick-reply, url-button (whatsapp). @/content/0/buttons',
      'carousel-cards error 1:321-1:407 A WhatsApp carousel card takes either one URL button or quick-reply buttons only; this card has quick-reply, url-button (whatsapp). @/content/1/buttons',
    ]);
    expect(run(G(card('A', undefined, IMAGE, oneUrl), card('B', undefined, IMAGE, oneUrl)))).toEqual([]);
    expect(run(G(card('A', undefined, IMAGE, twoReplies), card('B', undefined, IMAGE, twoReplies)))).toEqual([]);
    // Apple Messages has no WhatsApp carousel rules.
    expect(run(text, { profile: 'apple-messages' })).toEqual([]);
  });

  it('on WhatsApp profiles, allows at most 2 line breaks in a card body (title + line break + subtitle)', () => {
    expect(run(G(card('A', 'one\\ntwo'), card('B')))).toEqual([]);
    expect(run(G(card('A', 'one\\ntwo\\nthree'), card('B')))).toEqual([
      'carousel-cards error 1:92-1:107 The card body (title and subtitle) has 3 line breaks; WhatsApp carousel cards take at most 2 (whatsapp). @/content/0/subtitle',
    ]);
  });
});
