import { describe, expect, it } from 'vitest';
import { lint, RuleTester } from '../index.js';
import { mediaLink } from './media-link.js';

const UCS = 'genesys://ucs/document/0009SaF2PQ3A00HY?file-name=bill.png';
/** A notification with a media header. */
const header = (media: Record<string, string>, profile?: string) =>
  JSON.stringify({
    ...(profile ? { profile } : {}),
    structured: {
      contentType: 'notification',
      content: [
        { index: 1, type: 'image', ...media },
        { index: 2, type: 'notification', id: 'ns@bill', language: 'en_US', text: 'Your bill.' },
      ],
    },
  });
const cloud = { profile: 'whatsapp-cloud' };

new RuleTester().run(mediaLink, {
  valid: [
    { name: 'a genesys:// UCS link under the whatsapp (Genesys connector) profile', code: header({ url: UCS }) },
    { name: 'an https link under whatsapp-cloud', code: header({ url: 'https://media.example.com/bill.png' }), options: cloud },
    { name: 'a media id wins over the link (the link is not fetched)', code: header({ url: UCS, id: '1234567890' }), options: cloud },
    {
      name: 'a scheme written by a field code is left to the render',
      code: header({ url: "<$ Interaction.AttachedData('Link') $>" }),
      options: cloud,
    },
    { name: 'a profile without mediaLinks checks nothing', code: header({ url: UCS }), options: { profile: 'apple-messages' } },
  ],
  invalid: [
    {
      name: 'a genesys:// link under the whatsapp-cloud profile (option)',
      code: header({ url: UCS }),
      options: cloud,
      errors: [
        {
          messageId: 'unfetchable',
          data: { profile: 'whatsapp-cloud', scheme: 'genesys' },
          highlighted: 'genesys:',
          severity: 'error',
          path: '/structured/content/0/url',
        },
      ],
    },
    {
      name: "the file's own profile, a text attachment and a card: each link",
      code: JSON.stringify({
        profile: 'whatsapp-cloud',
        structured: {
          contentType: 'text',
          text: 'Your invoice',
          content: [
            { type: 'document', url: 'GENESYS://ucs/document/1', name: 'a.pdf' },
            { type: 'image', url: 'http://e.com/a.png' },
          ],
        },
      }),
      errors: [
        { messageId: 'unfetchable', data: { profile: 'whatsapp-cloud', scheme: 'genesys' }, highlighted: 'GENESYS:' },
        { messageId: 'tolerated', data: { profile: 'whatsapp-cloud', scheme: 'http' }, highlighted: 'http:', severity: 'warning' },
      ],
    },
    {
      name: 'a link without a scheme, also when a field code follows the path',
      code: JSON.stringify({
        profile: 'whatsapp-cloud',
        plainText: 'See attached',
        attachments: [{ type: 'document', url: 'files/<$ Contact.Id $>.pdf', name: 'a.pdf' }],
      }),
      errors: [
        {
          messageId: 'notAbsolute',
          data: { profile: 'whatsapp-cloud' },
          highlighted: 'files/<$ Contact.Id $>.pdf',
          path: '/attachments/0/url',
        },
      ],
    },
  ],
});

describe('media-link', () => {
  it('words the fix Meta needs', () => {
    expect(
      lint(header({ url: UCS }), cloud)
        .diagnostics.filter((d) => d.code === 'media-link')
        .map((d) => d.message),
    ).toEqual(["whatsapp-cloud cannot fetch media from a 'genesys:' link: upload the file and use a media id or an https link."]);
  });
});
