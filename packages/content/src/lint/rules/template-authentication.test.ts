import { RuleTester } from '../index.js';
import { templateAuthentication } from './template-authentication.js';
import { B } from './template-rule.fixture.js';

const OTP = ',{"index":2,"type":"copy-code-button","text":"Copy code","code":"<$ Contact.F1 $>"}';

new RuleTester({ filePath: 'r.json' }).run(templateAuthentication, {
  valid: [
    {
      name: "Meta's copy-code preset: one code variable and a copy-code button copying the same code",
      code: B('*{{1}}* is your verification code.', { n: 1, category: 'AUTHENTICATION', extra: OTP }),
    },
    {
      name: 'the copy-code button without a label (Meta shows "Copy code")',
      code: B('*{{1}}* is your verification code.', {
        n: 1,
        category: 'AUTHENTICATION',
        extra: ',{"index":2,"type":"copy-code-button","code":"<$ Contact.F1 $>"}',
      }),
    },
    { name: 'not for other categories', code: B('Visit https://example.com for help with {{1}} today.', { n: 1, category: 'UTILITY' }) },
  ],
  invalid: [
    {
      name: 'every constraint broken at once',
      code: B('{{1}} is your code. Visit https://example.com for help {{2}} ok.', {
        n: 2,
        category: 'AUTHENTICATION',
        extra:
          ',{"index":0,"type":"image","url":"https://example.com/a.png"},{"index":2,"type":"url-button","text":"Go","url":"https://example.com"}',
        sample: '{"Contact":{"F1":"1234567890123456","F2":"x"}}',
      }),
      errors: [
        {
          messageId: 'noOtpButton',
          highlighted: '"notification"',
          severity: 'error',
          path: '/structured/content/0/type',
        },
        {
          messageId: 'codeTooLong',
          data: { variable: '{{1}}', length: 16, max: 15 },
          highlighted: '{{1}}',
          severity: 'error',
          path: '/structured/content/0/text',
        },
        { messageId: 'url', highlighted: 'https://example.com', severity: 'error', path: '/structured/content/0/text' },
        { messageId: 'variableCount', data: { count: 2 }, highlighted: '{{2}}', severity: 'error', path: '/structured/content/0/text' },
        {
          messageId: 'mediaHeader',
          data: { format: 'image' },
          highlighted: '"image"',
          severity: 'error',
          path: '/structured/content/1/type',
        },
        {
          messageId: 'otherButton',
          data: { type: 'URL' },
          highlighted: '"url-button"',
          severity: 'error',
          path: '/structured/content/2/type',
        },
      ],
    },
    {
      name: 'a body without the code variable',
      code: B('Your code is below.', { category: 'AUTHENTICATION', extra: OTP }),
      errors: [
        {
          messageId: 'variableCount',
          data: { count: 0 },
          highlighted: 'Your code is below.',
          severity: 'error',
          path: '/structured/content/0/text',
        },
      ],
    },
    {
      name: 'a copy-code button copying another value than the body code, and a second one',
      code: B('*{{1}}* is your verification code.', {
        n: 1,
        category: 'AUTHENTICATION',
        extra:
          ',{"index":2,"type":"copy-code-button","code":"<$ Contact.F2 $>"},{"index":3,"type":"copy-code-button","code":"<$ Contact.F1 $>"}',
      }),
      errors: [
        {
          messageId: 'codeMismatch',
          data: { button: '"<$ Contact.F2 $>"', body: '"<$ Contact.F1 $>"', variable: '{{1}}' },
          highlighted: '<$ Contact.F2 $>',
          severity: 'error',
          path: '/structured/content/1/code',
        },
        {
          messageId: 'secondOtpButton',
          highlighted: '"copy-code-button"',
          severity: 'error',
          path: '/structured/content/2/type',
        },
      ],
    },
  ],
});
