import { describe, expect, it } from 'vitest';
import { formatDiagnostic, lint } from '../index.js';
import type { LintOptions } from '../../types.js';

/** Diagnostics of one rule, formatted `code severity L:C-L:C message @path`. */
const run = (text: string, options: LintOptions = {}) =>
  lint(text, options)
    .diagnostics.filter((d) => d.code === RULE)
    .map(formatDiagnostic);
const RULE = 'body-length';

const N = (items: string) => `{"contentType":"notification","content":[${items}]}`;
const body = (text: string, params = '') =>
  `{"index":2,"type":"notification","id":"ns@x","language":"en_US","text":${JSON.stringify(text)}${params}}`;

describe('body-length', () => {
  it('reports a notification body longer than 1024 characters', () => {
    expect(run(N(body('x'.repeat(1025))))).toEqual([
      'body-length error 1:114-1:1139 The body is 1025 characters long; the limit is 1024 (whatsapp). @/content/0/text',
    ]);
    expect(run(N(body('x'.repeat(1024))))).toEqual([]);
  });

  it('counts the body with {{n}} replaced by the parameter values', () => {
    const params = `,"parameters":[{"name":"p","index":1,"value":"${'y'.repeat(1020)}"}]`;
    expect(run(N(body('Dear {{1}}.', params)))).toEqual([
      'body-length error 1:114-1:125 The body is 1026 characters long; the limit is 1024 (whatsapp). @/content/0/text',
    ]);
  });

  it('warns when a used field has no maxLength in the data dictionary', () => {
    const params = ',"parameters":[{"name":"p","index":1,"value":"<$ Contact.Note $>"}]';
    expect(run(N(body('Dear {{1}}.', params)), { dataDictionary: { fields: {} } })).toEqual([
      'body-length warning 1:114-1:125 The body may exceed 1024 characters for some data: Contact.Note has no maxLength in the data dictionary. @/content/0/text',
    ]);
    // Without a data dictionary nothing is known about any field: no report.
    expect(run(N(body('Dear {{1}}.', params)))).toEqual([]);
  });

  it('warns above 1024 and errs above 4096 for list bodies on whatsapp-cloud', () => {
    const list = (n: number) =>
      `{"contentType":"single-selection-list","text":"${'b'.repeat(n)}","button":"Go","content":[{"type":"section","title":"S","rows":[{"id":"1","title":"r"}]}]}`;
    expect(run(list(1100), { profile: 'whatsapp-cloud' })).toEqual([
      'body-length warning 1:48-1:1148 The list body is 1100 characters long; many WhatsApp clients and providers still cap list bodies at 1024. @/text',
    ]);
    expect(run(list(4097), { profile: 'whatsapp-cloud' })).toEqual([
      'body-length error 1:48-1:4145 The list body is 4097 characters long; the limit is 4096 (whatsapp-cloud). @/text',
    ]);
  });

  it('checks .txt files and envelope plain text against text.length', () => {
    expect(run('a'.repeat(4097), { kind: 'text' })).toEqual([
      'body-length error 1:1-1:4098 The text is 4097 characters long; the limit is 4096 (whatsapp).',
    ]);
    expect(run(`{"name":"x","plainText":"${'é'.repeat(2001)}"}`, { profile: 'apple-messages' })).toEqual([
      'body-length error 1:26-1:2027 The text is 2001 characters long; the limit is 2000 (apple-messages). @/plainText',
    ]);
  });

  it('also checks the body rendered with the envelope sample data', () => {
    const envelope = (name: string) =>
      `{"name":"x","structured":${N(body('Dear {{1}}.', ',"parameters":[{"name":"p","index":1,"value":"<$ Contact.Note $>"}]'))},"sampleData":{"Contact":{"Note":"${name}"}}}`;
    expect(run(envelope('n'.repeat(1020)))).toEqual([
      'body-length error 1:139-1:150 With the sample data the body renders to 1026 characters; the limit is 1024 (whatsapp). @/structured/content/0/text',
    ]);
    expect(run(envelope('n'.repeat(1018)))).toEqual([]);
  });

  it('counts in the profile unit (UTF-8 bytes)', () => {
    const profile = {
      name: 'bytes',
      description: '',
      lengthUnit: 'utf8-bytes' as const,
      buttonMixing: 'exclusive' as const,
      attachmentTypes: { image: [], video: [], audio: [], document: [] },
      limits: { 'text.length': { value: 4, source: 'test' } },
    };
    expect(run('ééé', { kind: 'text', profile })).toEqual(['body-length error 1:1-1:4 The text is 6 bytes long; the limit is 4 (bytes).']);
  });
});
