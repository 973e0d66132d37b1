import { describe, expect, it } from 'vitest';
import { formatDiagnostic, lint } from '../index.js';
import type { LintOptions } from '../../types.js';

/** Diagnostics of one rule, formatted `code severity L:C-L:C message @path`. */
const run = (text: string, options: LintOptions = {}) =>
  lint(text, options)
    .diagnostics.filter((d) => d.code === RULE)
    .map(formatDiagnostic);
const RULE = 'unknown-field';

import { applyFixes } from '../index.js';

describe('unknown-field', () => {
  it('without a data dictionary: Contact is open, Agent and Interaction are closed, case mistakes are fixable', () => {
    const text = '{"contentType":"text","text":"<$ Contact.MyFC_BillAmount $> <$ Agent.Signatur $> <$ Interaction.id $>","content":[]}';
    const diagnostics = lint(text).diagnostics.filter((d) => d.code === RULE);
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      "unknown-field warning 1:64-1:78 Unknown field 'Agent.Signatur'; did you mean 'Agent.Signature'? @/text",
      "unknown-field warning 1:85-1:99 'Interaction.id' matches 'Interaction.Id' only when ignoring case; write 'Id' [field-case]. @/text",
    ]);
    expect(JSON.parse(applyFixes(text, diagnostics).text).text).toBe(
      '<$ Contact.MyFC_BillAmount $> <$ Agent.Signatur $> <$ Interaction.Id $>',
    );
  });

  it('with a data dictionary that closes Contact', () => {
    const text = '{"contentType":"text","text":"<$ Contact.MyFC_BillAmount $> <$ Contact.Nope $> <$ CustomProp_Date $>","content":[]}';
    const dataDictionary = {
      fields: { 'Contact.MyFC_BillAmount': { type: 'string' as const, maxLength: 12 } },
      closedObjects: ['Contact'],
    };
    expect(run(text, { dataDictionary })).toEqual([
      "unknown-field warning 1:64-1:76 Unknown field 'Contact.Nope' (not in the data dictionary). @/text",
    ]);
  });

  it('on open objects, reports only names one or two letters away from a known field, with a suggestion', () => {
    const text = '{"contentType":"text","text":"Hi <$ Contact.FristName $> <$ Contact.LoyaltyTier $> <$ Agent.Foo $>","content":[]}';
    const diagnostics = lint(text).diagnostics.filter((d) => d.code === RULE);
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      "unknown-field warning 1:37-1:54 Unknown field 'Contact.FristName'; did you mean 'Contact.FirstName'? If it is a custom field, declare it in the data dictionary. @/text",
      "unknown-field warning 1:87-1:96 Unknown field 'Agent.Foo'. @/text",
    ]);
    // A guess is a suggestion, never a safe fix: --fix leaves the text alone.
    expect(diagnostics[0]!.fix).toBeUndefined();
    expect(diagnostics[0]!.suggestions!.map((s) => [s.message, s.fix.text, s.fix.range.start.column, s.fix.range.end.column])).toEqual([
      ["Replace with 'FirstName'", 'FirstName', 45, 54],
    ]);
    expect(applyFixes(text, diagnostics).text).toBe(text);
  });

  it('never reports AttachedData keys', () => {
    expect(run('{"contentType":"text","text":"<$ Interaction.AttachedData(\'Lang\') $>","content":[]}')).toEqual([]);
  });
});
