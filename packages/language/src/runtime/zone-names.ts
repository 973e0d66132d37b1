/**
 * Reading the zone of a date text: the offset formats Intl prints (`GMT+1`, `GMT-05:00`,
 * `UTC−5`, `GMT+5.30`, `غرينتش+١`, fa `+۱ گرینویچ`), `GMT`/`UTC` alone, ISO-style offsets
 * (`+0100`, `-05:00`), and the zone names Intl prints in the locale (`Coordinated Universal Time`,
 * `Eastern Standard Time`, `CET`). A name stands for the offset Intl gives it; a name that stands
 * for several offsets in the locale (or none) is unknown. Every comparison is on folded text
 * (date-text.ts): lower case, ASCII digits.
 */
import { fold, isLetter, isSpace, trimSpaces } from './date-text.js';
import type { LocaleInfo } from './locales.js';
import type { Zone } from './timezone.js';

/** A zone read at some index of a folded text: where it ends and its offset in minutes east of UTC. */
export interface ZoneRead {
  readonly end: number;
  readonly offset: number;
}

interface OffsetFormat {
  /** What Intl writes before and after the signed offset (`gmt`/``; `` / `گرینویچ` in fa). */
  readonly prefix: string;
  readonly suffix: string;
}

/** Sample instants in winter and summer: the standard and the daylight-saving names of a zone. */
const SAMPLES = [Date.UTC(2026, 0, 15, 12), Date.UTC(2026, 6, 15, 12)] as const;
const MINUS = new Set(['-', '\u2212']);
/** The longest offset Intl prints: ±14:00 (Pacific/Kiritimati); ±18 hours is the ISO bound. */
const MAX_OFFSET_MINUTES = 18 * 60;

function zoneNameOf(tag: string, timeZone: string, style: 'short' | 'long', at: number): string {
  const parts = new Intl.DateTimeFormat(tag, { timeZone, timeZoneName: style }).formatToParts(at);
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? '';
}

const offsetFormats = new WeakMap<LocaleInfo, OffsetFormat>();

/** The locale's offset format, read from how Intl writes the zone one hour east of UTC (`GMT+1`). */
function offsetFormatOf(locale: LocaleInfo): OffsetFormat {
  const cached = offsetFormats.get(locale);
  if (cached !== undefined) return cached;
  const printed = fold(zoneNameOf(locale.tag, 'Etc/GMT-1', 'short', SAMPLES[0]), locale);
  const sign = printed.indexOf('+');
  let format: OffsetFormat = { prefix: 'gmt', suffix: '' };
  if (sign >= 0) {
    let end = sign + 1;
    while (end < printed.length && (printed[end] as string) >= '0' && (printed[end] as string) <= '9') end++;
    format = { prefix: trimSpaces(printed.slice(0, sign)), suffix: trimSpaces(printed.slice(end)) };
  }
  offsetFormats.set(locale, format);
  return format;
}

function skipSpaces(text: string, i: number): number {
  while (isSpace(text[i])) i++;
  return i;
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

/** A signed offset at `i`: `+1`, `-05:00`, `+5.30`, `+0530`, `−5` (the sign is required). */
function readSignedOffset(text: string, i: number): { end: number; minutes: number } | null {
  const at = skipSpaces(text, i);
  const sign = text[at];
  if (sign !== '+' && !MINUS.has(sign ?? '')) return null;
  let j = skipSpaces(text, at + 1);
  const start = j;
  while (isDigit(text[j]) && j - start < 4) j++;
  const run = text.slice(start, j);
  if (run.length === 0 || run.length === 3 || isDigit(text[j])) return null;
  const hours = Number(run.length === 4 ? run.slice(0, 2) : run);
  let minutes = run.length === 4 ? Number(run.slice(2)) : 0;
  if (run.length <= 2 && (text[j] === ':' || text[j] === '.') && isDigit(text[j + 1]) && isDigit(text[j + 2]) && !isDigit(text[j + 3])) {
    minutes = Number(text.slice(j + 1, j + 3));
    j += 3;
  }
  if (minutes > 59) return null;
  const total = hours * 60 + minutes;
  if (total > MAX_OFFSET_MINUTES) return null;
  return { end: j, minutes: sign === '+' ? total : -total };
}

/**
 * An offset written as Intl writes it in the locale, or as `GMT`/`UTC` with or without an offset,
 * or (when `bare`: free-form text) a bare signed offset `+0100`. Null when there is none at `i`.
 */
export function readOffsetAt(text: string, i: number, locale: LocaleInfo, bare: boolean): ZoneRead | null {
  const at = skipSpaces(text, i);
  const format = offsetFormatOf(locale);
  const prefixes = [format.prefix, 'gmt', 'utc'].filter((p, k, all) => all.indexOf(p) === k);
  for (const prefix of prefixes) {
    if (prefix === '' || !text.startsWith(prefix, at)) continue;
    let end = at + prefix.length;
    // In free-form text `GMT` and `UTC` are whole words (`utcx` is no zone); a shape's literal follows them (te `UTCకి`).
    if (bare && isLetter(text[end])) continue;
    const offset = readSignedOffset(text, end);
    const minutes = offset?.minutes ?? 0;
    if (offset !== null) end = offset.end;
    return { end: withSuffix(text, end, format.suffix), offset: minutes };
  }
  // Formats with nothing before the sign (fa: `+۱ گرینویچ`), and bare ISO offsets.
  if (format.prefix === '' || bare) {
    const offset = readSignedOffset(text, at);
    if (offset !== null) {
      const end = withSuffix(text, offset.end, format.suffix);
      if (end > offset.end || bare) return { end, offset: offset.minutes };
    }
  }
  // The zero offset of a suffix-only format is the suffix alone (fa `گرینویچ`).
  if (format.prefix === '' && format.suffix !== '' && text.startsWith(format.suffix, at))
    return { end: at + format.suffix.length, offset: 0 };
  return null;
}

function withSuffix(text: string, end: number, suffix: string): number {
  if (suffix === '') return end;
  const at = skipSpaces(text, end);
  return text.startsWith(suffix, at) ? at + suffix.length : end;
}

/** Folded zone name → offset in minutes, or NaN when the name stands for several offsets. */
type NameTable = Map<string, number>;

const utcTables = new WeakMap<LocaleInfo, NameTable>();
const zoneTables = new WeakMap<LocaleInfo, Map<string, NameTable>>();
const fullTables = new WeakMap<LocaleInfo, NameTable>();

function addNames(table: NameTable, locale: LocaleInfo, timeZone: string, offsetOf: (at: number) => number): void {
  for (const at of SAMPLES) {
    for (const style of ['short', 'long'] as const) {
      const name = trimSpaces(fold(zoneNameOf(locale.tag, timeZone, style, at), locale));
      // Offsets are read by readOffsetAt; only names are kept.
      if (name === '' || readOffsetAt(name, 0, locale, true)?.end === name.length) continue;
      const offset = offsetOf(at);
      const known = table.get(name);
      table.set(name, known === undefined || known === offset ? offset : NaN);
    }
  }
}

/** Offset of `timeZone` at `at`, in minutes east, from Intl's `longOffset` name (`GMT+05:30`). */
function offsetOfZone(timeZone: string, at: number): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(at);
  const text = name.find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const read = readSignedOffset(text, 3);
  return read?.minutes ?? 0;
}

