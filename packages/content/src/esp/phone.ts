/**
 * WhatsApp client numbers (`_umsClientId`) as the WhatsApp Business client translates them:
 * a number written with `+` keeps its digits; a number without `+` gets the country calling code
 * of the business' registered number prefixed. The translated number is then checked with
 * libphonenumber-js.
 *
 * Validity criterion (documented in docs/esp.md): the number must be valid for its country with the
 * full (`max`) metadata AND its type must be able to reach a mobile phone (`MOBILE`,
 * `FIXED_LINE_OR_MOBILE`, or a type the metadata leaves undetermined). The `min` metadata only
 * checks lengths and accepts numbers such as `+9116315551002`; it cannot tell line types apart.
 */
import { ownOptions } from '@fieldcode/language';
import { getCountries, getCountryCallingCode, parsePhoneNumberFromString, type CountryCode, type NumberType } from 'libphonenumber-js/max';

export interface NormalizeWhatsAppNumberOptions {
  /** The number the WhatsApp Business client is registered under (with or without `+`). */
  registeredNumber?: string;
}

export interface NormalizedWhatsAppNumber {
  /** The translated number in E.164 form (`+` and digits), or `''` when there are no digits. */
  e164: string;
  valid: boolean;
  /** Why the number is not valid (absent when valid). */
  reason?: string;
  /** Country of the translated number when libphonenumber-js recognises it. */
  country?: string;
  /** Line type from the metadata when it is known (`MOBILE`, `FIXED_LINE`, …). */
  type?: string;
}

const MOBILE_CAPABLE = new Set<NumberType | undefined>(['MOBILE', 'FIXED_LINE_OR_MOBILE', undefined]);

/** Digits of a string, in order. */
function digitsOf(text: string): string {
  return text.replace(/\D+/g, '');
}

/** Country calling code of the registered number (`+919876543210` → `91`). */
function callingCodeOf(registeredNumber: string | undefined): string | undefined {
  if (registeredNumber === undefined) return undefined;
  const digits = digitsOf(registeredNumber);
  if (digits === '') return undefined;
  const parsed = parsePhoneNumberFromString(`+${digits}`);
  return parsed?.countryCallingCode;
}

/** Describes a number as valid/invalid with libphonenumber-js (max metadata). */
function check(e164: string): { valid: boolean; reason?: string; country?: string; type?: string } {
  const parsed = parsePhoneNumberFromString(e164);
  if (parsed === undefined) return { valid: false, reason: `${e164} is not a phone number with a known country calling code` };
  const country = parsed.country as CountryCode | undefined;
  const where = country ?? `calling code +${parsed.countryCallingCode}`;
  if (!parsed.isPossible()) return { valid: false, reason: `${e164} has the wrong length for ${where}`, ...(country ? { country } : {}) };
  // libphonenumber-js builds a RegExp for every pattern it tries, most of its cost. The line type
  // comes from the patterns isValid() matches too, and a number with a type is valid: validity is
  // asked on its own only when there is no type (same verdicts, about a third less work).
  const type = parsed.getType();
  if (type === undefined && !parsed.isValid())
    return { valid: false, reason: `${e164} is not a valid number for ${where}`, ...(country ? { country } : {}) };
  const base = { ...(country ? { country } : {}), ...(type ? { type } : {}) };
  if (!MOBILE_CAPABLE.has(type)) {
    return {
      valid: false,
      reason: `${e164} is a ${String(type).toLowerCase().replace(/_/g, ' ')} number in ${where}, not a mobile number`,
      ...base,
    };
  }
  return { valid: true, ...base };
}

/**
 * Translates and checks a WhatsApp client number (seed 002 behaviour). Never throws.
 *
 * @example normalizeWhatsAppNumber('6315551002', { registeredNumber: '+919876543210' })
 *   // → { e164: '+916315551002', valid: false, reason: '… no + …' }
 */
