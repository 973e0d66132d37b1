// Every WhatsApp template language reads back what Intl prints in it: a number (Num) and a date
// in each of Intl's date styles, alone and with a time (Date). Spellings that once were not read
// are asserted one by one with the exact text Intl prints on this Node (20.20, ICU 78.2).
import { describe, expect, it } from 'vitest';
import { knownLocales, render } from '@fieldcode/language';

it('Num and Date read what Intl prints in every WhatsApp template language', () => {
  const failures: string[] = [];
  for (const code of knownLocales) {
    const tag = code.replace('_', '-');
    const number = new Intl.NumberFormat(tag).format(-1234567.25);
    if (render(`<$ Num("${number}", "${code}") * 100 $>`, {}).output !== '-123456725') failures.push(`num ${code}`);
    for (const dateStyle of ['full', 'long', 'medium', 'short'] as const) {
      const text = new Intl.DateTimeFormat(tag, { dateStyle, calendar: 'gregory', timeZone: 'UTC' }).format(Date.UTC(1965, 10, 23));
      if (render(`<$ Date("${text}", "${code}") $>`, {}).output !== '1965-11-23 00:00:00') failures.push(`date ${dateStyle} ${code}`);
    }
  }
  expect(failures).toEqual([]);
});

it('Date reads what Intl prints with a time in every WhatsApp template language, at every hour', () => {
  const failures: string[] = [];
  for (const code of knownLocales) {
    const tag = code.replace('_', '-');
    for (const timeStyle of ['short', 'medium'] as const) {
      for (const dateStyle of ['full', 'long', 'medium', 'short'] as const) {
        const format = new Intl.DateTimeFormat(tag, { dateStyle, timeStyle, calendar: 'gregory', timeZone: 'UTC' });
        const text = format.format(Date.UTC(1965, 10, 23, 21, 3, 10));
        const expected = timeStyle === 'short' ? '1965-11-23 21:03:00' : '1965-11-23 21:03:10';
        if (render(`<$ Date("${text}", "${code}") $>`, {}).output !== expected) failures.push(`${dateStyle}/${timeStyle} ${code}`);
      }
    }
    // Every hour, so that each day period (AM/PM, or zh_TW's 凌晨 … 晚上) is read on its side of noon.
    const medium = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short', calendar: 'gregory', timeZone: 'UTC' });
    for (let hour = 0; hour < 24; hour++) {
      const text = medium.format(Date.UTC(2026, 0, 5, hour, 7));
      const expected = `2026-01-05 ${String(hour).padStart(2, '0')}:07:00`;
      if (render(`<$ Date("${text}", "${code}") $>`, {}).output !== expected) failures.push(`hour ${hour} ${code}`);
    }
  }
  expect(failures).toEqual([]);
});

describe('date spellings read by the shape of their Intl date style', () => {
  const date = (text: string, locale: string): string => {
    const result = render(`<$ Date("${text}", "${locale}") $>`, {});
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
