// Spellings Genesys documents but that are not canonical: a line break typed in a string and `%`
// as the format operator. Both parse, warn at an exact range and carry a fix.
import { describe, expect, it } from 'vitest';
import { parse, render } from '@fieldcode/language';

const findings = (source: string) =>
  parse(source).diagnostics.map((d) => [d.code, d.severity, d.range.start.offset, d.range.end.offset, d.message, d.fix?.text]);

describe('a line break typed inside a string', () => {
  it('is a warning at the break, with a fix to \\n', () => {
    expect(findings('<$ "Line 1\nLine 2" $>')).toEqual([
      ['line-break-in-string', 'warning', 10, 11, 'Line break typed inside a string: Genesys needs the escape \\n for a new line', '\\n'],
    ]);
  });

  it('takes CR LF as one break and reports each break', () => {
    expect(findings("<$ 'a\r\nb\rc' $>").map((f) => f.slice(0, 4))).toEqual([
      ['line-break-in-string', 'warning', 5, 7],
      ['line-break-in-string', 'warning', 8, 9],
    ]);
  });

  it('the value keeps the break; the fixed text renders the same', () => {
    expect(render('<$ "a\nb" $>', {}).output).toBe('a\nb');
    expect(render('<$ "a\\nb" $>', {}).output).toBe('a\nb');
    expect(findings('<$ "a\\nb" $>')).toEqual([]);
  });

  it('line breaks between tokens are not in a string', () => {
    expect(findings('<$ "a" +\n "b" $>')).toEqual([]);
  });
});

describe('% as the format operator', () => {
  it('is read as : with a non-canonical-operator warning and a fix', () => {
    expect(findings('<$ 2 % "0.00" $>')).toEqual([
      ['non-canonical-operator', 'warning', 5, 6, "Format operator written '%'; the standard spelling is ':'", ':'],
    ]);
    const result = render('<$ 2 % "0.00" $>', {});
    expect(result.output).toBe('2.00');
    expect(parse('<$ 2 % "0.00" $>').ast.body[0]).toMatchObject({ expression: { kind: 'Binary', operator: ':' } });
  });

  it('binds like : (lowest level)', () => {
    expect(render('<$ 1 + 1 % "0.0" $>', {}).output).toBe('2.0');
  });

  it('inside a string it is text', () => {
    expect(findings('<$ 0.5 : "0%" $>')).toEqual([]);
  });
});
