import { RuleTester } from '../index.js';
import { missingValue } from './missing-value.js';

new RuleTester().run(missingValue, {
  valid: [
    { name: 'no sample data', code: '{"name":"x","plainText":"Hi <$ Contact.LastName $>"}' },
    {
      name: 'a guarded field',
      code: '{"name":"x","plainText":"<$ If(IsString(Contact.LastName), Contact.LastName, \'\') $>","sampleData":{"Contact":{}}}',
    },
  ],
  invalid: [
    {
      name: 'field codes without a value in the sample data (info)',
      code: '{"name":"x","plainText":"Hi <$ Contact.FirstName $> <$ Contact.LastName $>","sampleData":{"Contact":{"FirstName":"John"}}}',
      errors: [
        {
          messageId: 'notInSampleData',
          data: { field: 'Missing value: Contact.LastName' },
          highlighted: 'Contact.LastName',
          severity: 'info',
          path: '/plainText',
        },
      ],
    },
  ],
});
