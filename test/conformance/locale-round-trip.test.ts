// Every WhatsApp template language reads back what Intl prints in it: a number (Num) and a date
// in each of Intl's date styles, alone and with each time style — short, medium, and long and full
// with their zone (Date). No style is an exception. Spellings that once were not read are asserted
// one by one with the exact text Intl prints on this Node (20.20, ICU 78.2).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { knownLocales, render } from '@fieldcode/language';

/** The render's `now` of these tests: two-digit years (short styles) fall in 1946-12-01 … 2046-11-30. */
const NOW = '2026-12-01T00:00:00Z';

it('Num and Date read what Intl prints in every WhatsApp template language', () => {
  const failures: string[] = [];
  for (const code of knownLocales) {
    const tag = code.replace('_', '-');
    const number = new Intl.NumberFormat(tag).format(-1234567.25);
    if (render(`<$ Num("${number}", "${code}") * 100 $>`, {}).output !== '-123456725') failures.push(`num ${code}`);
    for (const dateStyle of ['full', 'long', 'medium', 'short'] as const) {
      const text = new Intl.DateTimeFormat(tag, { dateStyle, calendar: 'gregory', timeZone: 'UTC' }).format(Date.UTC(1965, 10, 23));
      if (render(`<$ Date("${text}", "${code}") $>`, {}, { now: NOW }).output !== '1965-11-23 00:00:00')
        failures.push(`date ${dateStyle} ${code}`);
    }
  }
  expect(failures).toEqual([]);
});

it.each(knownLocales)('Date reads what Intl prints with each time style in %s, at every hour', (code) => {
  const failures: string[] = [];
  const tag = code.replace('_', '-');
  for (const timeStyle of ['short', 'medium', 'long', 'full'] as const) {
    for (const dateStyle of ['full', 'long', 'medium', 'short'] as const) {
      const format = new Intl.DateTimeFormat(tag, { dateStyle, timeStyle, calendar: 'gregory', timeZone: 'UTC' });
      const text = format.format(Date.UTC(1965, 10, 23, 21, 3, 10));
      const expected = timeStyle === 'short' ? '1965-11-23 21:03:00' : '1965-11-23 21:03:10';
      const result = render(`<$ Date("${text}", "${code}") $>`, {}, { now: NOW });
      if (result.output !== expected || result.diagnostics.length > 0) failures.push(`${dateStyle}/${timeStyle} ${code}`);
    }
  }
  // Every hour, so that each day period (AM/PM, or zh_TW's 凌晨 … 晚上) is read on its side of noon.
  const medium = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short', calendar: 'gregory', timeZone: 'UTC' });
  for (let hour = 0; hour < 24; hour++) {
    const text = medium.format(Date.UTC(2026, 0, 5, hour, 7));
    const expected = `2026-01-05 ${String(hour).padStart(2, '0')}:07:00`;
    if (render(`<$ Date("${text}", "${code}") $>`, {}, { now: NOW }).output !== expected) failures.push(`hour ${hour} ${code}`);
  }
  expect(failures).toEqual([]);
});

