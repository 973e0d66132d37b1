import { describe, expect, it } from 'vitest';
import { formatDiagnostic, lint } from '../index.js';
import type { LintOptions } from '../../types.js';

/** Diagnostics of one rule, formatted `code severity L:C-L:C message @path`. */
const run = (text: string, options: LintOptions = {}) =>
  lint(text, options)
    .diagnostics.filter((d) => d.code === RULE)
    .map(formatDiagnostic);
const RULE = 'list-row-count';

const list = (sections: string[], button = 'Go') =>
  `{"contentType":"single-selection-list","text":"Pick","button":"${button}","content":[${sections.join(',')}]}`;
const section = (title: string, rows: string[]) => `{"type":"section","title":"${title}","rows":[${rows.join(',')}]}`;
const row = (id: string, title = 'r', description?: string) =>
  `{"id":"${id}","title":"${title}"${description === undefined ? '' : `,"description":"${description}"`}}`;
const rows = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => row(String(from + i)));

describe('list-row-count', () => {
  it('counts rows across all sections (10 in total, not per section)', () => {
    expect(run(list([section('A', rows(0, 6)), section('B', rows(6, 11))]))).toEqual([
      'list-row-count error 1:387-1:410 The list has 11 rows in total; at most 10 across all sections (whatsapp). @/content/1/rows/4',
    ]);
    expect(run(list([section('A', rows(0, 5)), section('B', rows(5, 10))]))).toEqual([]);
  });

  it('allows at most 10 sections', () => {
    const sections = Array.from({ length: 11 }, (_, i) => section(String(i), [row(String(i))]));
    expect(run(list(sections))).toEqual([
      'list-row-count error 1:709-1:773 The list has 11 sections; at most 10 allowed (whatsapp). @/content/10',
      'list-row-count error 1:748-1:771 The list has 11 rows in total; at most 10 across all sections (whatsapp). @/content/10/rows/0',
    ]);
  });

  it('requires at least one row', () => {
    expect(run(list([section('A', [])]))).toEqual([
      'list-row-count error 1:78-1:120 The list has no rows; at least one row is required. @/content',
    ]);
  });
});
