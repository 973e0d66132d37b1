import { describe, expect, it } from 'vitest';
import { lint, RuleTester } from '../index.js';
import { formatPattern } from './format-pattern.js';

// The rule's own reports only (the RuleTester runs one rule; an empty `content` is a schema matter).
const text = (template: string): string => JSON.stringify({ contentType: 'text', text: template, content: [] });

new RuleTester().run(formatPattern, {
  valid: [
    { name: 'a number pattern', code: text('Total: <$ Contact.Total : "#,##0.00" $>') },
    { name: 'a date pattern in Text()', code: text('<$ Text(Interaction.DateCreated, "dd/MM/yyyy HH:mm") $>') },
    { name: 'a Boolean pattern on data of unknown type', code: text('<$ Contact.Vip : "Yes;No" $>') },
    { name: 'a duration pattern on a number', code: text('<$ 90061 : "H:mm:ss" $>') },
    { name: 'text after the digits of a number pattern', code: text('<$ 5 : "0 MB" $>') },
    { name: 'a pattern that is not a literal', code: text('<$ Contact.Total : Contact.Pattern $>') },
  ],
  invalid: [
    {
      name: 'a number pattern with two decimal points, positioned through the JSON escapes',
      code: text('Total: <$ Contact.Total : "#,##0.0.0" $>'),
      errors: [
        {
          messageId: 'number',
          data: { character: 8, problem: 'A number pattern has only one decimal point.' },
          highlighted: '.',
          severity: 'warning',
          path: '/text',
        },
      ],
    },
    {
      name: 'an unknown date letter in Text()',
      code: text("<$ Text(Interaction.DateCreated, 'dd/MM/yyyy q') $>"),
      errors: [
        {
          messageId: 'date',
          data: { character: 12, problem: `Unknown date pattern letter "q"; quote literal text ('q').` },
          highlighted: 'q',
          severity: 'warning',
          path: '/text',
        },
      ],
    },
    {
      name: 'an unterminated quote in a duration pattern',
      code: text(`<$ 90 : "m:ss 'min" $>`),
      errors: [
        {
          messageId: 'duration',
          data: { character: 6, problem: "Unterminated quote: close the literal text with '." },
          highlighted: "'",
          severity: 'warning',
          path: '/text',
        },
      ],
    },
    {
      name: 'a date letter in the pattern of a number',
      code: text('<$ 5 : "MM/yy" $>'),
      errors: [
        {
          messageId: 'number',
          data: {
            character: 1,
            problem: `"M" is a date letter: a number takes a number pattern (0, #) or a duration pattern (d, H, m, s, S); quote literal text ('M').`,
          },
          highlighted: 'M',
          severity: 'warning',
          path: '/text',
        },
      ],
    },
    {
      name: 'a Boolean pattern without ";"',
      code: text('<$ (Contact.Total > 10) : "Yes" $>'),
      errors: [
        {
          messageId: 'boolean',
          data: { character: 1, problem: 'A Boolean pattern is TrueText;FalseText (for example "Yes;No").' },
          highlighted: 'Yes',
          severity: 'warning',
          path: '/text',
        },
      ],
    },
  ],
});

describe('format-pattern', () => {
  it('is the only rule reporting a literal pattern mistake (field-code-syntax leaves it), positioned in the file', () => {
    const source = '{\n  "contentType": "text",\n  "text": "Due <$ Contact.Due : \\"d MMM yyyy q\\" $>",\n  "content": []\n}';
    const found = lint(source)
      .diagnostics.filter((d) => d.code !== 'schema')
      .map((d) => [d.code, d.severity, d.range.start.line, d.range.start.column, d.range.end.column, d.message]);
    expect(found).toEqual([
      [
        'format-pattern',
        'warning',
        3,
        46,
        47,
        `Date pattern, character 12: Unknown date pattern letter "q"; quote literal text ('q'). The value prints with its default format.`,
      ],
    ]);
    expect(source.split('\n')[2]!.slice(45, 46)).toBe('q');
  });

  it('can be turned off', () => {
    const codes = (options?: Parameters<typeof lint>[1]): string[] =>
      lint(text('<$ 5 : "0.0.0" $>'), options).diagnostics.map((d) => d.code);
    expect(codes()).toEqual(['format-pattern', 'schema']);
    expect(codes({ rules: { 'format-pattern': 'off' } })).toEqual(['schema']);
  });
});
