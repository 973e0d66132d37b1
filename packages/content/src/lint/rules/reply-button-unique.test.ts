import { describe, expect, it } from 'vitest';
import { formatDiagnostic, lint } from '../index.js';
import type { LintOptions } from '../../types.js';

/** Diagnostics of one rule, formatted `code severity L:C-L:C message @path`. */
const run = (text: string, options: LintOptions = {}) =>
  lint(text, options)
    .diagnostics.filter((d) => d.code === RULE)
    .map(formatDiagnostic);
const RULE = 'reply-button-unique';

const RB = (...items: string[]) => `{"contentType":"reply-buttons","text":"Q?","content":[${items.join(',')}]}`;
const rb = (id: string, t: string) => `{"type":"reply-button","id":"${id}","text":"${t}"}`;

describe('reply-button-unique', () => {
  it('reports repeated ids and titles (ignoring case and surrounding spaces)', () => {
    expect(run(RB(rb('a', 'Yes'), rb('a', 'yes '), rb('b', 'No')))).toEqual([
      "reply-button-unique error 1:129-1:132 Duplicate id 'a': each id must be unique within the message. @/content/1/id",
      "reply-button-unique error 1:140-1:146 Duplicate title 'yes': each title must be unique within the message. @/content/1/text",
    ]);
  });

  it('accepts distinct buttons and checks quick replies too', () => {
    expect(run(RB(rb('a', 'Yes'), rb('b', 'No')))).toEqual([]);
    const qr =
      '{"contentType":"quick-replies","text":"Q?","content":[{"id":1,"type":"quick-reply","action":"message","text":"Ok"},{"id":2,"type":"quick-reply","action":"message","text":"Ok"}]}';
    expect(run(qr)).toEqual([
      "reply-button-unique error 1:171-1:175 Duplicate title 'Ok': each title must be unique within the message. @/content/1/text",
    ]);
  });
});
