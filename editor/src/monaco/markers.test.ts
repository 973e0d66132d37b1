import { describe, it, expect } from 'vitest';
import type { Diagnostic } from '@fieldcode/language';
import { markerMatches, toMarker } from './markers.js';

const diagnostic: Diagnostic = {
  code: 'header-length',
  severity: 'error',
  message: 'Header text is 61 characters long; the limit is 60',
  range: { start: { offset: 40, line: 3, column: 14 }, end: { offset: 101, line: 3, column: 75 } },
  path: '/content/0/text',
};

describe('toMarker', () => {
  it('maps severity, range, message and code', () => {
    expect(toMarker(diagnostic)).toEqual({
      severity: 8,
      message: 'Header text is 61 characters long; the limit is 60 (header-length)',
      code: 'header-length',
      source: 'fieldcode',
      startLineNumber: 3,
      startColumn: 14,
      endLineNumber: 3,
      endColumn: 75,
    });
  });

  it('widens empty ranges and maps warnings and infos', () => {
    const at = { offset: 5, line: 1, column: 6 };
    expect(toMarker({ ...diagnostic, severity: 'warning', range: { start: at, end: at } })).toMatchObject({
      severity: 4,
      startColumn: 6,
      endColumn: 7,
    });
    expect(toMarker({ ...diagnostic, severity: 'info' }).severity).toBe(2);
  });

  it('matches markers back to their diagnostic', () => {
    expect(markerMatches({ code: 'header-length', startLineNumber: 3, startColumn: 14 }, diagnostic)).toBe(true);
    expect(markerMatches({ code: 'body-length', startLineNumber: 3, startColumn: 14 }, diagnostic)).toBe(false);
  });
});
