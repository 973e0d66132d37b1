import { RuleTester } from '../index.js';
import { templateUrlShortener } from './template-url-shortener.js';
import { B } from './template-rule.fixture.js';

const button = (url: string) => `,{"index":2,"type":"url-button","text":"Track","url":"${url}","parameters":[{"index":1,"value":"x"}]}`;

new RuleTester({ filePath: 'r.json' }).run(templateUrlShortener, {
  valid: [{ name: 'a URL of the business', code: B('Your order is ready.', { extra: button('https://shop.example.com/t/{{1}}') }) }],
  invalid: [
    {
      name: 'a bit.ly URL button',
      code: B('Your order is ready.', { extra: button('https://bit.ly/{{1}}') }),
      errors: [
        { messageId: 'shortener', data: { host: 'bit.ly' }, highlighted: 'bit.ly', severity: 'warning', path: '/structured/content/1/url' },
      ],
    },
    {
      name: 'www. and upper case are the same host',
      code: B('Your order is ready.', { extra: button('HTTP://www.TinyURL.com/{{1}}') }),
      errors: [
        {
          messageId: 'shortener',
          data: { host: 'tinyurl.com' },
          highlighted: 'www.TinyURL.com',
          severity: 'warning',
          path: '/structured/content/1/url',
        },
      ],
    },
  ],
});
