// Output and parsing in the locales contact centers write in. Expected strings are what `Intl`
// prints on Node 20 (ICU 78.2, CLDR 48); es_ES, pt_BR and it_IT were also checked by hand
// against the languages' calendars and number conventions (weekday and month names, separators,
// currency). Arabic keeps Intl's Arabic-Indic digits and its bidi marks (docs/language.md, Locales).
import { describe, expect, it } from 'vitest';
import { findLocale, render } from '@fieldcode/language';

/** Names only (no digits): `EEEE|EEE|MMMM|MMM|a` of Tuesday 23 November 1965, 21:03 UTC. */
const NAMES = '<$ Date(1965, 11, 23, 21, 3, 0) : "EEEE|EEE|MMMM|MMM|a" $>';

const cases: Array<{ locale: string; names: string; num: [string, number]; date: [string, string] }> = [
  // es_ES, pt_BR and it_IT: cross-checked by hand.
  {
    locale: 'es_ES',
    names: 'martes|mar|noviembre|nov|p.\u202fm.',
    num: ['1.234.567,89 €', 1234567.89],
    date: ['martes, 23 de noviembre de 1965', '1965-11-23 00:00:00'],
  },
  {
    locale: 'pt_BR',
    names: 'terça-feira|ter.|novembro|nov.|PM',
    num: ['R$ 1.234,5', 0],
    date: ['23 de novembro de 1965', '1965-11-23 00:00:00'],
  },
  {
    locale: 'it_IT',
    names: 'martedì|mar|novembre|nov|PM',
    num: ['1.234,5', 1234.5],
    date: ['martedì 23 novembre 1965', '1965-11-23 00:00:00'],
  },
  {
    locale: 'nl_NL',
    names: 'dinsdag|di|november|nov|p.m.',
    num: ['-1.234,5', -1234.5],
    date: ['dinsdag 23 november 1965', '1965-11-23 00:00:00'],
  },
  {
    locale: 'pl_PL',
    names: 'wtorek|wt.|listopada|lis|PM',
    num: ['1\u00a0234,5 zł', 1234.5],
    date: ['23 listopada 1965 21:03', '1965-11-23 21:03:00'],
  },
  { locale: 'tr_TR', names: 'Salı|Sal|Kasım|Kas|ÖS', num: ['1.234,5', 1234.5], date: ['23 Kasım 1965 Salı', '1965-11-23 00:00:00'] },
  {
    locale: 'ar_SA',
    names: 'الثلاثاء|الثلاثاء|نوفمبر|نوفمبر|م',
    num: ['١٬٢٣٤٫٥', 1234.5],
    date: ['٢٣\u200f/١١\u200f/١٩٦٥', '1965-11-23 00:00:00'],
  },
  { locale: 'hi_IN', names: 'मंगलवार|मंगल|नवंबर|नव॰|pm', num: ['12,34,567.5', 1234567.5], date: ['23 नवंबर 1965', '1965-11-23 00:00:00'] },
  { locale: 'ja_JP', names: '火曜日|火|11月|11月|午後', num: ['1,234.5円', 1234.5], date: ['1965年11月23日火曜日', '1965-11-23 00:00:00'] },
  {
    locale: 'zh_CN',
    names: '星期二|周二|11月|11月|下午',
    num: ['¥1,234.5', 0],
    date: ['1965年11月23日星期二 21:03', '1965-11-23 21:03:00'],
  },
];

describe.each(cases)('$locale', ({ locale, names, num, date }) => {
  it('prints names from Intl, written Genesys style or BCP 47', () => {
    expect(render(NAMES, {}, { locale }).output).toBe(names);
    expect(render(NAMES, {}, { locale: locale.replace('_', '-') }).output).toBe(names);
  });

  it('Num reads the locale separators and digits', () => {
    const result = render(`<$ Num("${num[0]}", "${locale}") * 100 $>`, {});
    expect(result.diagnostics).toEqual([]);
    expect(result.output).toBe(String(Math.round(num[1] * 100)));
  });

  it('Date reads the locale written date', () => {
    const result = render(`<$ Date("${date[0]}", "${locale}") $>`, {});
    expect(result.diagnostics).toEqual([]);
    expect(result.output).toBe(date[1]);
  });
});

describe('locale records from Intl', () => {
  it.each([
    ['es_ES', ',', '.', '-', 'EUR', '€'],
    ['pt_BR', ',', '.', '-', 'BRL', 'R$'],
    ['it_IT', ',', '.', '-', 'EUR', '€'],
    ['nl_NL', ',', '.', '-', 'EUR', '€'],
    ['pl_PL', ',', '\u00a0', '-', 'PLN', 'zł'],
    ['tr_TR', ',', '.', '-', 'TRY', '₺'],
    ['ar_SA', '٫', '٬', '\u061c-', 'SAR', 'ر.س.'],
    ['hi_IN', '.', ',', '-', 'INR', '₹'],
    ['ja_JP', '.', ',', '-', 'JPY', '￥'],
    ['zh_CN', '.', ',', '-', 'CNY', '¥'],
  ])('%s: decimal %j, group %j, minus %j, currency %s %s', (locale, decimal, group, minus, code, symbol) => {
    const info = findLocale(locale)!;
    expect([info.decimal, info.group, info.minusSign, info.currencyCode, info.currencySymbol]).toEqual([
      decimal,
      group,
      minus,
      code,
      symbol,
    ]);
  });

  it('the render option names any locale; an unknown one warns and prints en_US', () => {
    const result = render(NAMES, {}, { locale: 'xx_YY' });
    expect(result.output).toBe('Tuesday|Tue|November|Nov|PM');
    expect(result.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['unknown-locale', 'Unknown locale in the locale option (write it as en_US or en-US); en_US is used.'],
    ]);
  });
});
