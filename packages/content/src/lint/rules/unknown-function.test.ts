import { describe, expect, it } from 'vitest';
import { formatDiagnostic, lint } from '../index.js';
import type { LintOptions } from '../../types.js';

/** Diagnostics of one rule, formatted `code severity L:C-L:C message @path`. */
const run = (text: string, options: LintOptions = {}) =>
  lint(text, options)
    .diagnostics.filter((d) => d.code === RULE)
    .map(formatDiagnostic);
const RULE = 'unknown-function';

describe('unknown-function', () => {
  it('reports unknown names with a suggestion and wrong argument counts', () => {
    const text = '{"contentType":"text","text":"<$ Lefft(\'abc\', 1) $> <$ Left(\'a\') $>","content":[]}';
    const diagnostics = lint(text).diagnostics.filter((d) => d.code === RULE);
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'unknown-function error 1:34-1:39 Unknown function "Lefft"; did you mean "Left"? @/text',
      'unknown-function error 1:56-1:65 Left takes 2 arguments, not 1: Left(String, Number). @/text',
    ]);
    expect(diagnostics[0]!.suggestions).toEqual([
      {
        message: 'Change to Left',
        fix: { range: { start: { offset: 33, line: 1, column: 34 }, end: { offset: 38, line: 1, column: 39 } }, text: 'Left' },
      },
    ]);
  });

  it('accepts known functions in any case', () => {
    expect(run('{"contentType":"text","text":"<$ left(\'abc\', 1) $> <$ WEEKDAYNAME(Interaction.DateCreated) $>","content":[]}')).toEqual(
      [],
    );
  });
});
