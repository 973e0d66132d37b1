import { RuleTester } from '../index.js';
import { schema } from './schema.js';

new RuleTester().run(schema, {
  valid: [{ name: 'a valid envelope', code: '{"name":"Welcome","plainText":"Hello <$ Contact.FirstName $>"}' }],
  invalid: [
    {
      name: 'unknown properties on the key, missing ones on the parent key',
      code: '{"name":"x","plainText":"Hi","colour":"red","structured":{"contentType":"quick-replies","content":[{"id":1,"type":"quick-reply"}]}}',
      errors: [
        {
          messageId: 'unknownProperty',
          data: { property: 'colour', location: 'the top level' },
          highlighted: '"colour"',
          severity: 'error',
          path: '/colour',
        },
        {
          messageId: 'missingProperty',
          data: { where: "'/structured'", property: 'text' },
          highlighted: '"structured"',
          severity: 'error',
          path: '/structured',
        },
        {
          messageId: 'missingProperty',
          data: { where: "'/structured/content/0'", property: 'text' },
          highlighted: '{',
          severity: 'error',
          path: '/structured/content/0',
        },
      ],
    },
    {
      name: 'a wrong type on the value',
      code: '{"contentType":"notification","content":[{"index":1,"type":"notification","id":"ns@x","language":"en_US","text":"Hi."},{"index":2,"type":"quick-reply","text":7}]}',
      errors: [
        {
          messageId: 'wrongType',
          data: { where: "'/content/1/text'", type: 'string' },
          highlighted: '7',
          severity: 'error',
          path: '/content/1/text',
        },
      ],
    },
    {
      name: 'an unknown item type, and the missing body',
      code: '{"contentType":"notification","content":[{"index":1,"type":"video-note","text":"x"}]}',
      errors: [
        {
          messageId: 'notificationBody',
          data: { path: '/content' },
          highlighted: '[{"index":1,"type":"video-note","text":"x"}]',
          severity: 'error',
          path: '/content',
        },
        {
          messageId: 'notAllowedValue',
          data: {
            where: "'/content/0/type'",
            allowed:
              '"notification", "image", "video", "document", "location", "text", "quick-reply", "url-button", "phone-button", "copy-code-button"',
          },
          highlighted: '"video-note"',
          severity: 'error',
          path: '/content/0/type',
        },
      ],
    },
  ],
});
