import { describe, it, expect } from 'vitest';
import { compileStandardResponse } from '@fieldcode/content';
import { EMPTY_MARK, emptyMarksOf } from './empty-values.js';

const rendered = (document: unknown, data: Record<string, unknown>) =>
  compileStandardResponse(document).response!.renderModel(data, { channel: 'genesys' });

const notification = {
  contentType: 'notification',
  content: [
    {
      type: 'notification',
      text: 'Hello {{1}}, your bill of *{{2}}* is due.',
      parameters: [
        { name: 'Customer', index: '1', value: '<$ Contact.FirstName $> <$ Contact.LastName $>' },
        { name: 'Amount', index: '2', value: '<$ Contact.Amount $>' },
      ],
    },
    { type: 'text', text: 'Ref <$ Contact.Ref $>' },
  ],
};

describe('emptyMarksOf', () => {
  it('marks a field code that renders empty inside a parameter, a parameter that renders empty, and a footer field code', () => {
    const marks = emptyMarksOf(rendered(notification, { Contact: { FirstName: 'Ann' } }), { Contact: { FirstName: 'Ann' } });
    expect(marks.body).toEqual({
      text: `Hello Ann ${EMPTY_MARK}, your bill of *${EMPTY_MARK}* is due.`,
      labels: ['<$ Contact.LastName $>', '{{2}} Amount'],
    });
    expect(marks.footer).toEqual({ text: `Ref ${EMPTY_MARK}`, labels: ['<$ Contact.Ref $>'] });
    expect(marks.labels).toEqual(['<$ Contact.LastName $>', '{{2}} Amount', '<$ Contact.Ref $>']);
  });

  it('has no marks when every value renders, and drops a mark character that comes from the data', () => {
    const data = { Contact: { FirstName: 'Ann', LastName: `B${EMPTY_MARK}`, Amount: '$1', Ref: 'X' } };
    expect(emptyMarksOf(rendered(notification, data), data)).toEqual({ labels: [] });
    const partial = { Contact: { FirstName: `A${EMPTY_MARK}`, LastName: 'B', Amount: '', Ref: 'X' } };
    // The model renders the data as it is: the marked copy differs from it, so it is not used (no fake mark).
    expect(emptyMarksOf(rendered(notification, partial), partial).body).toBeUndefined();
  });
});