export function normalizeWhatsAppNumber(raw: string, given: NormalizeWhatsAppNumberOptions = {}): NormalizedWhatsAppNumber {
  const options = ownOptions(given);
  const text = typeof raw === 'string' ? raw.trim() : '';
  const digits = digitsOf(text);
  if (digits === '') return { e164: '', valid: false, reason: 'the number has no digits' };
  if (text.startsWith('+')) {
    const e164 = `+${digits}`;
    return { e164, ...check(e164) };
  }
  const callingCode = callingCodeOf(options.registeredNumber);
  if (callingCode === undefined) {
    const e164 = `+${digits}`;
    const result = check(e164);
    const note = 'the number has no + and no registered number was given to take the country code from';
    return { e164, ...result, valid: false, reason: result.reason ? `${note}; ${result.reason}` : note };
  }
  const e164 = `+${callingCode}${digits}`;
  const result = check(e164);
  if (result.valid) return { e164, ...result };
  // Explain the translation: the author most likely meant another country.
  const asInternational = check(`+${digits}`);
  const hint = asInternational.valid ? `; written with + it would be +${digits} (${asInternational.country ?? 'valid'})` : '';
  return {
    e164,
    ...result,
    reason: `no + sign, so the registered number's country code +${callingCode} was prefixed: ${result.reason}${hint}`,
  };
}

/** The shape of a recipient number as {@link recipientShape} reads it. */
export interface RecipientShape {
  /** `+` and the digits (E.164 form), or `''` when there are no digits. */
  e164: string;
  /** Why the number cannot be an E.164 number (absent when the shape is right). */
  reason?: string;
}

// Country calling codes of every country in libphonenumber-js's metadata, built on first use.
let callingCodes: ReadonlySet<string> | undefined;

function knownCallingCode(digits: string): boolean {
  callingCodes ??= new Set(getCountries().map((country) => getCountryCallingCode(country)));
  for (let length = 1; length <= 3; length++) if (callingCodes.has(digits.slice(0, length))) return true;
  // Non-geographic codes (800, 882, …) are not tied to a country: libphonenumber-js decides (rare).
  return parsePhoneNumberFromString(`+${digits}`) !== undefined;
}

const isNumberPunctuation = (c: number): boolean => c === 32 || c === 40 || c === 41 || c === 45 || c === 46; // space ( ) - .

/**
 * The per-render recipient check: a cheap E.164 shape check, linear in the length and without
 * libphonenumber-js's per-country validation. `+` and 7–15 digits (punctuation `( ) - .` and
 * spaces allowed), not starting with 0, under a known country calling code; digits without `+`
 * are read as international (as the WhatsApp Cloud API does). Full validation (valid for the
 * country and able to reach a mobile phone) is {@link normalizeWhatsAppNumber}'s: the lint's
 * InviteToChat check and the bulk pre-check use it. Never throws.
 *
 * @example recipientShape('+1 (631) 555-1002') // → { e164: '+16315551002' }
 */
export function recipientShape(raw: string): RecipientShape {
  const text = typeof raw === 'string' ? raw.trim() : '';
  const plus = text.startsWith('+');
  let count = 0;
  let other = false;
  for (let i = plus ? 1 : 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) count++;
    else if (!isNumberPunctuation(c)) other = true;
  }
  // Already `+` and digits (the usual campaign input): no copy.
  const clean = plus && count === text.length - 1;
  const digits = clean ? text.slice(1) : digitsOf(text);
  if (digits === '') return { e164: '', reason: 'the number has no digits' };
  const e164 = clean ? text : `+${digits}`;
  if (other) return { e164, reason: 'the number has characters other than digits, spaces and ( ) - .' };
  if (digits.length > 15) return { e164, reason: `the number has ${digits.length} digits; E.164 numbers have at most 15` };
  if (digits.length < 7) return { e164, reason: `the number has ${digits.length} digits; that is too short for a phone number` };
  if (digits.startsWith('0')) return { e164, reason: 'the number starts with 0 where the country calling code belongs' };
  if (!knownCallingCode(digits)) return { e164, reason: 'the number does not start with a known country calling code' };
  return { e164 };
}
