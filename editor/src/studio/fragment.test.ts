import { describe, expect, it } from 'vitest';
import { fragmentFileName, fragmentFor } from './fragment.js';

describe('URL fragment of the demo page', () => {
  it('reads a file name, and nothing from a malformed escape', () => {
    expect(fragmentFileName('#bill-reminder.json')).toBe('bill-reminder.json');
    expect(fragmentFileName('#50%25%20off.json')).toBe('50% off.json');
    expect(fragmentFileName('#%E0%A4%A')).toBe('');
    expect(fragmentFileName('#%')).toBe('');
    expect(fragmentFileName('')).toBe('');
  });

  it('writes a fragment that reads back the same name', () => {
    for (const name of ['bill-reminder.json', '50% off.json', 'a#b.txt', 'ünïcode.json'])
      expect(fragmentFileName(fragmentFor(name))).toBe(name);
    expect(fragmentFor('bill-reminder.json')).toBe('#bill-reminder.json');
  });
});
