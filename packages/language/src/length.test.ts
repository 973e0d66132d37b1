import { describe, it, expect } from 'vitest';
import { measureLength } from './length.js';

describe('measureLength', () => {
  const text = 'é👍🏽a'; // é, thumbs up + skin tone modifier (two astral code points), a

  it('counts code points by default', () => {
    expect(measureLength(text)).toBe(4);
  });

  it('counts in each unit', () => {
    expect(measureLength(text, 'code-points')).toBe(4);
    expect(measureLength(text, 'utf16')).toBe(6);
    expect(measureLength(text, 'graphemes')).toBe(3);
    expect(measureLength(text, 'utf8-bytes')).toBe(11);
  });

  it('counts a lone surrogate as one code point and three UTF-8 bytes (U+FFFD)', () => {
    expect(measureLength('a\ud800b', 'code-points')).toBe(3);
    expect(measureLength('a\ud800b', 'utf8-bytes')).toBe(5);
  });
});
