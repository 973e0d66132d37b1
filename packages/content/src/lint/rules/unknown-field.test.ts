import { describe, expect, it } from 'vitest';
import { applyFixes, lint, RuleTester } from '../index.js';
import { unknownField } from './unknown-field.js';

const text = (template: string) => `{"contentType":"text","text":${JSON.stringify(template)},"content":[]}`;
const closedContact = {
  fields: { 'Contact.MyFC_BillAmount': { type: 'string' as const, maxLength: 12 } },
  closedObjects: ['Contact'],
};
const openGuess = text('Hi <$ Contact.FristName $> <$ Contact.LoyaltyTier $> <$ Agent.Foo $>');

new RuleTester().run(unknownField, {
  valid: [
    { name: 'AttachedData keys', code: text("<$ Interaction.AttachedData('Lang') $>") },
    { name: 'a custom field of an open object, far from every known name', code: text('<$ Contact.MyFC_BillAmount $>') },
    {
      name: 'a field the data dictionary declares',
      code: text('<$ Contact.MyFC_BillAmount $>'),
      options: { dataDictionary: closedContact },
    },
  ],
  invalid: [
    {
      name: 'without a data dictionary: Agent and Interaction are closed, case mistakes are fixed',
      code: text('<$ Contact.MyFC_BillAmount $> <$ Agent.Signatur $> <$ Interaction.id $>'),
      errors: [
        {
          messageId: 'unknownFieldDidYouMean',
          data: { field: 'Agent.Signatur', suggestion: 'Agent.Signature' },
          highlighted: 'Agent.Signatur',
          severity: 'warning',
          path: '/text',
          suggestions: [
            {
              messageId: 'replaceWith',
              data: { name: 'Signature' },
              output: text('<$ Contact.MyFC_BillAmount $> <$ Agent.Signature $> <$ Interaction.id $>'),
            },
          ],
        },
        {
          messageId: 'fieldCase',
          data: { field: 'Interaction.id', root: 'Interaction', known: 'Id' },
          highlighted: 'Interaction.id',
          severity: 'warning',
          path: '/text',
        },
      ],
      output: '{"contentType":"text","text":"<$ Contact.MyFC_BillAmount $> <$ Agent.Signatur $> <$ Interaction.Id $>","content":[]}',
    },
    {
      name: 'a data dictionary that closes Contact',
      code: text('<$ Contact.MyFC_BillAmount $> <$ Contact.Nope $> <$ CustomProp_Date $>'),
      options: { dataDictionary: closedContact },
      errors: [
        { messageId: 'notInDictionary', data: { field: 'Contact.Nope' }, highlighted: 'Contact.Nope', severity: 'warning', path: '/text' },
      ],
    },
    {
      name: 'a data dictionary that closes Contact, with a close name',
      code: text('<$ Contact.MyFC_BilAmount $>'),
      options: { dataDictionary: closedContact },
      errors: [
        {
          messageId: 'notInDictionaryDidYouMean',
          data: { field: 'Contact.MyFC_BilAmount', suggestion: 'Contact.MyFC_BillAmount' },
          highlighted: 'Contact.MyFC_BilAmount',
          severity: 'warning',
          path: '/text',
          suggestions: [{ messageId: 'replaceWith', data: { name: 'MyFC_BillAmount' }, output: text('<$ Contact.MyFC_BillAmount $>') }],
        },
      ],
    },
    {
      name: 'open objects: only names one or two letters away from a known field',
      code: openGuess,
      errors: [
        {
          messageId: 'customFieldDidYouMean',
          data: { field: 'Contact.FristName', suggestion: 'Contact.FirstName' },
          highlighted: 'Contact.FristName',
          severity: 'warning',
          path: '/text',
          suggestions: [
            {
              messageId: 'replaceWith',
              data: { name: 'FirstName' },
              output: text('Hi <$ Contact.FirstName $> <$ Contact.LoyaltyTier $> <$ Agent.Foo $>'),
            },
          ],
        },
        { messageId: 'unknownField', data: { field: 'Agent.Foo' }, highlighted: 'Agent.Foo', severity: 'warning', path: '/text' },
      ],
    },
  ],
});

describe('unknown-field', () => {
  it('offers a guess as a suggestion, never as a fix', () => {
    const diagnostics = lint(openGuess).diagnostics.filter((d) => d.code === 'unknown-field');
    expect(diagnostics[0]!.fix).toBeUndefined();
    expect(diagnostics[0]!.suggestions!.map((s) => [s.message, s.fix.text, s.fix.range.start.column, s.fix.range.end.column])).toEqual([
      ["Replace with 'FirstName'", 'FirstName', 45, 54],
    ]);
    expect(applyFixes(openGuess, diagnostics).text).toBe(openGuess);
  });
});
