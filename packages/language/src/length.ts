/** Text length in the units channel limits are expressed in. */
import type { LengthUnit } from './types.js';

let segmenter: Intl.Segmenter | undefined;

/**
 * Length of `text` in `unit`: Unicode code points (default), UTF-16 code units, grapheme
 * clusters (`Intl.Segmenter`), or UTF-8 bytes.
 */
export function measureLength(text: string, unit: LengthUnit = 'code-points'): number {
  switch (unit) {
    case 'utf16':
      return text.length;
    case 'utf8-bytes':
      return utf8Bytes(text);
    case 'graphemes': {
      segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
      let count = 0;
      for (const _ of segmenter.segment(text)) count++;
      return count;
    }
    default: {
      let count = 0;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        // A high surrogate followed by a low surrogate is one code point.
        if (c >= 0xd800 && c <= 0xdbff) {
          const next = text.charCodeAt(i + 1);
          if (next >= 0xdc00 && next <= 0xdfff) i++;
        }
        count++;
      }
      return count;
    }
  }
}

function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3; // BMP character, or a lone surrogate encoded as U+FFFD
  }
  return bytes;
}
