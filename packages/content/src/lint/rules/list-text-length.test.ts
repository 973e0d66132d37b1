import { describe, expect, it } from 'vitest';
import { formatDiagnostic, lint } from '../index.js';
import type { LintOptions } from '../../types.js';

/** Diagnostics of one rule, formatted `code severity L:C-L:C message @path`. */
const run = (text: string, options: LintOptions = {}) =>
  lint(text, options)
    .diagnostics.filter((d) => d.code === RULE)
    .map(formatDiagnostic);
const RULE = 'list-text-length';

const list = (sections: string[], button = 'Go') =>
  `{"contentType":"single-selection-list","text":"Pick","button":"${button}","content":[${sections.join(',')}]}`;
const section = (title: string, rows: string[]) => `{"type":"section","title":"${title}","rows":[${rows.join(',')}]}`;
const row = (id: string, title = 'r', description?: string) =>
  `{"id":"${id}","title":"${title}"${description === undefined ? '' : `,"description":"${description}"`}}`;

describe('list-text-length', () => {
  it('checks the button label, section title, row id, title and description', () => {
    const text = list([section('S'.repeat(25), [row('i'.repeat(201), 't'.repeat(25), 'd'.repeat(73))])], 'b'.repeat(21));
    expect(run(text)).toEqual([
      'list-text-length error 1:64-1:85 The list button label is 21 characters long; the limit is 20 (whatsapp). @/button',
      'list-text-length error 1:125-1:150 The section title is 25 characters long; the limit is 24 (whatsapp). @/content/0/title',
      'list-text-length error 1:167-1:368 The row id is 201 characters long; the limit is 200 (whatsapp). @/content/0/rows/0/id',
      'list-text-length error 1:379-1:404 The row title is 25 characters long; the limit is 24 (whatsapp). @/content/0/rows/0/title',
      'list-text-length error 1:421-1:494 The row description is 73 characters long; the limit is 72 (whatsapp). @/content/0/rows/0/description',
    ]);
  });

  it('accepts texts at the limits', () => {
    expect(run(list([section('S'.repeat(24), [row('i'.repeat(200), 't'.repeat(24), 'd'.repeat(72))])], 'b'.repeat(20)))).toEqual([]);
  });

  it('uses the 200-character interactive string limit on apple-messages', () => {
    expect(run(list([section('S'.repeat(201), [row('1')])]), { profile: 'apple-messages' })).toEqual([
      'list-text-length error 1:106-1:307 The section title is 201 characters long; the limit is 200 (apple-messages). @/content/0/title',
    ]);
  });
});
