import { describe, expect, it } from 'vitest';
import { formatDiagnostic, lint } from '../index.js';
import type { LintOptions } from '../../types.js';

/** Diagnostics of one rule, formatted `code severity L:C-L:C message @path`. */
const run = (text: string, options: LintOptions = {}) =>
  lint(text, options)
    .diagnostics.filter((d) => d.code === RULE)
    .map(formatDiagnostic);
const RULE = 'field-code-in-enum';

describe('field-code-in-enum', () => {
  it('reports field codes and placeholders in enumerations', () => {
    expect(
      run(
        '{"contentType":"notification","content":[{"index":1,"type":"notification","id":"ns@x","language":"<$ Contact.Lang $>","text":"Hi."}]}',
      ),
    ).toEqual([
      "field-code-in-enum error 1:98-1:118 'language' is an enumeration and is not rendered: field codes and placeholders stay literal here. @/content/0/language",
    ]);
    expect(run('{"contentType":"text","text":"Hi","content":[{"type":"image","url":"https://x/a.png","mime":"{{1}}"}]}')).toEqual([
      "field-code-in-enum error 1:93-1:100 'mime' is an enumeration and is not rendered: field codes and placeholders stay literal here. @/content/0/mime",
    ]);
  });

  it('accepts plain enumerations and field codes elsewhere', () => {
    expect(
      run(
        '{"contentType":"text","text":"<$ Contact.FirstName $>","content":[{"type":"image","url":"https://x/a.png","mime":"image/png"}]}',
      ),
    ).toEqual([]);
  });
});
