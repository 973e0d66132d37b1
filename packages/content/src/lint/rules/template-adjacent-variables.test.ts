import { RuleTester } from '../index.js';
import { templateAdjacentVariables } from './template-adjacent-variables.js';
import { B } from './template-rule.fixture.js';

new RuleTester({ filePath: 'r.json' }).run(templateAdjacentVariables, {
  valid: [
    { name: 'a word between variables', code: B('Pay {{1}} by {{2}} now.', { n: 2 }) },
    { name: 'punctuation is text between them', code: B('Pay {{1}}, {{2}} now.', { n: 2 }) },
  ],
  invalid: [
    {
      name: 'two variables with only a space between them',
      code: B('Pay {{1}} {{2}} now.', { n: 2 }),
      errors: [
        {
          messageId: 'adjacent',
          data: { first: '{{1}}', second: '{{2}}' },
          highlighted: '{{1}} {{2}}',
          severity: 'warning',
          path: '/structured/content/0/text',
        },
      ],
    },
    {
      name: 'three side by side: two reports',
      code: B('Pay {{1}}{{2}} {{3}} now.', { n: 3 }),
      errors: [
        {
          messageId: 'adjacent',
          data: { first: '{{1}}', second: '{{2}}' },
          highlighted: '{{1}}{{2}}',
          severity: 'warning',
          path: '/structured/content/0/text',
        },
        {
          messageId: 'adjacent',
          data: { first: '{{2}}', second: '{{3}}' },
          highlighted: '{{2}} {{3}}',
          severity: 'warning',
          path: '/structured/content/0/text',
        },
      ],
    },
  ],
});
