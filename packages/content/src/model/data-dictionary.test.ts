import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildDataDictionary } from './data-dictionary.js';
import { schemas } from './schemas.js';

const projectSchema = JSON.parse(readFileSync(new URL('../../../../examples/data/render-data.schema.json', import.meta.url), 'utf8'));

describe('buildDataDictionary', () => {
  it('describes the shipped render data', () => {
    const dictionary = buildDataDictionary(schemas['render-data']);
    expect(Object.keys(dictionary.fields)).toEqual([
      'Contact.Id',
      'Contact.Title',
      'Contact.FirstName',
      'Contact.LastName',
      'Contact.FullName',
      'Contact.PrimaryEmailAddress',
      'Contact.PrimaryPhoneNumber',
      'Contact.EmailAddresses',
      'Agent.FirstName',
      'Agent.LastName',
      'Agent.FullName',
      'Agent.Signature',
      'Interaction.Id',
      'Interaction.DateCreated',
      'Interaction.Subject',
      'Interaction.ToAddress',
      'Interaction.FromAddress',
      'Interaction.TimeZone',
      'Interaction.AttachedData',
    ]);
    expect(dictionary.fields['Interaction.DateCreated']).toEqual({
      type: 'date-time',
      description: 'When the interaction was created: an ISO 8601 date-time, read as a Date/Time value.',
    });
    expect(dictionary.fields['Contact.EmailAddresses']?.type).toBe('list');
    expect(dictionary.fields['Interaction.AttachedData']?.type).toBe('object');
    expect(dictionary.closedObjects).toEqual(['Agent', 'Interaction']);
  });

  it('merges a project schema with the render-data schema it extends by $ref', () => {
    const dictionary = buildDataDictionary(projectSchema);
    expect(dictionary.fields['Contact.MyFC_BillAmount']).toEqual({
      type: 'string',
      maxLength: 12,
      description: 'Amount of the open bill with its currency sign, e.g. `$129.99`.',
    });
    expect(dictionary.fields['Contact.FirstName']).toEqual({
      type: 'string',
      maxLength: 40,
      description: 'First name (Acme CRM field, at most 40 characters).',
    });
    expect(dictionary.fields['Variables.CustomProp_Time']).toEqual({
      type: 'string',
      maxLength: 8,
      description: 'Due time of the bill, e.g. `3:00 PM`.',
    });
    expect(dictionary.fields['Agent.Signature']).toEqual({ type: 'string', description: "The agent's signature text." });
    expect(dictionary.fields['Interaction.AttachedData.OrderId']).toEqual({
      type: 'string',
      maxLength: 12,
      description: 'Acme order number, e.g. `A-10023`.',
    });
    expect([...(dictionary.closedObjects ?? [])].sort()).toEqual(['Agent', 'Interaction']);
    expect(Object.keys(dictionary.fields)).toHaveLength(26);
  });

  it('follows local $refs, allOf, relative file references and extra documents', () => {
    const extra = { $id: 'https://example.com/crm.json', $defs: { amount: { type: 'number', description: 'Amount.' } } };
    const schema = {
      allOf: [{ $ref: '../schemas/render-data.schema.json' }],
      properties: {
        Contact: { $ref: '#/$defs/contact' },
        Variables: {
          type: 'object',
          additionalProperties: false,
          properties: { Total: { $ref: 'https://example.com/crm.json#/$defs/amount' } },
        },
      },
      $defs: { contact: { type: 'object', properties: { Tier: { type: 'string', maxLength: 4 } } } },
    };
    const dictionary = buildDataDictionary(schema, { schemas: [extra] });
    expect(dictionary.fields['Contact.Tier']).toEqual({ type: 'string', maxLength: 4 });
    expect(dictionary.fields['Contact.LastName']).toEqual({ type: 'string', description: 'Last name.' });
    expect(dictionary.fields['Variables.Total']).toEqual({ type: 'number', description: 'Amount.' });
    expect(dictionary.closedObjects).toEqual(['Variables', 'Agent', 'Interaction']);
  });

  it('reads odd schemas to a bounded or empty dictionary', () => {
    const cyclic: Record<string, unknown> = { type: 'object', properties: { Contact: { $ref: '#' } } };
    // The self-reference unrolls to the nesting limit and stops there (no stack overflow, no hang).
    expect(Object.keys(buildDataDictionary(cyclic).fields)).toEqual(
      Array.from({ length: 32 }, (_, i) =>
        Array<string>(i + 2)
          .fill('Contact')
          .join('.'),
      ),
    );
    expect(buildDataDictionary(null)).toEqual({ fields: {} });
    expect(buildDataDictionary({ $ref: 'https://nowhere.example/x.json' })).toEqual({ fields: {} });
    expect(buildDataDictionary({ properties: { Contact: { properties: { A: true, B: 5 } } } })).toEqual({ fields: {} });
  });
});
