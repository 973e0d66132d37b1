/** Calendar arithmetic for Date/Time values in a zone: breaking instants into fields and back. */
import type { Zone } from './timezone.js';

export interface DateFields {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
}

/** Local fields of an instant in `zone`. */
export function dateFields(epochMs: number, zone: Zone): DateFields {
  const local = new Date(epochMs + zone.offsetAt(epochMs) * 60_000);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
    millisecond: local.getUTCMilliseconds(),
    weekday: local.getUTCDay(),
  };
}

/** `Date.UTC` without the 0–99 → 1900s year mapping; out-of-range parts roll over. */
export function utcFromParts(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}

/** The instant whose local wall-clock time in `zone` is the given fields. */
export function instantFromLocal(zone: Zone, year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  return instantFromWall(zone, utcFromParts(year, month, day, hour, minute, second));
}

/** The wall-clock time of an instant in `zone`, as milliseconds of a UTC calendar (what Excel calls a serial). */
export function wallOf(zone: Zone, epochMs: number): number {
  return epochMs + zone.offsetAt(epochMs) * 60_000;
}

/**
 * The instant shown as wall-clock time `wall` in `zone`. A time that a DST change skips (02:30 on
 * the spring-forward night) lands after the gap; a repeated time takes its first occurrence.
 */
export function instantFromWall(zone: Zone, wall: number): number {
  let instant = wall - zone.offsetAt(wall) * 60_000;
  instant = wall - zone.offsetAt(instant) * 60_000;
  return instant;
}
