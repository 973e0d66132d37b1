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
          data: { message: 'Unknown function "Lefft"', alternative: 'Left' },
          highlighted: 'Lefft',
          severity: 'error',
          path: '/text',
        },
        {
          messageId: 'argumentCount',
          data: { message: 'Left takes 2 arguments, not 1: Left(String, Number).' },
          highlighted: "Left('a')",
          severity: 'error',
          path: '/text',
        },
      ],
    },
    {
      name: 'an unknown name with no close match',
      code: '{"contentType":"text","text":"<$ Zzyzx(1) $>","content":[]}',
      errors: [
        {
          messageId: 'unknownFunction',
          data: { message: 'Unknown function "Zzyzx".' },
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
        fix: { range: { start: { offset: 33, line: 1, column: 34 }, end: { offset: 38, line: 1, column: 39 } }, text: 'Left' },
      },
    ]);
  });
});
