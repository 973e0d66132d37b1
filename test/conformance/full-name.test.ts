// Genesys defines Contact.FullName and Agent.FullName as "first and last name": when the data has
// no FullName, it is built from FirstName and LastName.
import { describe, expect, it } from 'vitest';
import { render } from '@fieldcode/language';

describe('FullName falls back to FirstName + LastName', () => {
  it.each([
    ['<$ Contact.FullName $>', { Contact: { FirstName: 'Ann', LastName: 'Lee' } }, 'Ann Lee'],
    ['<$ Agent.FullName $>', { Agent: { FirstName: 'Bo', LastName: 'Chen' } }, 'Bo Chen'],
    ['<$ contact.fullname $>', { Contact: { firstname: 'Ann', LASTNAME: 'Lee' } }, 'Ann Lee'],
    ['<$ Contact.FullName $>', { Contact: { FirstName: ' Ann ', LastName: '' } }, 'Ann'],
    ['<$ Contact.FullName $>', { Contact: { LastName: 'Lee' } }, 'Lee'],
    ['<$ Contact.FullName $>', { Contact: { FullName: null, FirstName: 'Ann', LastName: 'Lee' } }, 'Ann Lee'],
    ['<$ Contact.FullName $>', { Contact: { FullName: 'Dr Ann Lee', FirstName: 'Ann', LastName: 'Lee' } }, 'Dr Ann Lee'],
    ['<$ Upper(Contact.FullName) $>', { Contact: { FirstName: 'Ann', LastName: 'Lee' } }, 'ANN LEE'],
  ])('%s with %j → %s', (template, data, expected) => {
    const result = render(template, data);
    expect(result.diagnostics).toEqual([]);
    expect(result.output).toBe(expected);
  });

  it('is missing when neither name is there', () => {
    const result = render('[<$ Contact.FullName $>]', { Contact: { FirstName: '  ', Title: 'Dr' } });
    expect(result.output).toBe('[]');
    expect(result.diagnostics.map((d) => d.code)).toEqual(['missing-value']);
  });

  it('the fallback does not apply to other objects or properties', () => {
    expect(render('[<$ Interaction.FullName $>]', { Interaction: { FirstName: 'A', LastName: 'B' } }).output).toBe('[]');
    expect(render('[<$ Contact.Name $>]', { Contact: { FirstName: 'A', LastName: 'B' } }).output).toBe('[]');
  });
});
