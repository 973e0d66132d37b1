import { describe, expect, it } from 'vitest';
import { formatDiagnostic, lint } from '../index.js';
import type { LintOptions } from '../../types.js';

/** Diagnostics of one rule, formatted `code severity L:C-L:C message @path`. */
const run = (text: string, options: LintOptions = {}) =>
  lint(text, options)
    .diagnostics.filter((d) => d.code === RULE)
    .map(formatDiagnostic);
const RULE = 'genesys-compat';

describe('genesys-compat', () => {
  const text = '{"contentType":"text","text":"<$ Upper(Contact.FirstName) $> <$ Left(\'a\', 1) $>","content":[]}';

  it('is off by default', () => {
    expect(run(text)).toEqual([]);
  });

  it('flags extension functions when enabled', () => {
    expect(run(text, { rules: { 'genesys-compat': 'warning' } })).toEqual([
      'genesys-compat warning 1:34-1:39 Upper is a fieldcode extension, not a Genesys function: Genesys would not render it. @/text',
    ]);
  });
});
