import { RuleTester } from '../index.js';
import { templateVariableEdge } from './template-variable-edge.js';
import { B } from './template-rule.fixture.js';

new RuleTester({ filePath: 'r.json' }).run(templateVariableEdge, {
  valid: [
    { name: 'text around the variables', code: B('Hello {{1}}, your bill is due {{2}} at noon.', { n: 2 }) },
    { name: 'no variable', code: B('Your bill is due.') },
  ],
  invalid: [
    {
      name: 'a body starting and ending with a variable',
      code: B('{{1}} is due {{2}}', { n: 2 }),
      errors: [
        { messageId: 'startsWithVariable', highlighted: '{{1}}', severity: 'error', path: '/structured/content/0/text' },
        { messageId: 'endsWithVariable', highlighted: '{{2}}', severity: 'error', path: '/structured/content/0/text' },
      ],
    },
    {
      name: 'only the start, after spaces',
      code: B('  {{1}} is due today.', { n: 1 }),
      errors: [{ messageId: 'startsWithVariable', highlighted: '{{1}}', severity: 'error', path: '/structured/content/0/text' }],
    },
  ],
});
