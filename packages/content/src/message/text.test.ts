import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileStandardResponse } from './compile.js';

// The seed writes its field codes `<${ … }>`: five non-canonical-delimiter warnings on every render.
const seed = readFileSync(new URL('../../../../examples/seed-bill-reminder.body.json', import.meta.url), 'utf8');
const canonical = seed.replaceAll('<${ ', '<$ ').replaceAll(' }>', ' $>');
const contact = {
  Contact: { FirstName: 'Zoë', LastName: 'Durand "Jr"', MyFC_BillAmount: '$1,299.00' },
  Variables: { CustomProp_Date: 'March 7 / 2026', CustomProp_Time: '3:00 PM' },
};

describe('field codes in a non-canonical spelling', () => {
  it('render what the standard spelling renders, with their warnings replayed at their own places', () => {
    const response = compileStandardResponse(seed).response!;
    const result = response.render(contact, { channel: 'genesys' });
    expect(result.output).toEqual(compileStandardResponse(canonical).response!.render(contact, { channel: 'genesys' }).output);
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.path, d.range.start.offset, d.range.end.offset])).toEqual([
      ['non-canonical-delimiter', 'warning', '/content/0/parameters/0/value', 0, 24],
      ['non-canonical-delimiter', 'warning', '/content/0/parameters/0/value', 25, 48],
      ['non-canonical-delimiter', 'warning', '/content/0/parameters/1/value', 0, 30],
      ['non-canonical-delimiter', 'warning', '/content/0/parameters/2/value', 0, 22],
      ['non-canonical-delimiter', 'warning', '/content/0/parameters/2/value', 23, 45],
    ]);
    expect(result.diagnostics[0]!.fix).toEqual({
      range: result.diagnostics[0]!.range,
      text: '<$ Contact.FirstName $>',
    });
    // Each render owns its diagnostics.
    const again = response.render(contact, { channel: 'genesys' });
    expect(again.diagnostics).toEqual(result.diagnostics);
    expect(again.diagnostics[0]).not.toBe(result.diagnostics[0]);
  });

  it('report missing values (positioned on the name) after the warnings of their text, as a full render does', () => {
    const result = compileStandardResponse(seed).response!.render({ Contact: { FirstName: 'Ann' } }, { channel: 'genesys' });
    expect(result.diagnostics.map((d) => [d.code, d.path, d.range.start.offset])).toEqual([
      ['non-canonical-delimiter', '/content/0/parameters/0/value', 0],
      ['non-canonical-delimiter', '/content/0/parameters/0/value', 25],
      ['missing-value', '/content/0/parameters/0/value', 29],
      ['non-canonical-delimiter', '/content/0/parameters/1/value', 0],
      ['missing-value', '/content/0/parameters/1/value', 4],
      ['non-canonical-delimiter', '/content/0/parameters/2/value', 0],
      ['non-canonical-delimiter', '/content/0/parameters/2/value', 23],
      ['missing-value', '/content/0/parameters/2/value', 4],
      ['missing-value', '/content/0/parameters/2/value', 27],
    ]);
  });

  it('move a warning after a placeholder, and its fix, to their place in the text', () => {
    // The placeholder cuts the text: the field code is compiled from offset 12 on.
    const body = { contentType: 'text', content: [{ type: 'text', text: 'Hello {{1}}, <${ Contact.FirstName }>!' }] };
    const response = compileStandardResponse(body).response!;
    const first = response.render({ Contact: { FirstName: 'Ann' } }, { channel: 'genesys' });
    expect(first.diagnostics.map((d) => [d.code, d.path, d.range.start.offset, d.range.end.offset])).toEqual([
      ['non-canonical-delimiter', '/content/0/text', 13, 37],
    ]);
    const warning = first.diagnostics[0]!;
    expect(warning.range.start).toEqual({ offset: 13, line: 1, column: 14 });
    expect(warning.fix).toEqual({ range: warning.range, text: '<$ Contact.FirstName $>' });
    // Every render reports it again, in objects of its own.
    const second = response.render({ Contact: { FirstName: 'Bo' } }, { channel: 'genesys' });
    expect(second.diagnostics).toEqual(first.diagnostics);
    expect(second.diagnostics[0]).not.toBe(warning);
    expect(second.diagnostics[0]!.range).not.toBe(warning.range);
  });
});
