import { RuleTester } from '../index.js';
import { fieldCodeSyntax } from './field-code-syntax.js';

new RuleTester().run(fieldCodeSyntax, {
  valid: [
    { name: 'a valid template', code: '{"contentType":"text","text":"Hello <$ Contact.FirstName $>","content":[]}' },
    { name: 'an unknown function is unknown-function', code: '{"contentType":"text","text":"<$ Lefft(\'a\', 1) $>","content":[]}' },
  ],
  invalid: [
    {
      name: 'positions through \\n, \\" and \\u00e9 escapes, and inner positions rewritten to the file',
      code: '{"contentType":"text","text":"a\\n\\"q\\" \\u00e9 <$ Left(\\"x\\", $>","content":[]}',
      errors: [
        {
          messageId: 'fieldCode',
          data: { message: "Missing ')' to close the '(' at line 1, column 54", code: 'missing-parenthesis' },
          highlighted: '',
          severity: 'error',
          path: '/text',
        },
        {
          messageId: 'fieldCode',
          data: { message: "Expected a value (a number, a string, a name or '(') after ',', but found '$>'", code: 'unexpected-token' },
          highlighted: '$>',
          severity: 'error',
          path: '/text',
        },
      ],
    },
    {
      name: 'multi-line JSON files',
      code: '{\n  "contentType": "text",\n  "text": "Hi\\n<$ Contact.FirstName",\n  "content": []\n}',
      errors: [
        {
          messageId: 'fieldCode',
          data: { message: "Unclosed field code: '<$' at line 3, column 16 has no matching '$>'", code: 'unclosed-field-code' },
          highlighted: '<$',
          severity: 'error',
          path: '/text',
        },
      ],
    },
    {
      name: 'typographic quotes, fixed to valid JSON',
      code: '{"contentType":"text","text":"<$ Left(“abc”, 1) $>","content":[]}',
      errors: [
        {
          messageId: 'fieldCode',
          data: { message: 'Typographic quotes \'“…”\' cannot delimit a string; use "…"', code: 'typographic-quote' },
          highlighted: '“abc”',
          severity: 'error',
          path: '/text',
        },
      ],
      output: '{"contentType":"text","text":"<$ Left(\\"abc\\", 1) $>","content":[]}',
    },
    {
      name: '.txt files with file positions',
      code: 'Hi\n<$ Contact.FirstName',
      options: { kind: 'text' },
      errors: [
        {
          messageId: 'fieldCode',
          data: { message: "Unclosed field code: '<$' at line 2, column 1 has no matching '$>'", code: 'unclosed-field-code' },
          highlighted: '<$',
          severity: 'error',
        },
      ],
    },
    {
      name: 'a stray closing delimiter in text without field codes',
      code: '{"name":"x","plainText":"Price $> 5"}',
      errors: [
        {
          messageId: 'fieldCode',
          data: { message: "Unexpected '$>': no field code is open here, so it is printed as text", code: 'unexpected-close-delimiter' },
          highlighted: '$>',
          severity: 'warning',
          path: '/plainText',
        },
      ],
    },
  ],
});
