import { describe, expect, it } from 'vitest';
import { formatDiagnostic, lint } from '../index.js';
import type { LintOptions } from '../../types.js';

/** Diagnostics of one rule, formatted `code severity L:C-L:C message @path`. */
const run = (text: string, options: LintOptions = {}) => lint(text, options).diagnostics.filter((d) => d.code === RULE).map(formatDiagnostic);
const RULE = 'duplicate-index';

const N = (...items: string[]) => `{"contentType":"notification","content":[${items.join(',')}]}`;
const body = (text: string, params: Array<[string | number, string]> = []) =>
  `{"index":1,"type":"notification","id":"ns@x","language":"en_US","text":${JSON.stringify(text)}${
    params.length ? `,"parameters":[${params.map(([i, v], n) => `{"name":"p${n + 1}","index":${JSON.stringify(i)},"value":${JSON.stringify(v)}}`).join(',')}]` : ''
  }}`;

describe('duplicate-index', () => {
  it('reports content items sharing an index (number or numeric string)', () => {
    const text = N(body('Hi.'), '{"index":1,"type":"quick-reply","text":"A"}', '{"index":"1","type":"quick-reply","text":"B"}');
    expect(run(text)).toEqual([
      'duplicate-index error 1:129-1:130 Index 1 is already used by the item at /content/0; the order of the message is ambiguous. @/content/1/index',
      'duplicate-index error 1:173-1:176 Index 1 is already used by the item at /content/0; the order of the message is ambiguous. @/content/2/index',
    ]);
  });

  it('reports parameters sharing an index', () => {
    expect(run(N(body('Hi {{1}}.', [['1', 'x'], [1, 'y']])))).toEqual(['duplicate-index error 1:198-1:199 Parameter index 1 is used twice in this item. @/content/0/parameters/1/index']);
  });

  it('accepts distinct indexes in any order', () => {
    expect(run(N('{"index":3,"type":"quick-reply","text":"A"}', body('Hi.')))).toEqual([]);
  });
});
