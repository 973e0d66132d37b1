/**
 * Time zones: UTC, fixed offsets written the Genesys way (`GMT+01.00`, `GMT-04.00`) or ISO-like
 * (`+05:30`), and IANA names through `Intl.DateTimeFormat`.
 */

export interface Zone {
  /** Name as given (for messages). */
  readonly name: string;
  /** Offset from UTC in minutes at the given instant (east positive). */
  offsetAt(epochMs: number): number;
}

function fixedZone(name: string, minutes: number): Zone {
  return { name, offsetAt: () => minutes };
}

export const utcZone: Zone = fixedZone('UTC', 0);

const FIXED = /^(?:GMT|UTC)?\s*([+-])(\d{1,2})(?:[.:]?(\d{2}))?$/i;
const zoneCache = new Map<string, Zone | null>();

function ianaZone(name: string): Zone | null {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: name,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    return null;
  }
  return {
    name,
    offsetAt(epochMs: number): number {
      const fields: Record<string, number> = Object.create(null) as Record<string, number>;
      for (const part of format.formatToParts(epochMs)) {
        if (part.type !== 'literal') fields[part.type] = Number(part.value);
      }
      const asUtc = Date.UTC(
        fields.year ?? 1970,
        (fields.month ?? 1) - 1,
        fields.day ?? 1,
        fields.hour ?? 0,
        fields.minute ?? 0,
        fields.second ?? 0,
      );
      const truncated = Math.floor(epochMs / 1000) * 1000;
      return Math.round((asUtc - truncated) / 60_000);
    },
  };
}

/** Resolves a zone name; null when the name is not a known zone. Results are cached. */
export function resolveZone(name: string): Zone | null {
  const cached = zoneCache.get(name);
  if (cached !== undefined) return cached;
  const trimmed = name.trim();
  let zone: Zone | null;
  if (/^(?:UTC|GMT|Z)$/i.test(trimmed)) zone = utcZone;
  else {
    const fixed = FIXED.exec(trimmed);
    if (fixed) {
      const hours = Number(fixed[2]);
      const minutes = Number(fixed[3] ?? '0');
      zone = hours <= 18 && minutes < 60 ? fixedZone(trimmed, (fixed[1] === '-' ? -1 : 1) * (hours * 60 + minutes)) : null;
    } else zone = trimmed === '' ? null : ianaZone(trimmed);
  }
  if (zoneCache.size > 500) zoneCache.clear();
  zoneCache.set(name, zone);
  return zone;
}
