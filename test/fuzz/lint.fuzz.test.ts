import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFixes, lint } from '@fieldcode/content';
import type { LintResult } from '@fieldcode/content';

/** Every diagnostic lies inside the file, is well ordered, and no rule crashed. */
function checkResult(text: string, result: LintResult): void {
  for (const d of result.diagnostics) {
    expect(d.code).not.toBe('internal-error');
    expect(d.range.start.offset).toBeGreaterThanOrEqual(0);
    expect(d.range.start.offset).toBeLessThanOrEqual(d.range.end.offset);
    expect(d.range.end.offset).toBeLessThanOrEqual(text.length);
    if (d.fix) expect(d.fix.range.end.offset).toBeLessThanOrEqual(text.length);
  }
}

const fieldCodeish = fc.stringMatching(/^(?:[a-z {}()\\"'\n\t]|<\$|\$>|<\$\{|\}>|<\$<|>>|\{\{1\}\}|\{\(2\)\}|Contact\.|Left\(|“|é|😀)*$/, {
  maxLength: 60,
});
const itemType = fc.constantFrom(
  'notification',
  'text',
  'image',
  'video',
  'document',
  'audio',
  'quick-reply',
  'url-button',
  'phone-button',
  'reply-button',
  'section',
  'card',
);
const item = fc.record(
  {
    index: fc.oneof(fc.integer({ min: -1, max: 5 }), fc.constantFrom('1', '2', 'x')),
    type: itemType,
    text: fieldCodeish,
    url: fc.constantFrom('https://x.io/{{1}}', 'genesys://ucs/document/1?file-name=a.png', 'a'),
    mime: fc.constantFrom('image/png', 'video/mp4', 'application/pdf', 'x/y', '<$ A $>'),
    size: fc.integer({ min: 0, max: 300_000_000 }),
    parameters: fc.array(
      fc.record(
        { name: fc.string({ maxLength: 5 }), index: fc.oneof(fc.integer({ min: 0, max: 4 }), fc.constant('1')), value: fieldCodeish },
        { requiredKeys: ['index'] },
      ),
      { maxLength: 3 },
    ),
    rows: fc.array(fc.record({ id: fc.string({ maxLength: 4 }), title: fieldCodeish }), { maxLength: 4 }),
    buttons: fc.array(fc.record({ type: itemType, text: fieldCodeish }), { maxLength: 3 }),
  },
  { requiredKeys: ['type'] },
);
const body = fc.record(
  {
    contentType: fc.constantFrom('notification', 'quick-replies', 'generic', 'single-selection-list', 'reply-buttons', 'text', 'other'),
    text: fieldCodeish,
    footer: fieldCodeish,
    button: fieldCodeish,
    header: fc.record({ type: fc.constantFrom('text', 'image'), text: fieldCodeish }),
    content: fc.array(item, { maxLength: 6 }),
  },
  { requiredKeys: ['contentType'] },
);
const envelope = fc.record(
  {
    name: fc.string({ maxLength: 5 }),
    profile: fc.constantFrom('whatsapp', 'whatsapp-cloud', 'apple-messages', 'nope'),
    plainText: fieldCodeish,
    structured: body,
    sampleData: fc.record({
      Contact: fc.dictionary(fc.constantFrom('FirstName', 'X', '__proto__', 'constructor'), fc.jsonValue({ maxDepth: 2 })),
    }),
  },
  { requiredKeys: [] },
);

describe('lint fuzzing (bounded)', () => {
  it('never throws on arbitrary text, as JSON or as .txt', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        checkResult(text, lint(text));
        checkResult(text, lint(text, { kind: 'text' }));
      }),
    );
  });

  it('never throws on arbitrary JSON values, pretty or compact', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.boolean(), (value, pretty) => {
        const text = JSON.stringify(value, null, pretty ? 2 : undefined) ?? 'null';
        checkResult(text, lint(text));
      }),
    );
  });

  it('never throws on standard-response-shaped documents, and their fixes keep valid JSON valid', () => {
    fc.assert(
      fc.property(fc.oneof(body, envelope), fc.constantFrom('whatsapp', 'whatsapp-cloud', 'apple-messages'), (doc, profile) => {
        const text = JSON.stringify(doc, null, 2);
        const result = lint(text, { profile });
        checkResult(text, result);
        const fixed = applyFixes(text, result.diagnostics);
        expect(() => JSON.parse(fixed.text)).not.toThrow();
      }),
    );
  });
});
