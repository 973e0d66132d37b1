import { describe, expect, it } from 'vitest';
import { formatDiagnostic, lint } from '../index.js';
import type { LintOptions } from '../../types.js';

/** Diagnostics of one rule, formatted `code severity L:C-L:C message @path`. */
const run = (text: string, options: LintOptions = {}) =>
  lint(text, options)
    .diagnostics.filter((d) => d.code === RULE)
    .map(formatDiagnostic);
const RULE = 'placeholder-syntax';

const N = (...items: string[]) => `{"contentType":"notification","content":[${items.join(',')}]}`;
const body = (text: string, params: Array<[string | number, string]> = []) =>
  `{"index":1,"type":"notification","id":"ns@x","language":"en_US","text":${JSON.stringify(text)}${
    params.length
      ? `,"parameters":[${params.map(([i, v], n) => `{"name":"p${n + 1}","index":${JSON.stringify(i)},"value":${JSON.stringify(v)}}`).join(',')}]`
      : ''
  }}`;
import { applyFixes } from '../index.js';

describe('placeholder-syntax', () => {
  it('reports each malformed spelling with a fix to {{n}}', () => {
    const text = N(
      body('Hello {(1)}, then {1} and {{ 2}}, {{3} or {{{4}}} ok.', [
        ['1', 'x'],
        ['2', 'x'],
        ['3', 'x'],
        ['4', 'x'],
      ]),
    );
    expect(run(text)).toEqual([
      "placeholder-syntax error 1:120-1:125 Malformed placeholder '{(1)}': write '{{1}}'. @/content/0/text",
      "placeholder-syntax error 1:132-1:135 Malformed placeholder '{1}': write '{{1}}'. @/content/0/text",
      "placeholder-syntax error 1:140-1:146 Malformed placeholder '{{ 2}}': write '{{2}}'. @/content/0/text",
      "placeholder-syntax error 1:148-1:152 Malformed placeholder '{{3}': write '{{3}}'. @/content/0/text",
      "placeholder-syntax error 1:156-1:163 Malformed placeholder '{{{4}}}': write '{{4}}'. @/content/0/text",
    ]);
    const fixed = applyFixes(text, lint(text).diagnostics);
    expect(fixed.applied).toBe(5);
    expect(JSON.parse(fixed.text).content[0].text).toBe('Hello {{1}}, then {{1}} and {{2}}, {{3}} or {{4}} ok.');
  });

  it('positions through JSON escapes before the placeholder', () => {
    expect(run(N(body('Line\n"q" {(1)}.', [['1', 'x']])))).toEqual([
      "placeholder-syntax error 1:126-1:131 Malformed placeholder '{(1)}': write '{{1}}'. @/content/0/text",
    ]);
  });

  it('reports named placeholders (no fix: the number is unknown)', () => {
    expect(run(N(body('Hi {{first_name}}.')))).toEqual([
      "placeholder-syntax error 1:117-1:131 Named placeholder '{{first_name}}': notification parameters are numbered; write {{1}}, {{2}}… with a parameter of that index. @/content/0/text",
    ]);
  });

  it('accepts canonical placeholders and ignores non-notification content', () => {
    expect(run(N(body('Hi {{1}}.', [['1', 'x']])))).toEqual([]);
    expect(run('{"contentType":"text","text":"{1}","content":[]}')).toEqual([]);
  });
});
