/**
 * Length of a rendered string in a profile's unit (SPEC §4.3: code points by default).
 */
import type { LengthUnit } from '@fieldcode/language';

/** UTF-8 byte count without TextEncoder (not in every lib target). */
function utf8Bytes(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

export function measure(text: string, unit: LengthUnit): number {
  switch (unit) {
    case 'utf16':
      return text.length;
    case 'utf8-bytes':
      return utf8Bytes(text);
    case 'graphemes': {
      const Segmenter = (Intl as unknown as { Segmenter?: new (locale?: string, options?: { granularity: string }) => { segment(text: string): Iterable<unknown> } }).Segmenter;
      if (Segmenter === undefined) return [...text].length;
      let count = 0;
      for (const _ of new Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) count++;
      return count;
    }
    default:
      return [...text].length;
  }
}

/** Unit name for messages. */
export function unitName(unit: LengthUnit): string {
  switch (unit) {
    case 'utf16': return 'UTF-16 units';
    case 'utf8-bytes': return 'UTF-8 bytes';
    case 'graphemes': return 'characters';
    default: return 'characters';
  }
}
