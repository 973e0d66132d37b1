import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findPlaceholders, isParameterName, normalizeTemplateText, scanPlaceholders } from './placeholders.js';

/** The former regex of positional placeholder-like spellings: the scanner must find exactly its matches (on short input, where its backtracking is harmless). */
const REFERENCE = /\{+[ \t]*\(?[ \t]*([0-9]+)[ \t]*\)?[ \t]*\}+/g;

function reference(text: string): Array<{ key: string; start: number; end: number }> {
  const out: Array<{ key: string; start: number; end: number }> = [];
  const re = new RegExp(REFERENCE.source, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ key: String(Number(m[1])), start: m.index, end: m.index + m[0].length });
  return out;
}

const spans = (text: string, found: Array<{ start: number; end: number }>) => found.map((p) => text.slice(p.start, p.end));

describe('scanPlaceholders', () => {
  it('finds exact and malformed spellings of both formats, with their keys', () => {
    const text = 'a {{1}} b {( 2 )} c {{ 3}} {{{4}}} {x} {{5} {{first_name}} {{ Last }} {{07}}';
    expect(spans(text, scanPlaceholders(text))).toEqual([
      '{{1}}',
      '{( 2 )}',
      '{{ 3}}',
      '{{{4}}}',
      '{{5}',
      '{{first_name}}',
      '{{ Last }}',
      '{{07}}',
    ]);
    expect(scanPlaceholders(text).map((p) => [p.key, p.n, p.named, p.wellFormed, p.canonical])).toEqual([
      ['1', 1, false, true, true],
      ['2', 2, false, false, false],
      ['3', 3, false, true, false],
      ['4', 4, false, false, false],
      ['5', 5, false, false, false],
      ['first_name', undefined, true, true, true],
      ['Last', undefined, true, true, false],
      ['7', 7, false, true, false],
    ]);
  });

  it('leaves a name between single braces alone (ordinary text), but not digits', () => {
    expect(spans('{name} {1} {{name}', scanPlaceholders('{name} {1} {{name}'))).toEqual(['{1}', '{{name}']);
  });

  it('scans between offsets only', () => {
    const text = '{{1}} <$ "{{2}}" $> {{3}}';
    expect(scanPlaceholders(text, 6, 14)).toEqual([]);
    expect(scanPlaceholders(text, 6, 19).map((p) => p.key)).toEqual(['2']);
    expect(scanPlaceholders(text, 19).map((p) => p.key)).toEqual(['3']);
  });

  it('agrees with the positional regex it replaces (the suite seed)', () => {
    const pieces = fc.constantFrom('{', '}', '(', ')', ' ', '\t', '1', '23', 'x', '{{', '}}');
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 24 }).map((p) => p.join('')),
        (text) => {
          const positional = scanPlaceholders(text)
            .filter((p) => !p.named)
            .map((p) => ({ key: p.key, start: p.start, end: p.end }));
          // The scanner may also take a name (`{{x}}`), which ends a candidate the digit-only regex would skip.
          const named = scanPlaceholders(text).filter((p) => p.named);
          if (named.length === 0) expect(positional).toEqual(reference(text));
          for (const p of scanPlaceholders(text)) expect(text.slice(p.start, p.end).startsWith('{')).toBe(true);
        },
      ),
    );
  });
});

describe('findPlaceholders', () => {
  const text = 'Hi {{1}}, {{ first_name }}, {{{2}}}, {{Bad}}, {{1234567}}.';
  it('finds the positional placeholders the renderer fills', () => {
    expect(spans(text, findPlaceholders(text))).toEqual(['{{1}}']);
  });
  it('finds named placeholders with Meta-valid names in the named format', () => {
    expect(findPlaceholders(text, 'named').map((p) => p.key)).toEqual(['first_name']);
  });
  it('finds both for the template tools', () => {
    expect(findPlaceholders(text, 'any').map((p) => p.key)).toEqual(['1', 'first_name']);
  });
});

describe('isParameterName', () => {
  it('accepts lowercase letters, digits and underscores, not starting with a digit', () => {
    expect(['first_name', '_x', 'a1'].map(isParameterName)).toEqual([true, true, true]);
    expect(['First', '1a', '', 'first-name'].map(isParameterName)).toEqual([false, false, false, false]);
  });
});

describe('normalizeTemplateText', () => {
  it('writes variables canonically and line ends as \\n, mapping offsets back', () => {
    const normalized = normalizeTemplateText('Hi {{ 1 }},\r\n{{ name }}');
    expect(normalized.text).toBe('Hi {{1}},\n{{name}}');
    expect(normalized.source[normalized.text.indexOf('\n')]).toBe(12);
    expect(normalized.source.at(-1)).toBe(23);
  });
});
