// Date ± days and Date − Date count calendar days in the render's time zone (docs/language.md,
// "Decisions where Genesys is silent"): DST changes move the clock, not the date.
import { describe, expect, it } from 'vitest';
import { render } from '@fieldcode/language';

const paris = (formula: string): string => {
  const result = render(`<$ ${formula} $>`, {}, { timeZone: 'Europe/Paris' });
  expect(result.diagnostics).toEqual([]);
  return result.output;
};

describe('date arithmetic across DST changes (Europe/Paris)', () => {
  it.each([
    // Spring forward: 29 March 2026 has 23 hours.
    ['Date(2026,3,29)+1', '2026-03-30 00:00:00'],
    ['1+Date(2026,3,29)', '2026-03-30 00:00:00'],
    ['Date(2026,3,30)-1', '2026-03-29 00:00:00'],
    ['Date(2026,3,28,9,30,0)+2', '2026-03-30 09:30:00'],
    // Fall back: 25 October 2026 has 25 hours.
    ['Date(2026,10,25)+1', '2026-10-26 00:00:00'],
    ['Date(2026,10,24,23,0,0)+7', '2026-10-31 23:00:00'],
    // Fractions are wall-clock time, as in Excel.
    ['Date(2026,3,29,12,0,0)+0.5', '2026-03-30 00:00:00'],
    ['Date(2026,3,29)-0.25', '2026-03-28 18:00:00'],
  ])('%s → %s', (formula, expected) => {
    expect(paris(formula)).toBe(expected);
  });

  it.each([
    ['Date(2026,3,30)-Date(2026,3,29)', '1'],
    ['Date(2026,10,26)-Date(2026,10,25)', '1'],
    ['Date(2026,4,1,8,0,0)-Date(2026,3,1,8,0,0)', '31'],
    ['(Date(2026,3,29,12,0,0)-Date(2026,3,29))*24', '12'],
    ['(Date(2026,10,25,12,0,0)-Date(2026,10,25))*24', '12'],
  ])('%s → %s (whole days when the wall-clock times match)', (formula, expected) => {
    expect(paris(formula)).toBe(expected);
  });

  it('UTC and fixed offsets have no DST: a day is 24 hours', () => {
    expect(render('<$ Date(2026,3,29)+1 $>', {}).output).toBe('2026-03-30 00:00:00');
    expect(render('<$ Date(2026,3,29)+1 $>', {}, { timeZone: 'GMT+01.00' }).output).toBe('2026-03-30 00:00:00');
  });

  it('adding a number reads no time zone, so an unknown zone in the data is not reported', () => {
    const result = render('<$ 1 + 2 $>', { Interaction: { TimeZone: 'Mars/Olympus' } });
    expect(result.output).toBe('3');
    expect(result.diagnostics).toEqual([]);
  });

  it('out of range stays a type mismatch', () => {
    expect(render('<$ Date(2026,3,29) + 1e300 $>', {}, { timeZone: 'Europe/Paris' }).diagnostics.map((d) => d.code)).toEqual([
      'type-mismatch',
    ]);
  });
});
