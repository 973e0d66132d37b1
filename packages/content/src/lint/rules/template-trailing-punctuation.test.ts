import { RuleTester } from '../index.js';
import { templateTrailingPunctuation } from './template-trailing-punctuation.js';
import { B } from './template-rule.fixture.js';

new RuleTester({ filePath: 'r.json' }).run(templateTrailingPunctuation, {
  valid: [
    { name: 'only for responses that declare a category', code: B('Your order number is {{1}}.', { n: 1 }) },
    { name: 'words after the last variable', code: B('Your order number is {{1}}, see you.', { n: 1, category: 'UTILITY' }) },
  ],
  invalid: [
    {
      name: 'a last variable followed only by a period',
      code: B('Your order number is {{1}}.', { n: 1, category: 'UTILITY' }),
      errors: [
        {
          messageId: 'trailingPunctuation',
          data: { variable: '{{1}}', punctuation: '"."' },
          highlighted: '{{1}}.',
          severity: 'warning',
          path: '/structured/content/0/text',
        },
      ],
    },
    {
      name: 'followed by several punctuation marks',
      code: B('Thanks for your order {{1}} !! ', { n: 1, category: 'MARKETING' }),
      errors: [
        {
          messageId: 'trailingPunctuation',
          data: { variable: '{{1}}', punctuation: '"!!"' },
          highlighted: '{{1}} !!',
          severity: 'warning',
          path: '/structured/content/0/text',
        },
      ],
    },
  ],
});
