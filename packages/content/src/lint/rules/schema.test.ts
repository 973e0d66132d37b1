import { describe, expect, it } from 'vitest';
import { formatDiagnostic, lint } from '../index.js';
import type { LintOptions } from '../../types.js';

/** Diagnostics of one rule, formatted `code severity L:C-L:C message @path`. */
const run = (text: string, options: LintOptions = {}) =>
  lint(text, options)
    .diagnostics.filter((d) => d.code === RULE)
    .map(formatDiagnostic);
const RULE = 'schema';

describe('schema', () => {
  it('positions unknown properties on the key and missing ones on the parent key', () => {
    const text =
      '{"name":"x","plainText":"Hi","colour":"red","structured":{"contentType":"quick-replies","content":[{"id":1,"type":"quick-reply"}]}}';
    expect(run(text)).toEqual([
      "schema error 1:30-1:38 Unknown property 'colour' (not allowed at the top level). @/colour",
      "schema error 1:45-1:57 '/structured' is missing the required property 'text'. @/structured",
      "schema error 1:100-1:101 '/structured/content/0' is missing the required property 'text'. @/structured/content/0",
    ]);
  });

  it('positions other issues on the value', () => {
    const text =
      '{"contentType":"notification","content":[{"index":1,"type":"notification","id":"ns@x","language":"en_US","text":"Hi."},{"index":2,"type":"quick-reply","text":7}]}';
    expect(run(text)).toEqual(["schema error 1:159-1:160 '/content/1/text' must be string. @/content/1/text"]);
    const badType = '{"contentType":"notification","content":[{"index":1,"type":"video-note","text":"x"}]}';
    expect(run(badType)).toEqual([
      "schema error 1:41-1:85 A notification needs exactly one item of type 'notification' (the message body) in '/content'. @/content",
      `schema error 1:60-1:72 '/content/0/type' must be equal to one of the allowed values: "notification", "image", "video", "document", "text", "quick-reply", "url-button", "phone-button". @/content/0/type`,
    ]);
  });

  it('accepts a valid envelope', () => {
    expect(run('{"name":"Welcome","plainText":"Hello <$ Contact.FirstName $>"}')).toEqual([]);
  });
});
