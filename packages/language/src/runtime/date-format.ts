/** Date/Time output: `yyyy-MM-dd HH:mm:ss` by default, and Java-style date patterns. */
import { dateFields, type DateFields } from './dates.js';
import type { LocaleInfo } from './locales.js';
import type { Zone } from './timezone.js';

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

/** Default output of a Date/Time value. */
export function formatDateDefault(epochMs: number, zone: Zone): string {
  const f = dateFields(epochMs, zone);
  return `${pad(f.year, 4)}-${pad(f.month, 2)}-${pad(f.day, 2)} ${pad(f.hour, 2)}:${pad(f.minute, 2)}:${pad(f.second, 2)}`;
}

function field(letter: string, count: number, f: DateFields, locale: LocaleInfo): string | undefined {
  const hour12 = f.hour % 12 === 0 ? 12 : f.hour % 12;
  switch (letter) {
    case 'y':
      return count === 2 ? pad(f.year % 100, 2) : pad(f.year, count);
    case 'M':
      if (count >= 4) return locale.months[f.month - 1];
      if (count === 3) return locale.shortMonths[f.month - 1];
      return pad(f.month, count);
    case 'd':
      return pad(f.day, count);
    case 'E':
      return count >= 4 ? locale.weekdays[f.weekday] : locale.shortWeekdays[f.weekday];
    case 'H':
      return pad(f.hour, count);
    case 'h':
      return pad(hour12, count);
    case 'm':
      return pad(f.minute, count);
    case 's':
      return pad(f.second, count);
    case 'S':
      return pad(f.millisecond, 3).slice(0, count);
    case 'a':
      return locale.amPm[f.hour < 12 ? 0 : 1];
    default:
      return undefined;
  }
}

/**
 * Formats with a date pattern: `yyyy yy MMMM MMM MM M dd d EEEE EEE HH H hh h mm m ss s SSS a`;
 * text in single quotes is literal (`''` is a quote); any other character is copied.
 */
export function formatDatePattern(epochMs: number, pattern: string, zone: Zone, locale: LocaleInfo): string {
  const f = dateFields(epochMs, zone);
  let out = '';
  for (const token of tokens(pattern)) {
    out += typeof token === 'string' ? token : (field(token.letter, token.count, f, locale) ?? token.text);
  }
  return out;
}

type Token = string | { letter: string; count: number; text: string };
const tokenCache = new Map<string, Token[]>();

/** Splits a date pattern into literal text and letter runs (cached: patterns are few and reused). */
function tokens(pattern: string): Token[] {
  const cached = tokenCache.get(pattern);
  if (cached !== undefined) return cached;
  const list: Token[] = [];
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i] as string;
    if (c === "'") {
      const close = pattern.indexOf("'", i + 1);
      if (close === i + 1) {
        list.push("'");
        i += 2;
        continue;
      }
      const end = close < 0 ? pattern.length : close;
      list.push(pattern.slice(i + 1, end));
      i = end + 1;
      continue;
    }
    let j = i + 1;
    while (pattern[j] === c) j++;
    const text = pattern.slice(i, j);
    list.push(/[A-Za-z]/.test(c) ? { letter: c, count: j - i, text } : text);
    i = j;
  }
  if (tokenCache.size > 200) tokenCache.clear();
  tokenCache.set(pattern, list);
  return list;
}

/** True when `pattern` uses date letters (so a string value is not treated as a number pattern). */
export function isDatePattern(pattern: string): boolean {
  return /[yMdEHhmsa]/.test(pattern.replace(/'[^']*'/g, ''));
}
