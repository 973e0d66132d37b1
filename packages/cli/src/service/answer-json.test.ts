import * as api from '@fieldcode/content';
import type { Diagnostic } from '@fieldcode/language';
import { describe, expect, it } from 'vitest';
import { answerBytes, answerTail, diagnosticJson, tailOf } from './answer-json.js';

/** The content API with a count of positioning calls (each one re-reads the response's file). */
function countingApi() {
  const counter = { positioned: 0 };
  return {
    counter,
    api: {
      positionInJsonText: ((text, found) => {
        counter.positioned++;
        return api.positionInJsonText(text, found);
      }) as typeof api.positionInJsonText,
    },
  };
}

// A response file whose template string sits on line 3 (its '<' at column 57); findings are relative to that string.
const file = '{\n  "contentType": "text",\n  "content": [{ "index": 1, "type": "text", "text": "Hi <${ Contact.FirstName }>…" }]\n}\n';
const warning = (message: string, start = 3, end = 28): Diagnostic => ({
  code: 'non-canonical-delimiter',
  severity: 'warning',
  message,
  range: {
    start: { offset: start, line: 1, column: start + 1 },
    end: { offset: end, line: 1, column: end + 1 },
  },
  path: '/content/0/text',
});
const decode = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');
/** The answer a tail ends: `{"output":null` + tail, parsed. */
const answerOf = (tail: Uint8Array) =>
  JSON.parse(`{"output":null${decode(tail)}`) as { diagnostics: Array<Record<string, unknown>>; ok: boolean };

describe('answer tails', () => {
  it('list the findings positioned in the file, encoded as UTF-8, with ok', () => {
    const { api: counting } = countingApi();
    const tail = answerTail(counting, {}, file, [warning('Written <${ … }>')], true);
    expect(decode(tail)).toBe(
      ',"diagnostics":[{"code":"non-canonical-delimiter","severity":"warning","message":"Written <${ … }>",' +
        '"range":{"start":{"offset":83,"line":3,"column":57},"end":{"offset":108,"line":3,"column":82}},' +
        '"path":"/content/0/text"}],"ok":true}',
    );
    // "…" is three bytes in UTF-8.
    expect(tail.length).toBe(Buffer.byteLength(decode(tail)));
  });

  it('position each finding once per response and answer the same bytes for the same list', () => {
    const { api: counting, counter } = countingApi();
    const source = {};
    const first = answerTail(counting, source, file, [warning('A'), warning('B', 5, 9)], false);
    // The same findings again, as new objects with new (equal) messages.
    const again = answerTail(counting, source, file, [warning(['A'].join('')), warning('B', 5, 9)], false);
    expect(again).toBe(first);
    expect(counter.positioned).toBe(1);
    // Another list of known findings: new bytes, no positioning.
    const reordered = answerTail(counting, source, file, [warning('B', 5, 9), warning('A')], false);
    expect(answerOf(reordered).diagnostics).toEqual([...answerOf(first).diagnostics].reverse());
    expect(counter.positioned).toBe(1);
    // The same list with another result is another tail.
    expect(decode(answerTail(counting, source, file, [warning('A'), warning('B', 5, 9)], true))).toBe(
      decode(first).replace('"ok":false}', '"ok":true}'),
    );
  });

  it('tell findings apart by message, code, severity, path and range', () => {
    const { api: counting, counter } = countingApi();
    const source = {};
    answerTail(counting, source, file, [warning('A')], true);
    const variants: Diagnostic[] = [
      warning('A changed'),
      { ...warning('A'), code: 'other-code' },
      { ...warning('A'), severity: 'error' },
      { ...warning('A'), path: '/content/0/type' },
      warning('A', 3, 27),
    ];
    for (const variant of variants) {
      expect(answerOf(answerTail(counting, source, file, [variant], true)).diagnostics[0]).toMatchObject({
        code: variant.code,
        severity: variant.severity,
        message: variant.message,
        path: variant.path,
      });
    }
    expect(counter.positioned).toBe(1 + variants.length);
  });

  it('keep template positions without a file (inline and .txt responses)', () => {
    const { api: counting, counter } = countingApi();
    expect(decode(answerTail(counting, {}, undefined, [warning('A')], true))).toBe(
      `,"diagnostics":[${diagnosticJson(warning('A'))}],"ok":true}`,
    );
    expect(counter.positioned).toBe(0);
  });

  it('are shared constants without findings', () => {
    const { api: counting } = countingApi();
    expect(decode(answerTail(counting, {}, file, [], true))).toBe(',"diagnostics":[],"ok":true}');
    expect(decode(answerTail(counting, {}, file, [], false))).toBe(',"diagnostics":[],"ok":false}');
    expect(tailOf([], true)).toBe(answerTail(counting, {}, file, [], true));
  });

  it('keep answering past the bound of remembered findings, without remembering more', () => {
    const { api: counting, counter } = countingApi();
    const source = {};
    for (let i = 0; i < 600; i++) answerTail(counting, source, file, [warning(`Finding ${i}`)], true);
    expect(counter.positioned).toBe(600);
    // Past 512 remembered findings a new one is positioned on every request.
    answerTail(counting, source, file, [warning('Finding 599')], true);
    expect(counter.positioned).toBe(601);
    answerTail(counting, source, file, [warning('Finding 0')], true);
    expect(counter.positioned).toBe(601);
  });
});

describe('answer bytes', () => {
  const tail = tailOf(['{"code":"x","message":"€"}'], false);

  it('are the head, the output and the tail in UTF-8, with a line end for NDJSON', () => {
    expect(decode(answerBytes('{"output":', '{"text":"Grüße 👋"}', tail))).toBe(
      '{"output":{"text":"Grüße 👋"},"diagnostics":[{"code":"x","message":"€"}],"ok":false}',
    );
    const line = answerBytes('{"line":7,"status":422,"output":', 'null', tail, true);
    expect(decode(line)).toBe('{"line":7,"status":422,"output":null,"diagnostics":[{"code":"x","message":"€"}],"ok":false}\n');
    expect(JSON.parse(decode(line))).toEqual({ line: 7, status: 422, output: null, diagnostics: [{ code: 'x', message: '€' }], ok: false });
  });

  it('stay intact when later answers are written (shared slabs, and large answers of their own)', () => {
    const answers: Array<{ bytes: Buffer; text: string }> = [];
    for (let i = 0; i < 400; i++) {
      // From a few bytes to past a slab's eighth (8 KiB), some with characters of 2, 3 and 4 bytes.
      const output = JSON.stringify({ n: i, text: `${'é€𝄞x'.repeat(i % 7)}${'a'.repeat((i * 997) % 12_000)}` });
      answers.push({ bytes: answerBytes('{"output":', output, tail), text: `{"output":${output}${decode(tail)}` });
    }
    for (const { bytes, text } of answers) expect(decode(bytes)).toBe(text);
  });
});
