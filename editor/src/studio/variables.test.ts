/** The sample-value table: parameters and field codes with their rendered values, lengths and limits. */
import { describe, it, expect } from 'vitest';
import { variableTable } from './variables.js';

const notification = {
  structured: {
    contentType: 'notification',
    content: [
      {
        type: 'notification',
        text: 'Hello {{1}}, your bill of {{2}}.',
        parameters: [
          { name: 'Customer', index: '1', value: '<$ Contact.FirstName $> <$ Contact.LastName $>' },
          { name: 'Amount', index: 2, value: '<$ Contact.MyFC_BillAmount $>' },
        ],
      },
    ],
  },
  sampleData: { Contact: { FirstName: 'Ignored' } },
};

describe('variableTable', () => {
  it('renders each parameter and field code with the given data, flags empty values and checks dictionary limits', () => {
    const rows = variableTable(
      notification,
      { Contact: { FirstName: 'Zoë', MyFC_BillAmount: '$1,234,567.99' } },
      {
        unit: 'code-points',
        dictionary: { fields: { 'Contact.MyFC_BillAmount': { type: 'string', maxLength: 12 } } },
      },
    );
    expect(rows).toEqual([
      {
        kind: 'parameter',
        label: '{{1}} Customer',
        source: '<$ Contact.FirstName $> <$ Contact.LastName $>',
        value: 'Zoë ',
        length: 4,
        empty: false,
        over: false,
      },
      {
        kind: 'parameter',
        label: '{{2}} Amount',
        source: '<$ Contact.MyFC_BillAmount $>',
        value: '$1,234,567.99',
        length: 13,
        empty: false,
        over: false,
      },
      {
        kind: 'field-code',
        label: '<$ Contact.FirstName $>',
        source: '<$ Contact.FirstName $>',
        value: 'Zoë',
        length: 3,
        empty: false,
        over: false,
      },
      {
        kind: 'field-code',
        label: '<$ Contact.LastName $>',
        source: '<$ Contact.LastName $>',
        value: '',
        length: 0,
        empty: true,
        over: false,
      },
      {
        kind: 'field-code',
        label: '<$ Contact.MyFC_BillAmount $>',
        source: '<$ Contact.MyFC_BillAmount $>',
        value: '$1,234,567.99',
        length: 13,
        limit: 12,
        empty: false,
        over: true,
      },
    ]);
  });

  it('measures in the profile unit and reads plain text files', () => {
    const rows = variableTable('Hi <$ Contact.FirstName $>!', { Contact: { FirstName: '👍🏽' } }, { unit: 'utf16' });
    expect(rows).toEqual([
      {
        kind: 'field-code',
        label: '<$ Contact.FirstName $>',
        source: '<$ Contact.FirstName $>',
        value: '👍🏽',
        length: 4,
        empty: false,
        over: false,
      },
    ]);
  });

  it('stops at maxRows', () => {
    const many = { plainText: Array.from({ length: 20 }, (_, i) => `<$ Contact.F${i} $>`).join(' ') };
    expect(variableTable(many, {}, { unit: 'code-points', maxRows: 5 })).toHaveLength(5);
  });
});
