import { describe, expect, it } from 'vitest';
import { formatDiagnostic, lint } from '../index.js';
import type { LintOptions } from '../../types.js';

/** Diagnostics of one rule, formatted `code severity L:C-L:C message @path`. */
const run = (text: string, options: LintOptions = {}) =>
  lint(text, options)
    .diagnostics.filter((d) => d.code === RULE)
    .map(formatDiagnostic);
const RULE = 'header-length';

const N = (items: string) => `{"contentType":"notification","content":[${items}]}`;
const BODY = '{"index":2,"type":"notification","id":"ns@x","language":"en_US","text":"Hello there."}';

describe('header-length', () => {
  it('reports a text header longer than 60 characters (error, whole string content)', () => {
    const text = N(`{"index":1,"type":"text","text":"${'H'.repeat(61)}"},${BODY}`);
    expect(run(text)).toEqual([
      'header-length error 1:75-1:136 The text header is 61 characters long; the limit is 60 (whatsapp). @/content/0/text',
    ]);
  });

  it('accepts exactly 60 characters', () => {
    expect(run(N(`{"index":1,"type":"text","text":"${'H'.repeat(60)}"},${BODY}`))).toEqual([]);
  });

  it('reports more than one variable', () => {
    const text = N(
      `{"index":1,"type":"text","text":"A {{1}} b {{2}} c","parameters":[{"name":"a","index":1,"value":"x"},{"name":"b","index":2,"value":"y"}]},${BODY}`,
    );
    expect(run(text)).toEqual([
      'header-length error 1:75-1:92 The text header has 2 variables; at most 1 allowed (whatsapp). @/content/0/text',
    ]);
  });

  it('warns when the data dictionary lets the rendered header exceed the limit', () => {
    const text = N(
      `{"index":1,"type":"text","text":"Hi {{1}}!","parameters":[{"name":"a","index":1,"value":"<$ Contact.FirstName $>"}]},${BODY}`,
    );
    const dataDictionary = { fields: { 'Contact.FirstName': { type: 'string' as const, maxLength: 70 } } };
    expect(run(text, { dataDictionary })).toEqual([
      'header-length warning 1:75-1:84 The text header may reach 74 characters for some data; the limit is 60 (whatsapp). @/content/0/text',
    ]);
    const short = { fields: { 'Contact.FirstName': { type: 'string' as const, maxLength: 20 } } };
    expect(run(text, { dataDictionary: short })).toEqual([]);
  });

  it('checks list text headers against list.header.length', () => {
    const text = `{"contentType":"single-selection-list","header":{"type":"text","text":"${'L'.repeat(61)}"},"text":"Pick","button":"Go","content":[{"type":"section","title":"S","rows":[{"id":"1","title":"r"}]}]}`;
    expect(run(text)).toEqual([
      'header-length error 1:72-1:133 The text header is 61 characters long; the limit is 60 (whatsapp). @/header/text',
    ]);
  });

  it('ignores media headers', () => {
    expect(run(N(`{"index":1,"type":"image","url":"https://x/a.png","mime":"image/png"},${BODY}`))).toEqual([]);
  });
});
