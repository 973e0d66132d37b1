import fc from 'fast-check';
import { getCountries, getCountryCallingCode, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe, it, expect } from 'vitest';
import { normalizeWhatsAppNumber, recipientShape } from './phone.js';

// The table of seed 002 ("Recommended phone number formats for WhatsApp"), client registered with +91.
const registeredNumber = '+91 98765 43210';

describe('normalizeWhatsAppNumber — seed 002 table (registered with an Indian number)', () => {
  it('"+1-631-555-1002" → +16315551002, valid', () => {
    expect(normalizeWhatsAppNumber('+1-631-555-1002', { registeredNumber })).toEqual({
      e164: '+16315551002',
      valid: true,
      country: 'US',
      type: 'FIXED_LINE_OR_MOBILE',
    });
  });
  it('"6315551002" → +916315551002, invalid (an Indian fixed line)', () => {
    expect(normalizeWhatsAppNumber('6315551002', { registeredNumber })).toEqual({
      e164: '+916315551002',
      valid: false,
      country: 'IN',
      type: 'FIXED_LINE',
      reason:
        "no + sign, so the registered number's country code +91 was prefixed: +916315551002 is a fixed line number in IN, not a mobile number",
    });
  });
  it('"1-631-555-1002" → +9116315551002, invalid (too long for India)', () => {
    expect(normalizeWhatsAppNumber('1-631-555-1002', { registeredNumber })).toEqual({
      e164: '+9116315551002',
      valid: false,
      country: 'IN',
      reason:
        "no + sign, so the registered number's country code +91 was prefixed: +9116315551002 is not a valid number for IN; written with + it would be +16315551002 (US)",
    });
  });
  it('"+1 (516) 283-7151" → +15162837151, valid', () => {
    expect(normalizeWhatsAppNumber('+1 (516) 283-7151', { registeredNumber })).toEqual({
      e164: '+15162837151',
      valid: true,
      country: 'US',
      type: 'FIXED_LINE_OR_MOBILE',
    });
  });
  it('"+54 9 11 5612-1008" → +5491156121008, valid', () => {
    expect(normalizeWhatsAppNumber('+54 9 11 5612-1008', { registeredNumber })).toEqual({
      e164: '+5491156121008',
      valid: true,
      country: 'AR',
      type: 'MOBILE',
    });
  });
});

describe('normalizeWhatsAppNumber — other inputs', () => {
  it('accepts a registered number without +', () => {
    expect(normalizeWhatsAppNumber('9876543210', { registeredNumber: '919812345678' }).e164).toBe('+919876543210');
  });
  it('a number with + keeps its digits whatever the registered number', () => {
    expect(normalizeWhatsAppNumber('+1 631 555 1002', { registeredNumber: '+33612345678' }).e164).toBe('+16315551002');
  });
  it('no digits', () => {
    expect(normalizeWhatsAppNumber('  ', { registeredNumber })).toEqual({ e164: '', valid: false, reason: 'the number has no digits' });
  });
  it('no + and no registered number: digits kept, reported invalid', () => {
    expect(normalizeWhatsAppNumber('15556667777')).toEqual({
      e164: '+15556667777',
      valid: false,
      reason:
        'the number has no + and no registered number was given to take the country code from; +15556667777 is not a valid number for calling code +1',
    });
  });
  it('unknown country calling code', () => {
    expect(normalizeWhatsAppNumber('+999 123')).toEqual({
      e164: '+999123',
      valid: false,
      reason: '+999123 is not a phone number with a known country calling code',
    });
  });
  it('wrong length', () => {
    const result = normalizeWhatsAppNumber('+1 631 555');
    expect(result).toEqual({ e164: '+1631555', valid: false, reason: '+1631555 has the wrong length for calling code +1' });
  });
  it('never throws on non-string input', () => {
    expect(normalizeWhatsAppNumber(42 as unknown as string)).toEqual({ e164: '', valid: false, reason: 'the number has no digits' });
  });
});

describe('normalizeWhatsAppNumber — the verdict of libphonenumber-js', () => {
  // The check asks for the line type before validity (a number with a type is valid); this
  // reference asks in the plain order: possible, valid, then the type.
  const mobileCapable = new Set([undefined, 'MOBILE', 'FIXED_LINE_OR_MOBILE']);
  const reference = (e164: string): boolean => {
    const parsed = parsePhoneNumberFromString(e164);
    return parsed !== undefined && parsed.isPossible() && parsed.isValid() && mobileCapable.has(parsed.getType());
  };
  const callingCodes = [...new Set(getCountries().map((country) => getCountryCallingCode(country)))];

  it('matches possible → valid → type for numbers of every calling code', () => {
    const number = fc
      .tuple(fc.constantFrom(...callingCodes, '800', '882', '979'), fc.stringMatching(/^[0-9]{4,12}$/))
      .map(([code, digits]) => `+${code}${digits}`);
    fc.assert(
      fc.property(number, (e164) => {
        expect(normalizeWhatsAppNumber(e164).valid).toBe(reference(e164));
      }),
      { numRuns: 3000 },
    );
    // Valid mobile, fixed-line, toll-free and invalid numbers among them, by construction.
    expect(
      ['+447400123456', '+442079460018', '+18005550100', '+4474001234'].map((n) => [normalizeWhatsAppNumber(n).valid, reference(n)]),
    ).toEqual([
      [true, true],
      [false, false],
      [false, false],
      [false, false],
    ]);
  });
});

describe('recipientShape — the per-render E.164 shape check', () => {
  it('accepts E.164 shapes, reads digits without + as international, and names what is wrong otherwise', () => {
    expect(recipientShape('+16315551002')).toEqual({ e164: '+16315551002' });
    expect(recipientShape(' +1 (631) 555-1002 ')).toEqual({ e164: '+16315551002' });
    expect(recipientShape('44.20.7946.0958')).toEqual({ e164: '+442079460958' });
    // A non-geographic calling code (882: international networks) is known to libphonenumber-js.
    expect(recipientShape('+882 3912 3456')).toEqual({ e164: '+88239123456' });
    expect(recipientShape('')).toEqual({ e164: '', reason: 'the number has no digits' });
    expect(recipientShape('+999 1234567')).toEqual({
      e164: '+9991234567',
      reason: 'the number does not start with a known country calling code',
    });
    expect(recipientShape('+1 631 555 1002 x7')).toEqual({
      e164: '+163155510027',
      reason: 'the number has characters other than digits, spaces and ( ) - .',
    });
    expect(recipientShape(42 as unknown as string)).toEqual({ e164: '', reason: 'the number has no digits' });
  });

  it('passes numbers that only full validation refuses (the seed +1 555 number, a PH number of the wrong kind)', () => {
    expect(normalizeWhatsAppNumber('+15556667777').valid).toBe(false);
    expect(recipientShape('+15556667777')).toEqual({ e164: '+15556667777' });
  });
});