function utcTable(locale: LocaleInfo): NameTable {
  let table = utcTables.get(locale);
  if (table === undefined) {
    table = new Map();
    addNames(table, locale, 'UTC', () => 0);
    utcTables.set(locale, table);
  }
  return table;
}

/** The names of the render zone (a few formats: the common case is a text written in it). */
function zoneTable(locale: LocaleInfo, zone: Zone): NameTable {
  let byZone = zoneTables.get(locale);
  if (byZone === undefined) zoneTables.set(locale, (byZone = new Map()));
  let table = byZone.get(zone.name);
  if (table === undefined) {
    table = new Map();
    try {
      addNames(table, locale, zone.name, (at) => zone.offsetAt(at));
    } catch {
      // A fixed offset (`GMT+01.00`) is not an Intl zone: it has no names.
    }
    if (byZone.size >= 64) byZone.clear();
    byZone.set(zone.name, table);
  }
  return table;
}

/**
 * Every zone name of the locale: each zone Intl knows, in winter and summer, short and long.
 * Built once per locale, on the first name that is neither UTC's nor the render zone's (about
 * 800 formats: a fraction of a second).
 */
function fullTable(locale: LocaleInfo): NameTable {
  let table = fullTables.get(locale);
  if (table === undefined) {
    table = new Map();
    const zones = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.('timeZone') ?? [];
    for (const timeZone of zones) addNames(table, locale, timeZone, (at) => offsetOfZone(timeZone, at));
    fullTables.set(locale, table);
  }
  return table;
}

/** The longest name of `table` at `at` (a whole word when `wholeWord`); undefined when none. */
function longestName(text: string, at: number, table: NameTable, wholeWord: boolean): { end: number; offset: number } | undefined {
  let best: { end: number; offset: number } | undefined;
  for (const [name, offset] of table) {
    if (!text.startsWith(name, at) || (wholeWord && isLetter(text[at + name.length]))) continue;
    if (best === undefined || at + name.length > best.end) best = { end: at + name.length, offset };
  }
  return best;
}

/**
 * The zone at `i` of a folded text: an offset (readOffsetAt), or a zone name Intl prints in the
 * locale. `offset` is NaN for a name that stands for several offsets. Null when there is none.
 * `freeForm`: a bare offset (`+0100`) is read and a name must end a word; in an Intl shape the
 * literal after the zone says where it ends (te writes `…సమయంకి`).
 */
export function readZoneAt(text: string, i: number, locale: LocaleInfo, zone: Zone, freeForm: boolean): ZoneRead | null {
  const at = skipSpaces(text, i);
  const offset = readOffsetAt(text, at, locale, freeForm);
  // A whole offset is the zone; `UTC` may also begin a name (fi `UTC-yleisaika`), and the longer reading wins.
  if (offset !== null && (offset.end === text.length || isSpace(text[offset.end]) || !isLetter(text[at]))) return offset;
  if (!isLetter(text[at])) return null;
  const name =
    longestName(text, at, utcTable(locale), freeForm) ??
    longestName(text, at, zoneTable(locale, zone), freeForm) ??
    longestName(text, at, fullTable(locale), freeForm);
  if (name === undefined) return offset;
  return offset !== null && offset.end >= name.end ? offset : name;
}
