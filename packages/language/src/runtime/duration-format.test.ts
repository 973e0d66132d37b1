import { describe, expect, it } from 'vitest';
import { formatDuration, parseDurationPattern } from './duration-format.js';
import { defaultLocale } from './locales.js';

const en = defaultLocale;

function format(seconds: number, pattern: string): string {
  const parsed = parseDurationPattern(pattern);
  if ('problem' in parsed) throw new Error(parsed.problem);
  return formatDuration(seconds, parsed, en);
}

describe('duration patterns (seconds)', () => {
  it.each([
    [90061, 'H:mm:ss', '25:01:01'],
    [90061, "d 'd' HH:mm:ss", '1 d 01:01:01'],
    [90061, 'd', '1'],
    [59, 'mm:ss', '00:59'],
    [5400, 'm', '90'],
    [5400, 'H:mm', '1:30'],
    [3723.5, 'H:mm:ss.SSS', '1:02:03.500'],
    [3723.5, 's', '3723'],
    [89.6, 'm:ss', '1:29'],
    [0.25, 'S', '250'],
    [-75, 'm:ss', '-1:15'],
    [-0.0001, 's', '0'],
    [3600, "H 'h'", '1 h'],
    [3600, "H 'o''clock'", "1 o'clock"],
    [0, 'HH:mm:ss', '00:00:00'],
    [1e9, 'd', '11574'],
  ])('%d with %s → %s', (seconds, pattern, expected) => {
    expect(format(seconds, pattern)).toBe(expected);
  });
  it.each([
    ['hh:mm', 'Unknown duration letter "h" (hours are H): durations use d, H, m, s and S; quote literal text (\'h\').', 0, 1],
    ['H:MM', 'Unknown duration letter "M" (minutes are m): durations use d, H, m, s and S; quote literal text (\'M\').', 2, 1],
    ["H 'h", "Unterminated quote: close the literal text with '.", 2, 1],
    [`${'s'.repeat(40)}`, 'At most 32 "s" in a row.', 0, 40],
  ])('%s is a positioned problem', (pattern, problem, offset, length) => {
    expect(parseDurationPattern(pattern)).toEqual({ problem, offset, length });
  });
});
