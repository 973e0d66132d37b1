import { RuleTester } from '../index.js';
import { nonCanonicalDelimiter } from './non-canonical-delimiter.js';

new RuleTester().run(nonCanonicalDelimiter, {
  valid: [{ name: 'canonical delimiters', code: '{"contentType":"text","text":"Hi <$ Contact.FirstName $>","content":[]}' }],
  invalid: [
    {
      name: '<${ … }> and <$< … >> with fixes positioned through JSON escapes',
      code: '{"contentType":"text","text":"Tab\\tthen \\"<${ Contact.FirstName }>\\" and <$< CustomProp_Date >>","content":[]}',
      errors: [
        {
          messageId: 'nonCanonical',
          data: { open: '<${', close: '}>' },
          highlighted: '<${ Contact.FirstName }>',
          severity: 'warning',
          path: '/text',
        },
        {
          messageId: 'nonCanonical',
          data: { open: '<$<', close: '>>' },
          highlighted: '<$< CustomProp_Date >>',
          severity: 'warning',
          path: '/text',
        },
      ],
      output: '{"contentType":"text","text":"Tab\\tthen \\"<$ Contact.FirstName $>\\" and <$ CustomProp_Date $>","content":[]}',
    },
    {
      name: 'a canonical text that contains double quotes is JSON-escaped',
      code: '{"contentType":"text","text":"<${ Left(\\"ab\\", 1) }>","content":[]}',
      errors: [
        {
          messageId: 'nonCanonical',
          data: { open: '<${', close: '}>' },
          highlighted: '<${ Left(\\"ab\\", 1) }>',
          severity: 'warning',
          path: '/text',
        },
      ],
      output: '{"contentType":"text","text":"<$ Left(\\"ab\\", 1) $>","content":[]}',
    },
    {
      name: '.txt files',
      code: 'Hi <${ Contact.FirstName }>!',
      options: { kind: 'text' },
      errors: [
        {
          messageId: 'nonCanonical',
          data: { open: '<${', close: '}>' },
          highlighted: '<${ Contact.FirstName }>',
          severity: 'warning',
        },
      ],
      output: 'Hi <$ Contact.FirstName $>!',
    },
  ],
});
