import { describe, expect, it } from 'vitest';
import { lint, RuleTester } from '../index.js';
import { unknownFunction } from './unknown-function.js';

const text = '{"contentType":"text","text":"<$ Lefft(\'abc\', 1) $> <$ Left(\'a\') $>","content":[]}';

new RuleTester().run(unknownFunction, {
  valid: [
    {
      name: 'known functions in any case',
      code: '{"contentType":"text","text":"<$ left(\'abc\', 1) $> <$ WEEKDAYNAME(Interaction.DateCreated) $>","content":[]}',
    },
  ],
  invalid: [
    {
      name: 'an unknown name with a suggestion, and a wrong argument count',
      code: text,
      errors: [
        {
          messageId: 'unknownFunctionDidYouMean',
          data: { name: 'Lefft', alternative: 'Left' },
          highlighted: 'Lefft',
          severity: 'error',
          path: '/text',
          suggestions: [
            {
              messageId: 'changeTo',
              data: { name: 'Left' },
              output: '{"contentType":"text","text":"<$ Left(\'abc\', 1) $> <$ Left(\'a\') $>","content":[]}',
            },
          ],
        },
        {
          messageId: 'argumentCount',
          data: { name: 'Left', expected: '2', count: 1, signature: 'Left(String, Number)' },
          highlighted: "Left('a')",
          severity: 'error',
          path: '/text',
        },
      ],
    },
    {
      name: 'a one-argument function and a one-argument method called with two',
      code: '<$ Abs(1, 2) $> <$ Interaction.AttachedData("a", "b") $>',
      options: { kind: 'text' },
      errors: [
        {
          messageId: 'argumentCountOne',
          data: { name: 'Abs', expected: '1', count: 2, signature: 'Abs(Number)' },
          highlighted: 'Abs(1, 2)',
        },
        {
          messageId: 'methodArgumentCount',
          data: { name: 'AttachedData', expected: '1', count: 2 },
          highlighted: 'Interaction.AttachedData("a", "b")',
        },
      ],
    },
    {
      name: 'an unknown name with no close match',
      code: '{"contentType":"text","text":"<$ Zzyzx(1) $>","content":[]}',
      errors: [
        {
          messageId: 'unknownFunction',
          data: { name: 'Zzyzx' },
          highlighted: 'Zzyzx',
          severity: 'error',
          path: '/text',
        },
      ],
    },
  ],
});

describe('unknown-function', () => {
  it('offers the close name as a suggestion, not as a fix', () => {
    const [first] = lint(text).diagnostics.filter((d) => d.code === 'unknown-function');
    expect(first!.fix).toBeUndefined();
    expect(first!.suggestions).toEqual([
      {
        message: 'Change to Left',
        messageId: 'changeTo',
        fix: { range: { start: { offset: 33, line: 1, column: 34 }, end: { offset: 38, line: 1, column: 39 } }, text: 'Left' },
      },
    ]);
  });
});
