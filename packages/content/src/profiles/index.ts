/**
 * Limit profiles (SPEC §4.3): channel limits as JSON data, each figure with its source.
 * `whatsapp` is the default profile.
 */
import type { LengthUnit } from '@fieldcode/language';
import type { LimitId, LimitProfile } from '../types.js';
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
