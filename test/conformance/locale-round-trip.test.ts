// Every WhatsApp template language reads back what Intl prints in it: a number (Num) and a date
// in each of Intl's date styles (Date). The few Intl spellings not read yet are listed, so a
// regression (or a fix) changes this test.
import { expect, it } from 'vitest';
import { knownLocales, render } from '@fieldcode/language';

const NOT_READ = [
  'date short ha',
  'date short ko',
  'date full ky_KG',
  'date long ky_KG',
  'date medium ky_KG',
  'date full ml',
  'date full vi',
  'date long vi',
  'date medium vi',
  'date short zu',
];

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
  expect(failures).toEqual(NOT_READ);
});
