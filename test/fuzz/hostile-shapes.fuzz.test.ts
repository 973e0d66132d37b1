/**
 * Property-based denial-of-service hunt: long inputs made of one short fragment repeated
 * thousands of times (runs of escapes, quotes, braces, blanks, parentheses, delimiters), the
 * shapes that make backtracking regexes and nested scans super-linear. parse, render, lint (.txt
 * and .json) and ESP parsing must finish on each, under the hang guard, and report positioned
 * diagnostics only. The seed is the suite's fixed seed; FC_FUZZ_RUNS raises the run count.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse, render } from '@fieldcode/language';
import { lint, parseInviteToChat } from '@fieldcode/content';
import { finishes } from '../security/finishes.js';

const FRAGMENTS = [
  '\\',
  '\\n',
  '\\q',
  '"',
  "'",
  '\\"',
  '“',
  '‘',
  '{',
  '{{',
  '}',
  '{ 1',
  ' ',
  '\t',
  '(',
  ')',
  '((',
  '.',
  'a',
  '1',
  '1e',
  '.5',
  '$',
  '>',
  '$>',
  '<$',
  '}>',
  '>>',
  'http://a',
  '.,',
  ' \n',
  '\r\n',
  '[',
  ']',
  "'K' [lst] = KVList:\n",
  '  ',
  'Contact.',
  'If(',
  ',',
];

/** `prefix + fragment × count + suffix`: a few thousand repetitions, up to ~50 000 characters. */
const hostile = fc
  .tuple(
    fc.constantFrom('', '<$ ', '<$ "', "<$ '", '<${ ', '<$< ', '{{', 'http://x', 'Request [bstr] = KVList:\n'),
    fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 3 }).map((parts) => parts.join('')),
    fc.integer({ min: 1000, max: 5000 }),
    fc.constantFrom('', ' $>', '"', 'x', '\u0000', ' }>', '!'),
  )
  .map(([prefix, fragment, count, suffix]) => prefix + fragment.repeat(count) + suffix);

/** A tenth of the suite's run count: each sample is tens of kilobytes. */
const runs = (): number => Math.max(10, Math.floor((fc.readConfigureGlobal().numRuns ?? 300) / 10));
/** The whole property may take a while in a long run; each sample still has the hang guard. */
const TIMEOUT_MS = Math.max(60_000, runs() * 2_000);

function inside(text: string, offsets: number[]): void {
  for (const offset of offsets) {
    expect(offset).toBeGreaterThanOrEqual(0);
    expect(offset).toBeLessThanOrEqual(text.length);
  }
}

describe('hostile shapes', () => {
  it(
    'parse and render finish with positioned diagnostics',
    () => {
      fc.assert(
        fc.property(hostile, (text) => {
          const parsed = finishes(() => parse(text));
          inside(
            text,
            parsed.diagnostics.flatMap((d) => [d.range.start.offset, d.range.end.offset]),
          );
          const rendered = finishes(() => render(text, { Contact: { FirstName: text.slice(0, 1000) } }));
          expect(rendered.diagnostics.map((d) => d.code)).not.toContain('internal-error');
        }),
        { numRuns: runs() },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'lint of .txt and .json finishes without an internal error',
    () => {
      fc.assert(
        fc.property(hostile, (text) => {
          const asText = finishes(() => lint(text, { filePath: 'hostile.txt' }));
          expect(asText.diagnostics.map((d) => d.code)).not.toContain('internal-error');
          const json = JSON.stringify({
            contentType: 'notification',
            content: [{ index: 1, type: 'notification', id: 'ns@x', language: 'en_US', text }],
          });
          const asJson = finishes(() => lint(json, { filePath: 'hostile.json' }));
          expect(asJson.diagnostics.map((d) => d.code)).not.toContain('internal-error');
          inside(
            json,
            asJson.diagnostics.flatMap((d) => [d.range.start.offset, d.range.end.offset]),
          );
        }),
        { numRuns: runs() },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'ESP parsing (DMS log and JSON) finishes with positioned diagnostics',
    () => {
      fc.assert(
        fc.property(hostile, (text) => {
          const result = finishes(() => parseInviteToChat(text));
          inside(
            text,
            result.diagnostics.flatMap((d) => [d.range.start.offset, d.range.end.offset]),
          );
        }),
        { numRuns: runs() },
      );
    },
    TIMEOUT_MS,
  );
});
