import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyFixes, formatDiagnostic, lint } from '@fieldcode/content';

const read = (name: string) => readFileSync(new URL(`../fixtures/seed/${name}`, import.meta.url), 'utf8');

describe('the seed standard response (DMS InviteToChat example)', () => {
  it('verbatim (malformed JSON): exactly one json-syntax error with line and column', () => {
    const result = lint(read('notification-verbatim.json'), { filePath: 'notification-verbatim.json' });
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      "json-syntax error 4:5-4:6 Expected a property name in double quotes but found '{' — an object was opened with '{' at line 3 column 14 but closed with ']' at line 50 column 3: a list of values must start with '['",
    ]);
    expect(result).toMatchObject({ errorCount: 1, warningCount: 0, infoCount: 0, fixableCount: 0 });
  });

  const repaired = read('bill-reminder.json');

  it('repaired: only the non-canonical-delimiter warnings, positioned in the file', () => {
    const result = lint(repaired, { filePath: 'bill-reminder.json' });
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      "non-canonical-delimiter warning 14:21-14:45 Field code written '<${ … }>'; the standard spelling is '<$ … $>' @/content/0/parameters/0/value",
      "non-canonical-delimiter warning 14:46-14:69 Field code written '<${ … }>'; the standard spelling is '<$ … $>' @/content/0/parameters/0/value",
      "non-canonical-delimiter warning 19:21-19:51 Field code written '<${ … }>'; the standard spelling is '<$ … $>' @/content/0/parameters/1/value",
      "non-canonical-delimiter warning 24:21-24:43 Field code written '<${ … }>'; the standard spelling is '<$ … $>' @/content/0/parameters/2/value",
      "non-canonical-delimiter warning 24:44-24:66 Field code written '<${ … }>'; the standard spelling is '<$ … $>' @/content/0/parameters/2/value",
    ]);
    expect(result).toMatchObject({ errorCount: 0, warningCount: 5, infoCount: 0, fixableCount: 5 });
  });

  it('repaired: applyFixes writes canonical delimiters and the file stays valid JSON', () => {
    const fixed = applyFixes(repaired, lint(repaired).diagnostics);
    expect(fixed.applied).toBe(5);
    expect(fixed.skipped).toBe(0);
    const body = JSON.parse(fixed.text) as { content: Array<{ parameters?: Array<{ value: string }> }> };
    expect(body.content[0]!.parameters!.map((p) => p.value)).toEqual([
      '<$ Contact.FirstName $> <$ Contact.LastName $>',
      '<$ Contact.MyFC_BillAmount $> *',
      '<$ CustomProp_Date $> <$ CustomProp_Time $>',
    ]);
    expect(lint(fixed.text).diagnostics).toEqual([]);
  });
});
