import { RuleTester } from '../index.js';
import { headerFormat } from './header-format.js';

const notification = (header: string) =>
  `{"contentType":"notification","content":[{"type":"text","text":${JSON.stringify(header)}},{"type":"notification","id":"ns@n","language":"en_US","text":"Hello *there*."}]}`;

const named = (header: string) =>
  `{"parameterFormat":"named","structured":{"contentType":"notification","content":[{"type":"text","text":${JSON.stringify(header)},"parameters":[{"name":"order_id","index":1,"value":"x"}]},{"type":"notification","id":"ns@n","language":"en_US","text":"Hello there."}]}}`;

new RuleTester().run(headerFormat, {
  valid: [
    { name: 'operators inside field codes', code: notification('Total <$ 2 * 3 $> items') },
    { name: 'a plain header (the body may use formatting)', code: notification('Your order ships') },
    { name: 'a named placeholder is no formatting (`{{order_id}}` has underscores)', code: named('Order {{order_id}} ships') },
  ],
  invalid: [
    {
      name: 'the text around a named placeholder is still checked',
      code: named('Order {{order_id}} _now_'),
      errors: [
        { messageId: 'formatting', data: { character: '_' }, highlighted: '_', severity: 'warning', path: '/structured/content/0/text' },
        { messageId: 'formatting', data: { character: '_' }, highlighted: '_', severity: 'warning', path: '/structured/content/0/text' },
      ],
    },
    {
      name: 'each formatting character in the literal text of a text header',
      code: notification('Your *order* ships'),
      errors: [
        { messageId: 'formatting', data: { character: '*' }, highlighted: '*', severity: 'warning', path: '/content/0/text' },
        { messageId: 'formatting', data: { character: '*' }, highlighted: '*', severity: 'warning', path: '/content/0/text' },
      ],
    },
    {
      name: 'underscore, tilde and backtick',
      code: notification('_Hi_ ~x~ `y`'),
      errors: [
        { messageId: 'formatting', data: { character: '_' }, highlighted: '_', severity: 'warning', path: '/content/0/text' },
        { messageId: 'formatting', data: { character: '_' }, highlighted: '_', severity: 'warning', path: '/content/0/text' },
        { messageId: 'formatting', data: { character: '~' }, highlighted: '~', severity: 'warning', path: '/content/0/text' },
        { messageId: 'formatting', data: { character: '~' }, highlighted: '~', severity: 'warning', path: '/content/0/text' },
        { messageId: 'formatting', data: { character: '`' }, highlighted: '`', severity: 'warning', path: '/content/0/text' },
        { messageId: 'formatting', data: { character: '`' }, highlighted: '`', severity: 'warning', path: '/content/0/text' },
      ],
    },
  ],
});
