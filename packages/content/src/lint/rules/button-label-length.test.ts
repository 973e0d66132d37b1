import { describe, expect, it } from 'vitest';
import { formatDiagnostic, lint } from '../index.js';
import type { LintOptions } from '../../types.js';

/** Diagnostics of one rule, formatted `code severity L:C-L:C message @path`. */
const run = (text: string, options: LintOptions = {}) =>
  lint(text, options)
    .diagnostics.filter((d) => d.code === RULE)
    .map(formatDiagnostic);
const RULE = 'button-label-length';

const B = '{"index":1,"type":"notification","id":"ns@x","language":"en_US","text":"Hi."}';
const N = (...items: string[]) => `{"contentType":"notification","content":[${[B, ...items].join(',')}]}`;
const qr = (i: number, t: string) => `{"index":${i},"type":"quick-reply","text":"${t}"}`;

describe('button-label-length', () => {
  it('limits template button labels to 20 on whatsapp and 25 on whatsapp-cloud', () => {
    expect(run(N(qr(2, 'x'.repeat(21)), qr(3, 'y'.repeat(20))))).toEqual([
      'button-label-length error 1:160-1:181 The button label is 21 characters long; the limit is 20 (whatsapp). @/content/1/text',
    ]);
    expect(run(N(qr(2, 'x'.repeat(26)), qr(3, 'y'.repeat(25))), { profile: 'whatsapp-cloud' })).toEqual([
      'button-label-length error 1:160-1:186 The button label is 26 characters long; the limit is 25 (whatsapp-cloud). @/content/1/text',
    ]);
  });

  it('limits button URLs (2000) and phone numbers (20)', () => {
    const text = N(
      `{"index":2,"type":"url-button","text":"Go","url":"https://x.io/${'u'.repeat(1990)}"}`,
      '{"index":3,"type":"phone-button","text":"Call","phone":"+1631555100212345678901"}',
    );
    expect(run(text)).toEqual([
      'button-label-length error 1:170-1:2173 The button URL is 2003 characters long; the limit is 2000 (whatsapp). @/content/1/url',
      'button-label-length error 1:2232-1:2255 The button phone number is 23 characters long; the limit is 20 (whatsapp). @/content/2/phone',
    ]);
  });

  it('limits reply-button titles to 20', () => {
    const text = `{"contentType":"reply-buttons","text":"Q?","content":[{"type":"reply-button","id":"a","text":"${'x'.repeat(21)}"},{"type":"reply-button","id":"b","text":"B"}]}`;
    expect(run(text)).toEqual([
      'button-label-length error 1:95-1:116 The reply-button title is 21 characters long; the limit is 20 (whatsapp). @/content/0/text',
    ]);
  });

  it('limits reply-button ids to 256', () => {
    const text = `{"contentType":"reply-buttons","text":"Q?","content":[{"type":"reply-button","id":"${'i'.repeat(257)}","text":"A"}]}`;
    expect(run(text)).toEqual([
      'button-label-length error 1:84-1:341 The reply-button id is 257 characters long; the limit is 256 (whatsapp). @/content/0/id',
    ]);
  });

  it('limits Apple quick-reply titles to 200 (interactive strings)', () => {
    const text = `{"contentType":"quick-replies","text":"Q?","content":[{"id":1,"type":"quick-reply","action":"message","text":"${'q'.repeat(201)}"},{"id":2,"type":"quick-reply","action":"message","text":"No"}]}`;
    expect(run(text, { profile: 'apple-messages' })).toEqual([
      'button-label-length error 1:111-1:312 The quick-reply title is 201 characters long; the limit is 200 (apple-messages). @/content/0/text',
    ]);
  });

  it('counts emoji as one character (code points)', () => {
    expect(run(N(qr(2, '😀'.repeat(20))))).toEqual([]);
  });
});