describe('date spellings read by the shape of their Intl date style', () => {
  const date = (text: string, locale: string): string => {
    const result = render(`<$ Date("${text}", "${locale}") $>`, {}, { now: NOW });
    return [result.output, ...result.diagnostics.map((d) => d.code)].join(' ');
  };
  it.each([
    ['ha', 'short', '23/11/65'],
    ['ko', 'short', '65. 11. 23.'],
    ['zu', 'short', '11/23/65'],
    ['ky_KG', 'full', '1965-ж., 23-ноябрь, шейшемби'],
    ['ky_KG', 'long', '1965-ж., 23-ноябрь'],
    ['ky_KG', 'medium', '1965-ж., 23-ноя.'],
    ['ml', 'full', '1965 നവംബർ 23, ചൊവ്വാഴ്ച'],
    ['vi', 'full', 'Thứ Ba, 23 tháng 11, 1965'],
    ['vi', 'long', '23 tháng 11, 1965'],
    ['vi', 'medium', '23 thg 11, 1965'],
  ] as const)('%s %s: %s', (locale, dateStyle, text) => {
    const printed = new Intl.DateTimeFormat(locale.replace('_', '-'), { dateStyle, calendar: 'gregory', timeZone: 'UTC' }).format(
      Date.UTC(1965, 10, 23),
    );
    expect(printed).toBe(text);
    expect(date(text, locale)).toBe('1965-11-23 00:00:00');
  });
  it('reads other days, case and spacing variants of the same shapes', () => {
    expect(date('thứ hai, 1 tháng 1, 2024', 'vi')).toBe('2024-01-01 00:00:00');
    expect(date('2024-ж., 29-февраль', 'ky_KG')).toBe('2024-02-29 00:00:00');
    expect(date('05. 3. 7.', 'ko')).toBe('2005-03-07 00:00:00');
    expect(date('3/7/05', 'zu')).toBe('2005-03-07 00:00:00');
    expect(date('3/7/05', 'ha')).toBe('2005-07-03 00:00:00');
  });
  it.each([
    ['es_ES', '23 de noviembre de 1965 a las 21:03', '1965-11-23 21:03:00'],
    ['da', '23.11.1965, 21.03', '1965-11-23 21:03:00'],
    ['zh_TW', '1965/11/23 晚上9:03', '1965-11-23 21:03:00'],
    ['zh_TW', '1965/11/23 凌晨1:03', '1965-11-23 01:03:00'],
    ['vi', 'lúc 21:03 23 tháng 11, 1965', '1965-11-23 21:03:00'],
    ['en_US', 'November 23, 1965 at 9:03:10 PM', '1965-11-23 21:03:10'],
    ['hi', '23 नवंबर 1965 को 9:03 pm बजे', '1965-11-23 21:03:00'],
  ] as const)('with a time: %s %s', (locale, text, expected) => {
    expect(date(text, locale)).toBe(expected);
  });

  it('refuses days a month does not have and words that are no part of the shape', () => {
    expect(date('2023-ж., 29-февраль', 'ky_KG')).toBe(' invalid-date');
    expect(date('23 tháng 13, 1965', 'vi')).toBe(' invalid-date');
    expect(date('23 tháng 11, 1965 sáng', 'vi')).toBe(' invalid-date');
    expect(date('23 de noviembre de 1965 a las 25:03', 'es_ES')).toBe(' invalid-date');
    expect(date('November 23, 1965 at 13:03 PM', 'en_US')).toBe(' invalid-date');
  });
});

/** The zones of the zone round trips: offsets east and west, a half-hour offset, and DST in both hemispheres. */
const ZONES = ['Europe/Paris', 'America/New_York', 'Asia/Kolkata', 'Australia/Sydney', 'America/Sao_Paulo', 'Asia/Tokyo'] as const;

