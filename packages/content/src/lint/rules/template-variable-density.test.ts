import { RuleTester } from '../index.js';
import { templateVariableDensity } from './template-variable-density.js';
import { B } from './template-rule.fixture.js';

new RuleTester({ filePath: 'r.json' }).run(templateVariableDensity, {
  valid: [
    { name: 'enough words', code: B('Hi {{1}}, your order {{2}} ships {{3}} today, see you soon.', { n: 3, category: 'UTILITY' }) },
    { name: 'only for responses that declare a category', code: B('Hi {{1}}, {{2}} and {{3}} ok.', { n: 3 }) },
  ],
  invalid: [
    {
      name: 'three variables in three words',
      code: B('Hi {{1}}, {{2}} and {{3}} ok.', { n: 3, category: 'UTILITY' }),
      errors: [
        {
          messageId: 'tooDense',
          data: { variables: '3 variables', words: '3 words', wanted: 7, count: 3 },
          highlighted: 'Hi {{1}}, {{2}} and {{3}} ok.',
          severity: 'warning',
          path: '/structured/content/0/text',
        },
      ],
    },
    {
      name: 'one word short of 3 × 3 + 1',
      code: B('Hi {{1}}, your order {{2}} ships {{3}} today ok.', { n: 3, category: 'UTILITY' }),
      errors: [
        {
          messageId: 'tooDense',
          data: { variables: '3 variables', words: '6 words', wanted: 7, count: 3 },
          highlighted: 'Hi {{1}}, your order {{2}} ships {{3}} today ok.',
          severity: 'warning',
          path: '/structured/content/0/text',
        },
      ],
    },
    {
      name: 'one variable, one word',
      code: B('Hi {{1}} there', { n: 1, category: 'UTILITY' }),
      errors: [
        {
          messageId: 'tooDense',
          data: { variables: '1 variable', words: '2 words', wanted: 3, count: 1 },
          highlighted: 'Hi {{1}} there',
          severity: 'warning',
          path: '/structured/content/0/text',
        },
      ],
    },
  ],
});
