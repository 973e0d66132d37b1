import { describe, expect, it } from 'vitest';
import { printable, printableKeepingTabs } from './printable.js';

describe('printable', () => {
  it('writes control, line-separator and bidirectional characters as visible escapes', () => {
    expect(printable('a\r\nb\tc\u0000d\u001b[31me\u007f\u009bf\u2028g\u202eh\u2066i')).toBe(
      'a\\r\\nb\\tc\\u0000d\\u001b[31me\\u007f\\u009bf\\u2028g\\u202eh\\u2066i',
    );
    expect(printableKeepingTabs('a\tb\nc')).toBe('a\tb\\nc');
  });

  it('leaves other text alone, and is idempotent', () => {
    expect(printable('Grüße 👋 \\n <$ x $>')).toBe('Grüße 👋 \\n <$ x $>');
    expect(printable(printable('a\nb'))).toBe('a\\nb');
  });
});