/** Instant → `yyyy-MM-dd HH:mm:ss` on the wall clock of `timeZone`. */
function wallClock(instant: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}:${part('second')}`;
}

it.each(knownLocales)('Date reads the long and full time styles with their zone in %s, in winter and summer', (code) => {
  const failures: string[] = [];
  const tag = code.replace('_', '-');
  for (const timeZone of ZONES) {
    for (const instant of [Date.UTC(2026, 0, 15, 20, 3, 10), Date.UTC(2026, 6, 15, 20, 3, 10)]) {
      for (const timeStyle of ['long', 'full'] as const) {
        const text = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle, calendar: 'gregory', timeZone }).format(instant);
        // Rendered in the same zone (whose names are read first); the next test renders other zones' names in UTC.
        const result = render(`<$ Date("${text}", "${code}") $>`, {}, { now: NOW, timeZone });
        if (result.output !== wallClock(instant, timeZone) || result.diagnostics.length > 0)
          failures.push(
            `${timeStyle} ${timeZone} ${code}: ${text} → ${result.output} ${result.diagnostics.map((d) => d.message).join(' ')}`,
          );
      }
    }
  }
  expect(failures).toEqual([]);
});

it.each(['en_US', 'en_GB', 'de', 'fr', 'ja', 'ar', 'zh_TW', 'pt_BR'])(
  'Date reads zone names of other zones than the render zone (%s, rendered in UTC)',
  (code) => {
    const failures: string[] = [];
    const tag = code.replace('_', '-');
    for (const timeZone of ZONES) {
      for (const instant of [Date.UTC(2026, 0, 15, 20, 3, 10), Date.UTC(2026, 6, 15, 20, 3, 10)]) {
        const text = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'full', calendar: 'gregory', timeZone }).format(
          instant,
        );
        const result = render(`<$ Date("${text}", "${code}") $>`, {}, { now: NOW, timeZone: 'UTC' });
        if (result.output !== wallClock(instant, 'UTC') || result.diagnostics.length > 0)
          failures.push(`${timeZone}: ${text} → ${result.output}`);
      }
    }
    expect(failures).toEqual([]);
  },
);

it('format → read round-trips for random instants, locales, styles and zones (fixed seed)', () => {
  const styles = ['full', 'long', 'medium', 'short'] as const;
  fc.assert(
    fc.property(
      fc.constantFrom(...knownLocales),
      fc.constantFrom(...styles),
      fc.constantFrom(undefined, ...styles),
      fc.constantFrom('UTC', ...ZONES),
      // Whole seconds between 1946-12-02 and 2046-11-29: two-digit years of the short styles are unambiguous.
      fc.integer({ min: Date.UTC(1946, 11, 2) / 1000, max: Date.UTC(2046, 10, 29) / 1000 }),
      (code, dateStyle, timeStyle, timeZone, seconds) => {
        const instant = seconds * 1000;
        const tag = code.replace('_', '-');
        const text = new Intl.DateTimeFormat(tag, { dateStyle, timeStyle, calendar: 'gregory', timeZone }).format(instant);
        const result = render(`<$ Date("${text}", "${code}") : "yyyy-MM-dd HH:mm:ss" $>`, {}, { now: NOW, timeZone });
        // What the style prints of the instant: the day alone, minutes (short time) or seconds.
        const wall = wallClock(instant, timeZone);
        const expected =
          timeStyle === undefined ? `${wall.slice(0, 10)} 00:00:00` : timeStyle === 'short' ? `${wall.slice(0, 16)}:00` : wall;
        expect({ text, output: result.output, diagnostics: result.diagnostics }).toEqual({ text, output: expected, diagnostics: [] });
      },
    ),
  );
});

describe('free-form dates in a render: positioned problems and zone warnings', () => {
  const diagnose = (template: string, locale?: string): string => {
    const result = render(template, {}, { now: NOW, ...(locale === undefined ? {} : { locale }) });
    return [
      result.output,
      ...result.diagnostics.map((d) => `${d.code} ${d.range.start.offset}+${d.range.end.offset - d.range.start.offset} ${d.message}`),
    ].join(' | ');
  };
  it('positions a problem on its characters inside a string literal', () => {
    expect(diagnose('<$ Date("Nov 23 1965 7") $>')).toBe(
      ' | invalid-date 21+1 Date: the text is not a date in locale en_US: the number at character 13 is no part of the date.',
    );
    expect(diagnose('<$ Date("Tue 23st November 1965", "en_GB") $>')).toBe(
      ' | invalid-date 13+4 Date: the text is not a date in locale en_GB: the ordinal at characters 5–8 is misspelt (23rd).',
    );
  });
  it('names the whole call when the text is not a literal, and never quotes the data', () => {
    const result = render('<$ Date(Contact.Birthday, "en_US") $>', { Contact: { Birthday: 'Nov 23 1965 7' } }, { now: NOW });
    expect(
      result.diagnostics.map((d) => `${d.code} ${d.range.start.offset}+${d.range.end.offset - d.range.start.offset} ${d.message}`),
    ).toEqual(['invalid-date 3+31 Date: the text is not a date in locale en_US: the number at character 13 is no part of the date.']);
  });
  it('reads a zone name Intl does not print in the locale in the render zone, with a warning on the name', () => {
    expect(diagnose('<$ Date("23/11/1965 21:03:10 CET", "fr_FR") $>')).toBe(
      '1965-11-23 21:03:10 | unknown-date-zone 29+3 Date: the zone at characters 21–23 is not an offset or a zone name Intl prints in fr_FR (or it names several offsets); the time is read in the render time zone (UTC).',
    );
    expect(diagnose('<$ Date("23/11/1965 21:03:10 CET", "en_GB") $>')).toBe('1965-11-23 20:03:10');
  });
  it('reads the documented examples and Danish times after the date', () => {
    expect(diagnose('<$ Date("23.11.1965 21.03", "da") $>')).toBe('1965-11-23 21:03:00');
    expect(diagnose('<$ Date("Nov 23 65") $>')).toBe('1965-11-23 00:00:00');
    expect(diagnose('<$ Date("9:03:00 PM Central European Standard Time Nov 23 1965") $>')).toBe('1965-11-23 20:03:00');
  });
});
