import { describe, expect, it } from 'vitest';
import { lint, RuleTester } from '../index.js';
import { jsonSyntax } from './json-syntax.js';

new RuleTester().run(jsonSyntax, {
  valid: [
    { name: 'valid JSON', code: '{"contentType":"text","text":"Hi","content":[]}' },
    { name: 'valid JSON after a byte-order mark', code: '\uFEFF{"name":"x","plainText":"Hi"}' },
    { name: '199 levels deep', code: `${'['.repeat(199)}${']'.repeat(199)}` },
  ],
  invalid: [
    {
      name: 'an object closed with the wrong bracket (the seed mistake)',
      code: '{\n  "contentType": "notification",\n  "content": {\n    {\n      "index": 1\n    }\n  ]\n}',
      errors: [
        {
          messageId: 'propertyNameExpected',
          data: {
            found: "'{'",
            hints:
              " — an object was opened with '{' at line 3 column 14 but closed with ']' at line 7 column 3: a list of values must start with '['",
          },
          highlighted: '{',
          severity: 'error',
        },
      ],
    },
    {
      name: 'a trailing comma',
      code: '{"a": 1,}',
      errors: [
        {
          messageId: 'propertyNameExpected',
          data: { found: "'}'", hints: " — a trailing comma before '}' is not allowed in JSON" },
          highlighted: '}',
          severity: 'error',
        },
      ],
    },
    {
      name: 'an empty file',
      code: '',
      errors: [{ messageId: 'valueExpected', data: { found: 'the end of the file', hints: '' }, highlighted: '', severity: 'error' }],
    },
    {
      name: 'an unclosed object',
      code: '{"a": [1, 2]',
      errors: [
        {
          messageId: 'closeBraceExpected',
          data: { found: 'the end of the file', hints: " — the '{' at line 1 column 1 is never closed" },
          highlighted: '',
          severity: 'error',
        },
      ],
    },
    {
      name: 'a raw line break inside a string',
      code: '{"text": "a\nb"}',
      errors: [
        {
          messageId: 'unterminatedString',
          data: { found: "'\"a'", hints: " — the '{' at line 1 column 1 is never closed" },
          highlighted: '"a',
          severity: 'error',
        },
      ],
    },
    {
      name: 'a comment',
      code: '{"a": 1 // note\n}',
      errors: [{ messageId: 'comment', data: { found: "'// note'", hints: '' }, highlighted: '// note', severity: 'error' }],
    },
    {
      name: 'JSON nested too deeply, instead of overflowing the stack',
      code: `{"a":${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
      errors: [
        {
          messageId: 'nestingTooDeep',
          data: { depth: 200 },
          highlighted: '[',
          severity: 'error',
        },
      ],
    },
    {
      name: 'an unexpected character',
      code: '{"a": @}',
      errors: [{ messageId: 'unexpectedCharacter', data: { found: "'@'", hints: '' }, highlighted: '@', severity: 'error' }],
    },
    {
      name: 'duplicate keys (the last value wins)',
      code: '{"name":"x","plainText":"Hi","plainText":"Ho"}',
      errors: [{ messageId: 'duplicateKey', data: { key: 'plainText' }, highlighted: '"plainText"', severity: 'warning' }],
    },
  ],
});

describe('json-syntax', () => {
  it('stops the lint: no other rule runs on unparseable JSON', () => {
    const result = lint('{"contentType": "text", "text": "<$ Foo( $>",}');
    expect(result.diagnostics.map((d) => d.code)).toEqual(['json-syntax']);
    expect(result.errorCount).toBe(1);
  });
});
