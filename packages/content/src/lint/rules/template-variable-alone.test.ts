import { RuleTester } from '../index.js';
import { templateVariableAlone } from './template-variable-alone.js';
import { B } from './template-rule.fixture.js';

new RuleTester({ filePath: 'r.json' }).run(templateVariableAlone, {
  valid: [
    { name: 'a variable inside a sentence', code: B('Hello {{1}}, your order is ready.', { n: 1 }) },
    { name: 'a variable at the very start is template-variable-edge', code: B('{{1}} is your order.', { n: 1 }) },
  ],
  invalid: [
    {
      name: 'a line made only of a variable',
      code: B('Your order is ready.\n{{1}}\nThank you for shopping with us.', { n: 1 }),
      errors: [
        { messageId: 'alone', data: { variable: '{{1}}' }, highlighted: '{{1}}', severity: 'warning', path: '/structured/content/0/text' },
      ],
    },
    {
      name: 'a sentence made only of a variable',
      code: B('Your order is ready. {{1}}. Thank you for shopping with us.', { n: 1 }),
      errors: [
        { messageId: 'alone', data: { variable: '{{1}}' }, highlighted: '{{1}}', severity: 'warning', path: '/structured/content/0/text' },
      ],
    },
  ],
});
