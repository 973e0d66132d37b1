import { describe, expect, it } from 'vitest';
import { resolveZone } from './timezone.js';

describe('resolveZone', () => {
  const at = Date.UTC(2026, 6, 1, 12);
  it.each([
    ['UTC', 0],
    ['gmt', 0],
    ['Z', 0],
    ['GMT+01.00', 60],
    ['GMT-04.00', -240],
    ['GMT+5', 300],
    ['+05:30', 330],
    ['-0930', -570],
    ['Europe/Paris', 120],
    ['America/New_York', -240],
    ['Asia/Kathmandu', 345],
  ])('%s is %i minutes east of UTC in July 2026', (name, minutes) => {
    expect(resolveZone(name)?.offsetAt(at)).toBe(minutes);
  });
  it('follows daylight saving time', () => {
    expect(resolveZone('Europe/Paris')?.offsetAt(Date.UTC(2026, 0, 1, 12))).toBe(60);
  });
  it.each([['Mars/Olympus'], [''], ['GMT+25.00'], ['GMT+01.75']])('rejects %j', (name) => {
    expect(resolveZone(name)).toBeNull();
  });
});
