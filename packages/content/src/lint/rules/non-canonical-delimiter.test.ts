import { describe, expect, it } from 'vitest';
import { formatDiagnostic, lint } from '../index.js';
import type { LintOptions } from '../../types.js';

/** Diagnostics of one rule, formatted `code severity L:C-L:C message @path`. */
const run = (text: string, options: LintOptions = {}) =>
  lint(text, options)
    .diagnostics.filter((d) => d.code === RULE)
    .map(formatDiagnostic);
const RULE = 'non-canonical-delimiter';

import { applyFixes } from '../index.js';

describe('non-canonical-delimiter', () => {
  it('warns on <${ … }> and <$< … >> with a fix positioned through JSON escapes', () => {
    const text = '{"contentType":"text","text":"Tab\\tthen \\"<${ Contact.FirstName }>\\" and <$< CustomProp_Date >>","content":[]}';
    const diagnostics = lint(text).diagnostics.filter((d) => d.code === RULE);
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      "non-canonical-delimiter warning 1:43-1:67 Field code written '<${ … }>'; the standard spelling is '<$ … $>' @/text",
      "non-canonical-delimiter warning 1:74-1:96 Field code written '<$< … >>'; the standard spelling is '<$ … $>' @/text",
    ]);
    const fixed = applyFixes(text, diagnostics);
    expect(fixed).toEqual({
      text: '{"contentType":"text","text":"Tab\\tthen \\"<$ Contact.FirstName $>\\" and <$ CustomProp_Date $>","content":[]}',
      applied: 2,
      skipped: 0,
    });
  });

  it('JSON-escapes a canonical text that contains double quotes', () => {
    const text = '{"contentType":"text","text":"<${ Left(\\"ab\\", 1) }>","content":[]}';
    const fixed = applyFixes(
      text,
      lint(text).diagnostics.filter((d) => d.code === RULE),
    );
    expect(fixed.applied).toBe(1);
    expect(JSON.parse(fixed.text).text).toBe('<$ Left("ab", 1) $>');
  });

  it('works in .txt files', () => {
    expect(run('Hi <${ Contact.FirstName }>!', { kind: 'text' })).toEqual([
      "non-canonical-delimiter warning 1:4-1:28 Field code written '<${ … }>'; the standard spelling is '<$ … $>'",
    ]);
  });
});
