import { RuleTester } from '../index.js';
import { templateExamples } from './template-examples.js';
import { B } from './template-rule.fixture.js';

new RuleTester({ filePath: 'r.json' }).run(templateExamples, {
  valid: [
    {
      name: 'examples from the sample data rendered through the parameters',
      code: B('Hello {{1}}, your order {{2}} is ready.', { n: 2, category: 'UTILITY', sample: '{"Contact":{"F1":"Ana","F2":"A-1"}}' }),
    },
    { name: 'only for responses that declare a category', code: B('Hello {{1}}, your order {{2}} is ready.', { n: 2 }) },
    {
      name: 'a copy-code button whose code renders from the sample data',
      code: B('Hello {{1}}, use the code below.', {
        n: 1,
        category: 'MARKETING',
        sample: '{"Contact":{"F1":"Ana","Coupon":"SAVE10"}}',
        extra: ',{"index":2,"type":"copy-code-button","code":"<$ Contact.Coupon $>"}',
      }),
    },
  ],
  invalid: [
    {
      name: 'a copy-code button without an example code',
      code: B('Hello {{1}}, use the code below.', {
        n: 1,
        category: 'MARKETING',
        sample: '{"Contact":{"F1":"Ana"}}',
        extra: ',{"index":2,"type":"copy-code-button","code":"<$ Contact.Coupon $>"}',
      }),
      errors: [
        {
          messageId: 'copyCodeWithoutExample',
          data: { key: '0' },
          highlighted: '<$ Contact.Coupon $>',
          severity: 'error',
          path: '/structured/content/1/code',
        },
      ],
    },
    {
      name: 'a body variable, a URL variable and a media header without examples',
      code: B('Hello {{1}}, your order {{2}} is ready.', {
        n: 2,
        category: 'UTILITY',
        examples: '{"body":{"1":"Ana"}}',
        extra:
          ',{"index":0,"type":"video","url":"https://example.com/a.mp4"},{"index":2,"type":"url-button","text":"Track","url":"https://example.com/t/{{1}}","parameters":[{"index":1,"value":"<$ Contact.Ref $>"}]}',
      }),
      errors: [
        {
          messageId: 'variableWithoutExample',
          data: { variable: '{{2}}', where: 'examples.body', key: '2' },
          highlighted: '{{2}}',
          severity: 'error',
          path: '/structured/content/0/text',
        },
        {
          messageId: 'headerWithoutSample',
          data: { format: 'video' },
          highlighted: '"video"',
          severity: 'error',
          path: '/structured/content/1/type',
        },
        {
          messageId: 'variableWithoutExample',
          data: { variable: '{{1}}', where: 'examples.buttons', key: '0' },
          highlighted: '{{1}}',
          severity: 'error',
          path: '/structured/content/2/url',
        },
      ],
    },
  ],
});
