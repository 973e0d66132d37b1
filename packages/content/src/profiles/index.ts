/**
 * Limit profiles (SPEC §4.3): channel limits as JSON data, each figure with its source.
 * `whatsapp` is the default profile.
 */
import type { LengthUnit } from '@fieldcode/language';
import type { LimitId, LimitProfile, MediaLinks } from '../types.js';
import whatsappData from './whatsapp.json' with { type: 'json' };
import whatsappCloudData from './whatsapp-cloud.json' with { type: 'json' };
import appleMessagesData from './apple-messages.json' with { type: 'json' };

/** Name of the profile used when neither the file, the config nor the call names one. */
export const defaultProfileName = 'whatsapp';

/** The shipped profiles, keyed by name (a null-prototype record). */
export const profiles: Readonly<Record<string, LimitProfile>> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, LimitProfile>, {
    whatsapp: whatsappData as LimitProfile,
    'whatsapp-cloud': whatsappCloudData as LimitProfile,
    'apple-messages': appleMessagesData as LimitProfile,
  }),
);

/** Names of the shipped profiles, default first. */
export const profileNames: readonly string[] = Object.freeze(Object.keys(profiles));

/** The shipped profile with this name, or undefined. */
export function getProfile(name: string): LimitProfile | undefined {
  return Object.prototype.hasOwnProperty.call(profiles, name) ? profiles[name] : undefined;
}

/**
 * A profile from a name or a profile object. Unknown names and missing values give undefined;
 * `undefined` input gives the default profile.
 */
export function resolveProfile(nameOrObject?: string | LimitProfile | null): LimitProfile | undefined {
  if (nameOrObject === undefined || nameOrObject === null) return profiles[defaultProfileName];
  if (typeof nameOrObject === 'string') return getProfile(nameOrObject);
  return isLimitProfile(nameOrObject) ? nameOrObject : undefined;
}

/** Structural check of a profile object supplied by a host or a config. */
export function isLimitProfile(value: unknown): value is LimitProfile {
  if (typeof value !== 'object' || value === null) return false;
  const p = value as Partial<LimitProfile>;
  return (
    typeof p.name === 'string' &&
    typeof p.lengthUnit === 'string' &&
    typeof p.limits === 'object' &&
    p.limits !== null &&
    typeof p.attachmentTypes === 'object' &&
    p.attachmentTypes !== null
  );
}

/** The value of one limit of a profile, or undefined when the channel has no such limit. */
export function limitValue(profile: LimitProfile, id: LimitId): number | undefined {
  const limit = profile.limits[id];
  return limit && typeof limit.value === 'number' ? limit.value : undefined;
}

const isAlpha = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isSchemeChar = (c: number): boolean => isAlpha(c) || (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46; /* + - . */

/**
 * The scheme of a link (lowercase, `genesys` for `genesys://ucs/…`) read from its literal start:
 * `null` when the text shows it has none (`files/a.pdf`), `undefined` when the literal start ends
 * before the scheme does and `complete` is false (the rest comes from a field code).
 */
export function linkScheme(start: string, complete = true): string | null | undefined {
  let i = 0;
  while (i < start.length && isSchemeChar(start.charCodeAt(i))) i++;
  if (i < start.length)
    return start.charCodeAt(i) === 58 /* : */ && i > 0 && isAlpha(start.charCodeAt(0)) ? start.slice(0, i).toLowerCase() : null;
  return complete ? null : undefined;
}

/** What a profile's media rule says of a link scheme: fetched, fetched but discouraged, or not fetchable. */
export function mediaLinkVerdict(scheme: string, rule: MediaLinks): 'ok' | 'warn' | 'error' {
  if (rule.schemes.includes(scheme)) return 'ok';
  return rule.warn?.includes(scheme) === true ? 'warn' : 'error';
}

/** A counting unit in words, for limit messages (`61 characters`, `6 bytes`). */
export function lengthUnitName(unit: LengthUnit): string {
  switch (unit) {
    case 'utf16':
      return 'UTF-16 units';
    case 'utf8-bytes':
      return 'bytes';
    default:
      return 'characters';
  }
}
