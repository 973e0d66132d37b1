import { describe, it, expect } from 'vitest';
import { parseKvListLog } from './kvlist.js';

describe('parseKvListLog', () => {
  it('parses strings, integers, nested lists and repeated keys with positions', () => {
    const text =
      "Request [bstr] = KVList:\n  'A' [str] = \"x \\\"y\\\"\"\n  'N' [int] = 42\n  'L' [lst] = KVList:\n    'K' [str] = \"1\"\n    'K' [str] = \"2\"\n  'B' [str] = \"after\"";
    const { root, diagnostics } = parseKvListLog(text);
    expect(diagnostics).toEqual([]);
    expect(root.entries).toHaveLength(1);
    const request = root.entries[0]!;
    expect(request).toMatchObject({ key: 'Request', type: 'bstr', keyStart: 0, keyEnd: 7 });
    const list = request.value as { entries: Array<{ key: string; type: string; value: unknown; keyStart: number }> };
    expect(list.entries.map((e) => [e.key, e.type])).toEqual([
      ['A', 'str'],
      ['N', 'int'],
      ['L', 'lst'],
      ['B', 'str'],
    ]);
    expect(list.entries[0]!.value).toBe('x "y"');
    expect(list.entries[0]!.keyStart).toBe(28);
    expect(list.entries[1]!.value).toBe(42);
    const nested = list.entries[2]!.value as { entries: Array<{ key: string; value: unknown }> };
    expect(nested.entries.map((e) => [e.key, e.value])).toEqual([
      ['K', '1'],
      ['K', '2'],
    ]);
    expect(list.entries[3]!.value).toBe('after');
  });

  it('ignores context lines outside KVList blocks and keeps raw values of other types', () => {
    const { root, diagnostics } = parseKvListLog(
      "12:12:13.139 Std 50003 Request received:\n'Request3rdServer' (500) attributes:\nUserData [bstr] = [output suppressed]\n",
    );
    expect(diagnostics).toEqual([]);
    expect(root.entries.map((e) => [e.key, e.value])).toEqual([['UserData', '[output suppressed]']]);
  });

  it('reports a malformed line inside a block with its position and goes on', () => {
    const text = 'Request [bstr] = KVList:\n  \'A\' [str] = "1"\n  \'B\' str = "2"\n  \'C\' [str] = "3"';
    const { root, diagnostics } = parseKvListLog(text);
    expect(diagnostics).toEqual([
      {
        code: 'kvlist-syntax',
        severity: 'error',
        message: "Malformed KVList line: expected 'Key' [type] = value",
        range: { start: { offset: 45, line: 3, column: 3 }, end: { offset: 58, line: 3, column: 16 } },
      },
    ]);
    const list = root.entries[0]!.value as { entries: Array<{ key: string }> };
    expect(list.entries.map((e) => e.key)).toEqual(['A', 'C']);
  });

  it('reports an unterminated string, a bad integer, a [lst] without KVList, with positions', () => {
    const text = "R [bstr] = KVList:\n  'S' [str] = \"open\n  'I' [int] = 4x\n  'L' [lst] = 5";
    const { diagnostics } = parseKvListLog(text);
    expect(diagnostics.map((d) => [d.code, d.message, d.range.start.line, d.range.start.column, d.range.end.column])).toEqual([
      ['kvlist-syntax', 'Unterminated string value: missing closing "', 2, 15, 20],
      ['kvlist-syntax', 'An [int] value must be an integer, found "4x"', 3, 15, 17],
      ['kvlist-syntax', '\'L\' is a [lst] attribute but its value is not "KVList:"', 4, 15, 16],
    ]);
  });

  it('warns about inconsistent indentation', () => {
    const { diagnostics } = parseKvListLog('R [bstr] = KVList:\n  \'A\' [str] = "1"\n   \'B\' [str] = "2"');
    expect(diagnostics).toEqual([
      {
        code: 'kvlist-indentation',
        severity: 'warning',
        message: "Inconsistent indentation: 3 spaces where the list's other entries use 2",
        range: { start: { offset: 37, line: 3, column: 1 }, end: { offset: 40, line: 3, column: 4 } },
      },
    ]);
  });

  it('handles CRLF line breaks and an empty list', () => {
    const { root, diagnostics } = parseKvListLog("R [bstr] = KVList:\r\n  'E' [lst] = KVList:\r\n  'A' [str] = \"1\"\r\n");
    expect(diagnostics).toEqual([]);
    const list = root.entries[0]!.value as { entries: Array<{ key: string; value: unknown }> };
    expect(list.entries.map((e) => [e.key, e.value])).toEqual([
      ['E', { kind: 'kvlist', entries: [] }],
      ['A', '1'],
    ]);
  });
});
