// Every worked example of the field-code reference (§11) with its documented result.
import { describe, expect, it } from 'vitest';
import { render } from '@fieldcode/language';
import { out } from './helpers.js';

const data = {
  Contact: { FirstName: 'John', Title: 'Mr.', FullName: 'John Smith', EmailAddresses: ['samd@acme.com', 'john@example.com'] },
  Agent: { Signature: 'Sam Agent, Acme Products' },
  Interaction: { TimeZone: 'GMT+01.00' },
};

describe('reference §11 worked examples', () => {
  it.each([
    ['<$2 + 3$>', '5'],
    ['<$Agent.Signature$>', 'Sam Agent, Acme Products'],
    ['Dear <$Contact.FirstName$>,', 'Dear John,'],
    ['<$Length("Hello, world!")$>', '13'],
    ['<$Date(1965, 11, 23, 9, 3, 10)$>', '1965-11-23 09:03:10'],
    ['<$WeekdayName(Date(1965, 11, 23, 9, 3, 10))$>', 'Tuesday'],
    ['<$Length(WeekdayName(Date(1965, 11, 23, 9, 3, 10)))$>', '7'],
    ['<$Contact.EmailAddresses.Count$>', '2'],
    ['<$Contact.EmailAddresses.Exists("samd@acme.com")$>', 'True'],
    ['<$Contact.EmailAddresses.Exists("nobody@acme.com")$>', 'False'],
    ['<$Find("Hello, World!", "lo")$>', '3'],
    ['<$Left("Hello, World!", 5)$>', 'Hello'],
    ['<$Mid("Hello, World!", 2, 3)$>', 'llo'],
    ['<$Length("Hello")$>', '5'],
    ['<$14 Mod 5$>', '4'],
    ['<$2^3$>', '8'],
    ['<$2 >= 2$>', 'True'],
    ['<$2 : "#.##"$>', '2.00'],
    ['<$Date(1965, 11, 23)$>', '1965-11-23 00:00:00'],
    ['<$Date(1965, 11, 23) = Date(1965, 11, 23, 0, 0, 0)$>', 'True'],
    ['<$Bool("Asteroids", True)$>', 'True'],
    ['<$Num("12.2e2Zork")$>', '1220'],
    ['<$Interaction.TimeZone$>', 'GMT+01.00'],
    ['<$ Contact.Title $> <$ Contact.FullName $>', 'Mr. John Smith'],
  ])('%s → %s', (source, expected) => {
    const result = render(source, data, { timeZone: 'UTC' });
    expect(result.output).toBe(expected);
    expect(result.diagnostics).toEqual([]);
  });
});

describe('reference §4.2 operator table', () => {
  it.each([
    ['-4', '-4'],
    ['2^3', '8'],
    ['2*3', '6'],
    ['8/2', '4'],
    ['14 Mod 5', '4'],
    ['2 + 3', '5'],
    ['2 - 3', '-1'],
    ['2 > 3', 'False'],
    ['2 GT 3', 'False'],
    ['2 >= 2', 'True'],
    ['2 GE 2', 'True'],
    ['2 < 3', 'True'],
    ['2 LT 3', 'True'],
    ['2 <= 3', 'True'],
    ['2 LE 3', 'True'],
    ['2 = 3', 'False'],
    ['2 == 3', 'False'],
    ['2 EQ 3', 'False'],
    ['2 <> 3', 'True'],
    ['2 != 3', 'True'],
    ['2 NE 3', 'True'],
    ['2 : "#.##"', '2.00'],
    ['12.34e-2 : "0.0000"', '0.1234'],
  ])('%s → %s', (formula, expected) => {
    expect(out(formula)).toBe(expected);
  });
});

describe('reference §4.1 precedence and associativity', () => {
  it.each([
    ['-2^2', '4'],
    ['2^3^2', '64'],
    ['2 + 3 * 4', '14'],
    ['(2 + 3) * 4', '20'],
    ['10 - 4 - 3', '3'],
    ['16 / 4 / 2', '2'],
    ['2 * 3 Mod 4', '2'],
    ['Not 1 = 2', 'True'],
    ['Not True And False', 'False'],
    ['True Or False And False', 'True'],
    ['True XOr True Or True', 'True'],
    ['True Or True XOr True', 'True'],
    ['1 + 1 : "#.##"', '2.00'],
    ['1 < 2 = True', 'True'],
    ['--3', '3'],
    ['+3', '3'],
  ])('%s → %s', (formula, expected) => {
    expect(out(formula)).toBe(expected);
  });
});
