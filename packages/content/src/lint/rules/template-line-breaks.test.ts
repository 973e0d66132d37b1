import { RuleTester } from '../index.js';
import { templateLineBreaks } from './template-line-breaks.js';
import { B } from './template-rule.fixture.js';

new RuleTester({ filePath: 'r.json' }).run(templateLineBreaks, {
  valid: [{ name: 'two line breaks in a row', code: B('Hello,\n\nyour order is ready.\n\nThanks.') }],
  invalid: [
    {
      name: 'three line breaks in a row, not two',
      code: B('Hello,\n\n\nyour order is ready.\n\nThanks.'),
      errors: [
        {
          messageId: 'tooManyBreaks',
          data: { count: 3 },
          highlighted: '\\n\\n\\n',
          severity: 'warning',
          path: '/structured/content/0/text',
        },
      ],
    },
    {
      name: 'blank lines holding spaces and CRLF',
      code: B('Hello,\r\n \r\n\t\r\n\r\nyour order is ready.'),
      errors: [
        {
          messageId: 'tooManyBreaks',
          data: { count: 4 },
          highlighted: '\\n \\r\\n\\t\\r\\n\\r\\n',
          severity: 'warning',
          path: '/structured/content/0/text',
        },
      ],
    },
  ],
});
