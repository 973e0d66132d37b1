import { RuleTester } from '../index.js';
import { interactiveAsNotification } from './interactive-as-notification.js';

const REPLY_BUTTONS = '{"contentType":"reply-buttons","text":"Q?","content":[{"type":"reply-button","id":"a","text":"A"}]}';

new RuleTester().run(interactiveAsNotification, {
  valid: [
    {
      name: 'a notification',
      code: '{"contentType":"notification","content":[{"index":1,"type":"notification","id":"ns@x","language":"en_US","text":"Hi."}]}',
    },
    { name: 'channels without the 24-hour window (apple-messages)', code: REPLY_BUTTONS, options: { profile: 'apple-messages' } },
    { name: 'turned off by configuration', code: REPLY_BUTTONS, options: { rules: { 'interactive-as-notification': 'off' } } },
  ],
  invalid: [
    {
      name: 'reply buttons only work inside the 24-hour window',
      code: REPLY_BUTTONS,
      errors: [{ messageId: 'replyButtons', highlighted: '"reply-buttons"', severity: 'info', path: '/contentType' }],
    },
    {
      name: 'a list only works inside the 24-hour window',
      code: '{"contentType":"single-selection-list","text":"Pick","button":"Go","content":[{"type":"section","title":"S","rows":[{"id":"1","title":"r"}]}]}',
      errors: [{ messageId: 'list', highlighted: '"single-selection-list"', severity: 'info', path: '/contentType' }],
    },
    {
      name: 'quick replies are sent as reply buttons',
      code: '{"contentType":"quick-replies","text":"Q?","content":[{"id":1,"type":"quick-reply","action":"message","text":"Ok"}]}',
      errors: [{ messageId: 'quickReplies', highlighted: '"quick-replies"', severity: 'info', path: '/contentType' }],
    },
    {
      name: 'a call-to-action URL message only works inside the 24-hour window',
      code: '{"contentType":"cta-url","text":"See our dates","content":[{"type":"url-button","text":"See dates","url":"https://example.com"}]}',
      errors: [{ messageId: 'ctaUrl', highlighted: '"cta-url"', severity: 'info', path: '/contentType' }],
    },
    {
      name: 'interactive items inside a notification (warning)',
      code: '{"contentType":"notification","content":[{"index":1,"type":"notification","id":"ns@x","language":"en_US","text":"Hi."},{"index":2,"type":"reply-button","id":"a","text":"A"}]}',
      errors: [
        {
          messageId: 'interactiveItem',
          data: { type: 'reply-button' },
          highlighted: '"reply-button"',
          severity: 'warning',
          path: '/content/1/type',
        },
      ],
    },
    {
      name: 'raised to a warning by configuration',
      code: REPLY_BUTTONS,
      options: { rules: { 'interactive-as-notification': 'warning' } },
      errors: [{ messageId: 'replyButtons', highlighted: '"reply-buttons"', severity: 'warning', path: '/contentType' }],
    },
  ],
});
