import { describe, expect, it } from 'vitest';
import { formatDiagnostic, lint } from '../index.js';
import type { LintOptions } from '../../types.js';

/** Diagnostics of one rule, formatted `code severity L:C-L:C message @path`. */
const run = (text: string, options: LintOptions = {}) =>
  lint(text, options)
    .diagnostics.filter((d) => d.code === RULE)
    .map(formatDiagnostic);
const RULE = 'json-syntax';

describe('json-syntax', () => {
  it('explains an object closed with the wrong bracket (the seed mistake)', () => {
    const text = '{\n  "contentType": "notification",\n  "content": {\n    {\n      "index": 1\n    }\n  ]\n}';
    expect(run(text)).toEqual([
      "json-syntax error 4:5-4:6 Expected a property name in double quotes but found '{' — an object was opened with '{' at line 3 column 14 but closed with ']' at line 7 column 3: a list of values must start with '['",
    ]);
  });

  it('names a trailing comma', () => {
    expect(run('{"a": 1,}')).toEqual([
      "json-syntax error 1:9-1:10 Expected a property name in double quotes but found '}' — a trailing comma before '}' is not allowed in JSON",
    ]);
  });

  it('reports an empty file and an unclosed object', () => {
    expect(run('')).toEqual(['json-syntax error 1:1-1:1 Expected a value but found the end of the file']);
    expect(run('{"a": [1, 2]')).toEqual([
      "json-syntax error 1:13-1:13 Expected ',' or '}' but found the end of the file — the '{' at line 1 column 1 is never closed",
    ]);
  });

  it('reports a raw line break inside a string and comments', () => {
    expect(run('{"text": "a\nb"}')).toEqual([
      "json-syntax error 1:10-1:12 Unterminated string: a JSON string must end with '\"' on the same line — the '{' at line 1 column 1 is never closed",
    ]);
    expect(run('{"a": 1 // note\n}')).toEqual(['json-syntax error 1:9-1:16 Comments are not allowed in JSON']);
  });

  it('stops the lint: no other rule runs on unparseable JSON', () => {
    const result = lint('{"contentType": "text", "text": "<$ Foo( $>",}');
    expect(result.diagnostics.map((d) => d.code)).toEqual(['json-syntax']);
    expect(result.errorCount).toBe(1);
  });

  it('says nothing on valid JSON, also after a byte-order mark', () => {
    expect(run('{"contentType":"text","text":"Hi","content":[]}')).toEqual([]);
    expect(lint('\uFEFF{"name":"x","plainText":"Hi"}').diagnostics).toEqual([]);
  });

  it('reports JSON nested too deeply instead of overflowing the stack', () => {
    const text = `{"a":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    expect(run(text)).toEqual([
      'json-syntax error 1:205-1:206 The JSON is nested more than 200 levels deep here; a standard response needs only a few levels.',
    ]);
    expect(run(`${'['.repeat(199)}${']'.repeat(199)}`)).toEqual([]);
  });

  it('names an unexpected character', () => {
    expect(run('{"a": @}')).toEqual(["json-syntax error 1:7-1:8 Unexpected character '@'"]);
  });

  it('warns on duplicate keys (the last value wins)', () => {
    expect(run('{"name":"x","plainText":"Hi","plainText":"Ho"}')).toEqual([
      "json-syntax warning 1:30-1:41 Duplicate property 'plainText': only its last value is used.",
    ]);
  });
});
