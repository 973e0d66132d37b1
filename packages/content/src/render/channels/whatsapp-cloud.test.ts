import { describe, it, expect } from 'vitest';
// Every payload these tests produce is checked against the vendor's model.
import { renderStandardResponse, vendorIssues } from '../../../../../test/conformance/vendor-models.js';
import * as samples from '../../../../../test/fixtures/render/samples.js';

const render = (sr: unknown) => renderStandardResponse(sr, samples.data, { ...samples.options, channel: 'whatsapp-cloud' });

describe('whatsapp-cloud channel', () => {
  it('sends a copy-code button as sub_type copy_code with its coupon_code, at its position among the buttons', () => {
    const result = render(samples.couponNotification);
    expect(result.diagnostics).toEqual([]);
    expect((result.output as { template: unknown }).template).toEqual({
      name: 'spring_sale',
      language: { code: 'en_US' },
      components: [
        { type: 'body', parameters: [{ type: 'text', text: 'John' }] },
        { type: 'button', sub_type: 'copy_code', index: '1', parameters: [{ type: 'coupon_code', coupon_code: 'SPRING25' }] },
      ],
    });
    expect(vendorIssues('whatsapp-cloud', result.output)).toEqual([]);
  });

  it("sends an AUTHENTICATION template's copy-code button as Meta's one-time-password button (sub_type url, the code as text)", () => {
    const otp = "<$ Interaction.AttachedData('OTP') $>";
    const result = renderStandardResponse(
      {
        category: 'AUTHENTICATION',
        structured: {
          contentType: 'notification',
          content: [
            {
              index: 1,
              type: 'notification',
              id: 'ns@verification_code',
              language: 'en_US',
              text: '*{{1}}* is your verification code.',
              parameters: [{ index: 1, value: otp }],
            },
            { index: 2, type: 'copy-code-button', code: otp },
          ],
        },
      },
      { Interaction: { AttachedData: { OTP: 'J$FpnYnP' } } },
      { ...samples.options, channel: 'whatsapp-cloud' },
    );
    expect(result.diagnostics).toEqual([]);
    expect((result.output as { template: { components: unknown } }).template.components).toEqual([
      { type: 'body', parameters: [{ type: 'text', text: 'J$FpnYnP' }] },
      { type: 'button', sub_type: 'url', index: '0', parameters: [{ type: 'text', text: 'J$FpnYnP' }] },
    ]);
  });

  it('reports a coupon code that is not letters and digits, or that renders empty, at the code', () => {
    const withCode = (code: string) => ({
      ...samples.couponNotification,
      content: samples.couponNotification.content.map((item) => (item.type === 'copy-code-button' ? { ...item, code } : item)),
    });
    const bad = render(withCode('SPRING-25'));
    expect(bad.diagnostics.map((d) => [d.code, d.severity, d.path, d.message])).toEqual([
      [
        'parameter-type',
        'error',
        '/content/2/code',
        'A copy-code value must be letters and digits only (at most 15): WhatsApp rejects this coupon code',
      ],
    ]);
    expect(bad.ok).toBe(false);
    const empty = render(withCode("<$ Interaction.AttachedData('Missing') $>"));
    expect(empty.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.code, d.path, d.message])).toEqual([
      ['parameter-empty', '/content/2/code', 'The copy-code button code rendered empty: WhatsApp rejects an empty parameter'],
    ]);
  });

  it('renders a cta-url message as interactive cta_url: text header, body, footer and the one URL button with field codes filled', () => {
    const result = render(samples.ctaUrl);
    expect(result.diagnostics).toEqual([]);
    expect(result.output).toEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: '+16315551002',
      type: 'interactive',
      interactive: {
        type: 'cta_url',
        header: { type: 'text', text: 'Your order' },
        body: { text: 'Hi John, your order is on its way.' },
        footer: { text: 'Acme' },
        action: { name: 'cta_url', parameters: { display_text: 'Track order', url: 'https://example.com/track?for=John' } },
      },
    });
  });

  it('sends a cta-url media header by link or id, and reports a URL that is no web link at the url', () => {
    const withImage = render({ ...samples.ctaUrl, header: { type: 'image', id: '1234567890', url: 'https://example.com/a.png' } });
    expect((withImage.output as { interactive: { header: unknown } }).interactive.header).toEqual({
      type: 'image',
      image: { id: '1234567890' },
    });
    const bad = render({ ...samples.ctaUrl, content: [{ type: 'url-button', text: 'Call', url: 'tel:+16315551002' }] });
    expect(bad.diagnostics.map((d) => [d.code, d.severity, d.path, d.message])).toEqual([
      [
        'channel-unsupported',
        'error',
        '/content/0/url',
        'A WhatsApp call-to-action button opens a web page: its URL must be an http(s) link without spaces',
      ],
    ]);
  });

  it('renders a rich notification (text header variable, footer, quick reply, URL and phone buttons)', () => {
    const result = render(samples.richNotification);
    expect(result.output).toEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: '+16315551002',
      type: 'template',
      template: {
        name: 'order_update',
        language: {
          code: 'en_GB',
        },
        components: [
          {
            type: 'header',
            parameters: [
              {
                type: 'text',
                text: 'A 17/B',
              },
            ],
          },
          {
            type: 'body',
            parameters: [
              {
                type: 'text',
                text: 'John',
              },
            ],
          },
          {
            type: 'button',
            sub_type: 'quick_reply',
            index: '0',
            parameters: [
              {
                type: 'payload',
                payload: 'thanks',
              },
            ],
          },
          {
            type: 'button',
            sub_type: 'url',
            index: '1',
            parameters: [
              {
                type: 'text',
                text: 'A%2017%2FB',
              },
            ],
          },
        ],
      },
    });
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.path, d.message])).toEqual([]);
  });

  it('sends named parameters with parameter_name, in index order; the URL suffix stays positional', () => {
    const result = render(samples.namedNotification);
    expect(result.output).toEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: '+16315551002',
      type: 'template',
      template: {
        name: 'order_update_named',
        language: { code: 'en_US' },
        components: [
          { type: 'header', parameters: [{ type: 'text', text: 'A 17/B', parameter_name: 'order_id' }] },
          {
            type: 'body',
            parameters: [
              { type: 'text', text: 'John', parameter_name: 'first_name' },
              { type: 'text', text: 'A 17/B', parameter_name: 'order_id' },
              { type: 'date_time', date_time: { fallback_value: 'May 3' }, parameter_name: 'ship_date' },
            ],
          },
          { type: 'button', sub_type: 'url', index: '0', parameters: [{ type: 'text', text: 'A%2017%2FB' }] },
        ],
      },
    });
    expect(result.diagnostics).toEqual([]);
    // The same response on the genesys channel: the texts are filled by name.
    const genesys = renderStandardResponse(samples.namedNotification, samples.data, { ...samples.options, channel: 'genesys' });
    const items = (genesys.output as { content: Array<{ text?: string; url?: string }> }).content;
    expect(items.map((item) => item.text ?? item.url)).toEqual(['Order A 17/B', 'Hi John, order A 17/B ships on May 3.', 'Track order']);
    expect(items[2]!.url).toBe('https://example.com/track/A%2017%2FB');
  });

  it('renders a named placeholder without a parameter of that name empty, with a warning at the placeholder', () => {
    const sr = structuredClone(samples.namedNotification);
    sr.structured.content[1]!.text = 'Hi {{first_name}}, {{nickname}}.';
    const result = render(sr);
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.path, d.message, d.range.start.offset, d.range.end.offset])).toEqual([
      [
        'placeholder-parameter-mismatch',
        'warning',
        '/structured/content/1/text',
        '{{nickname}} has no parameter named nickname; it renders empty',
        19,
        31,
      ],
    ]);
  });

  it("sends no phone button: Meta's template message has no phone sub_type (the number is part of the approved template)", () => {
    const result = render(samples.richNotification);
    const components = (result.output as { template: { components: Array<{ type: string; sub_type?: string; index?: string }> } }).template
      .components;
    // quick reply at 0, URL at 1; the phone button (position 2) is not sent and no diagnostic is given.
    expect(components.filter((c) => c.type === 'button').map((c) => [c.sub_type, c.index])).toEqual([
      ['quick_reply', '0'],
      ['url', '1'],
    ]);
    expect(result.diagnostics).toEqual([]);
    // Meta's model: a phone_number button component is not a valid template component.
    const withPhone = structuredClone(result.output) as { template: { components: unknown[] } };
    withPhone.template.components.push({
      type: 'button',
      sub_type: 'phone_number',
      index: '2',
      parameters: [{ type: 'text', text: '+16315551002' }],
    });
    expect(vendorIssues('whatsapp-cloud', withPhone)).toEqual([
      { path: '/template/components/4/sub_type', message: 'must be equal to one of the allowed values' },
    ]);
  });

  it('renders quick-replies', () => {
    const result = render(samples.quickReplies);
    expect(result.output).toEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: '+16315551002',
      type: 'interactive',
      interactive: {
        type: 'button',
        body: {
          text: 'Will 3:00PM tomorrow work for you, John?',
        },
        action: {
          buttons: [
            {
              type: 'reply',
              reply: {
                id: '1',
                title: 'Sounds Good.',
              },
            },
            {
              type: 'reply',
              reply: {
                id: '2',
                title: 'No, sorry.',
              },
            },
          ],
        },
      },
    });
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.path, d.message])).toEqual([]);
  });

  it('renders reply-buttons with an image header', () => {
    const result = render(samples.replyButtons);
    expect(result.output).toEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: '+16315551002',
      type: 'interactive',
      interactive: {
        type: 'button',
        header: {
          type: 'image',
          image: {
            link: 'https://example.com/a.png',
          },
        },
        body: {
          text: 'Is John available?',
        },
        footer: {
          text: 'Acme',
        },
        action: {
          buttons: [
            {
              type: 'reply',
              reply: {
                id: 'yes',
                title: 'Yes',
              },
            },
            {
              type: 'reply',
              reply: {
                id: 'no',
                title: 'No',
              },
            },
          ],
        },
      },
    });
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.path, d.message])).toEqual([]);
  });

  it('renders a single-selection-list', () => {
    const result = render(samples.selectionList);
    expect(result.output).toEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: '+16315551002',
      type: 'interactive',
      interactive: {
        type: 'list',
        header: {
          type: 'text',
          text: 'Opening hours',
        },
        body: {
          text: 'Which store, John?',
        },
        footer: {
          text: 'Acme',
        },
        action: {
          button: 'Choose store',
          sections: [
            {
              title: 'Paris',
              rows: [
                {
                  id: 'paris-1',
                  title: 'Opera',
                  description: '9:00–19:00',
                },
                {
                  id: 'paris-2',
                  title: 'Bastille',
                },
              ],
            },
            {
              title: 'Lyon',
              rows: [
                {
                  id: 'lyon-1',
                  title: 'Bellecour',
                  description: '10:00–18:00',
                },
              ],
            },
          ],
        },
      },
    });
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.path, d.message])).toEqual([]);
  });

  it('renders a generic carousel with quick-reply cards', () => {
    const result = render(samples.carousel);
    expect(result.output).toEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: '+16315551002',
      type: 'interactive',
      interactive: {
        type: 'carousel',
        body: {
          text: 'Our offers for John',
        },
        action: {
          cards: [
            {
              card_index: 0,
              type: 'cta_url',
              header: {
                type: 'image',
                image: {
                  link: 'https://example.com/s.png',
                },
              },
              body: {
                text: 'Plan S\n10 GB',
              },
              action: {
                buttons: [
                  {
                    type: 'quick_reply',
                    quick_reply: {
                      id: 'plan-s',
                      title: 'Choose S',
                    },
                  },
                ],
              },
            },
            {
              card_index: 1,
              type: 'cta_url',
              header: {
                type: 'image',
                image: {
                  link: 'https://example.com/m.png',
                },
              },
              body: {
                text: 'Plan M',
              },
              action: {
                buttons: [
                  {
                    type: 'quick_reply',
                    quick_reply: {
                      id: 'plan-m',
                      title: 'Choose M',
                    },
                  },
                ],
              },
            },
          ],
        },
      },
    });
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.path, d.message])).toEqual([]);
  });

  it('renders a generic carousel with URL cards', () => {
    const result = render(samples.carouselWithLinks);
    expect(result.output).toEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: '+16315551002',
      type: 'interactive',
      interactive: {
        type: 'carousel',
        body: {
          text: 'Offers',
        },
        action: {
          cards: [
            {
              card_index: 0,
              type: 'cta_url',
              header: {
                type: 'video',
                video: {
                  link: 'https://example.com/s.mp4',
                },
              },
              body: {
                text: 'Plan S',
              },
              action: {
                name: 'cta_url',
                parameters: {
                  display_text: 'Details',
                  url: 'https://example.com/s',
                },
              },
            },
            {
              card_index: 1,
              type: 'cta_url',
              header: {
                type: 'video',
                video: {
                  link: 'https://example.com/m.mp4',
                },
              },
              body: {
                text: 'Plan M',
              },
              action: {
                name: 'cta_url',
                parameters: {
                  display_text: 'Details',
                  url: 'https://example.com/m',
                },
              },
            },
          ],
        },
      },
    });
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.path, d.message])).toEqual([]);
  });

  it('renders text with a document attachment', () => {
    const result = render(samples.textWithAttachment);
    expect(result.output).toEqual([
      {
        messaging_product: 'whatsapp',
        recipient_type: 'individual',
        to: '+16315551002',
        type: 'text',
        text: {
          preview_url: false,
          body: 'Here is your invoice, John.',
        },
      },
      {
        messaging_product: 'whatsapp',
        recipient_type: 'individual',
        to: '+16315551002',
        type: 'document',
        document: {
          link: 'https://example.com/invoice.pdf',
          filename: 'invoice.pdf',
        },
      },
    ]);
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.path, d.message])).toEqual([]);
  });

  it('reports what a WhatsApp interactive message cannot carry', () => {
    const mixed = {
      contentType: 'generic',
      text: 'x',
      content: [
        {
          type: 'card',
          title: 'A',
          buttons: [
            { type: 'quick-reply', text: 'Q' },
            { type: 'url-button', text: 'U', url: 'https://e.com' },
          ],
        },
      ],
    };
    expect(render(mixed).diagnostics.map((d) => [d.code, d.severity, d.path, d.message])).toEqual([
      ['channel-unsupported', 'error', '/content/0', 'Every WhatsApp carousel card needs an image or a video header'],
      [
        'channel-unsupported',
        'error',
        '/content/0/buttons',
        'A WhatsApp carousel card takes either one URL button or quick-reply buttons only',
      ],
      ['carousel-cards', 'error', '/content', 'A WhatsApp carousel has 2 to 10 cards; this one has 1'],
    ]);
    const imageList = {
      contentType: 'single-selection-list',
      header: { type: 'image', url: 'https://e.com/a.png' },
      text: 'x',
      button: 'b',
      content: [],
    };
    expect(render(imageList).diagnostics.map((d) => [d.code, d.path, d.message])).toEqual([
      ['channel-unsupported', '/content', 'A WhatsApp list needs at least one section with a row'],
      ['channel-unsupported', '/header/type', 'A WhatsApp list message header can only be text'],
    ]);
  });

  it('reports a genesys:// media link as unusable (upload and use a media id or an https link) and warns about a missing language', () => {
    const sr = {
      contentType: 'notification',
      content: [
        { type: 'document', url: 'genesys://ucs/document/1?file-name=a.pdf', name: 'a.pdf' },
        { type: 'notification', id: 'plain_name', text: 'Hi' },
      ],
    };
    const result = render(sr);
    expect(result.output).toEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: '+16315551002',
      type: 'template',
      template: {
        name: 'plain_name',
        language: { code: 'en_US' },
        components: [
          {
            type: 'header',
            parameters: [{ type: 'document', document: { link: 'genesys://ucs/document/1?file-name=a.pdf', filename: 'a.pdf' } }],
          },
        ],
      },
    });
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.path, d.message])).toEqual([
      ['channel-language', 'warning', '/content/1', 'The notification has no "language"; en_US is sent'],
      [
        'channel-media-link',
        'error',
        '/content/0/url',
        'WhatsApp Cloud API cannot fetch this link: upload and use a media id or an https link',
      ],
    ]);
  });

  it('reports a notification without a body item', () => {
    const result = render({ contentType: 'notification', content: [{ type: 'text', text: 'only a header' }] });
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => [d.code, d.path])).toEqual([['channel-unsupported', '/content']]);
  });

  it('sends plain field-code text as a text message; `to` is empty when not given (with a warning)', () => {
    const result = renderStandardResponse('Hi <$ Contact.FirstName $>', samples.data, { channel: 'whatsapp-cloud' });
    expect(result.output).toEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: '',
      type: 'text',
      text: { preview_url: false, body: 'Hi John' },
    });
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.path, d.message])).toEqual([
      [
        'channel-recipient',
        'warning',
        '',
        'No recipient: the payload has an empty "to"; pass the customer\'s WhatsApp number (E.164, e.g. +16315551002)',
      ],
    ]);
  });

  it('reports more quick replies than WhatsApp reply buttons can carry', () => {
    const sr = {
      contentType: 'quick-replies',
      text: 'Pick one',
      content: ['A', 'B', 'C', 'D'].map((text, i) => ({ id: i + 1, type: 'quick-reply', action: 'message', text })),
    };
    const result = render(sr);
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.path, d.message])).toEqual([
      ['button-count', 'error', '/content', 'WhatsApp reply-button messages carry at most 3 buttons; this one has 4'],
    ]);
  });

  describe('known defects (each reproduced on the previous channel)', () => {
    const card = (title: string, button: object) => ({
      type: 'card',
      title,
      image: { url: `https://example.com/${title}.png` },
      buttons: [button],
    });

    it('template.namespace is not a Cloud API field: only the element name is sent', () => {
      const result = render(samples.richNotification);
      expect((result.output as { template: object }).template).not.toHaveProperty('namespace');
      expect((result.output as { template: { name: string } }).template.name).toBe('order_update');
    });

    it('a carousel without text is an error (Meta requires the body text)', () => {
      const sr = {
        contentType: 'generic',
        content: [card('a', { type: 'quick-reply', text: 'A' }), card('b', { type: 'quick-reply', text: 'B' })],
      };
      const result = render(sr);
      expect(result.ok).toBe(false);
      expect(result.diagnostics.map((d) => [d.code, d.severity, d.path, d.message])).toEqual([
        ['channel-unsupported', 'error', '/text', 'A WhatsApp carousel needs a body text (the message text above the cards)'],
      ]);
    });

    it('interactive carousel button labels are held to 20 characters, not the template label limit of 25', () => {
      const label = 'Choose this plan now'; // 20
      const ok = render({
        contentType: 'generic',
        text: 'Plans',
        content: [card('a', { type: 'quick-reply', text: label }), card('b', { type: 'quick-reply', text: 'B' })],
      });
      expect(ok.diagnostics).toEqual([]);
      for (const profile of ['whatsapp', 'whatsapp-cloud']) {
        const long = renderStandardResponse(
          {
            contentType: 'generic',
            text: 'Plans',
            content: [
              card('a', { type: 'url-button', text: `${label}!`, url: 'https://example.com/a' }),
              card('b', { type: 'url-button', text: 'B', url: 'https://example.com/b' }),
            ],
          },
          samples.data,
          { ...samples.options, channel: 'whatsapp-cloud', profile },
        );
        expect(long.diagnostics.map((d) => [d.code, d.severity, d.path, d.message])).toEqual([
          [
            'button-label-length',
            'error',
            '/content/0/buttons/0/text',
            `Carousel card button label is 21 characters after rendering; the ${profile} limit is 20`,
          ],
        ]);
      }
    });

    it('a list with several sections needs a title on each, and row ids unique across sections', () => {
      const sr = {
        contentType: 'single-selection-list',
        text: 'Which store?',
        button: 'Choose',
        content: [
          { type: 'section', title: 'Paris', rows: [{ id: 'r1', title: 'Opera' }] },
          { type: 'section', rows: [{ id: 'r1', title: 'Bellecour' }] },
        ],
      };
      const result = render(sr);
      expect(result.ok).toBe(false);
      expect(result.diagnostics.map((d) => [d.code, d.severity, d.path, d.message])).toEqual([
        ['channel-unsupported', 'error', '/content/1', 'A WhatsApp list with several sections needs a title on every section'],
        [
          'channel-unsupported',
          'error',
          '/content/1/rows/0/id',
          'Row id "r1" is used twice; WhatsApp list row ids must be unique across all sections',
        ],
      ]);
      // One section may go without a title.
      expect(render({ ...sr, content: [{ type: 'section', rows: [{ id: 'r1', title: 'Opera' }] }] }).diagnostics).toEqual([]);
    });

    it('the recipient is normalized to E.164 and its shape checked per render', () => {
      const sr = 'Hi';
      const spaced = renderStandardResponse(sr, samples.data, { channel: 'whatsapp-cloud', to: '+1 (631) 555-1002' });
      expect((spaced.output as { to: string }).to).toBe('+16315551002');
      expect(spaced.diagnostics).toEqual([]);
      // Without "+", the Cloud API reads international digits (Meta's examples write 16505551234).
      const digits = renderStandardResponse(sr, samples.data, { channel: 'whatsapp-cloud', to: '16315551002' });
      expect((digits.output as { to: string }).to).toBe('+16315551002');
      expect(digits.diagnostics).toEqual([]);
      // Per render only the shape is checked: +63 15551002 has a known calling code and a possible
      // length, so it passes (full validation, which refuses it for PH, is normalizeWhatsAppNumber's).
      expect(renderStandardResponse(sr, samples.data, { channel: 'whatsapp-cloud', to: '6315551002' }).diagnostics).toEqual([]);
      const shapes: Array<[string, string]> = [
        ['+999 1234567', 'the number does not start with a known country calling code'],
        ['+0631 555 1002', 'the number starts with 0 where the country calling code belongs'],
        ['+1 631 55', 'the number has 6 digits; that is too short for a phone number'],
        ['+1 631 555 1002 1234 5', 'the number has 16 digits; E.164 numbers have at most 15'],
        ['+1 631 555 1002 ext 7', 'the number has characters other than digits, spaces and ( ) - .'],
      ];
      for (const [to, reason] of shapes) {
        const bad = renderStandardResponse(sr, samples.data, { channel: 'whatsapp-cloud', to });
        expect(bad.ok).toBe(false);
        expect(bad.diagnostics.map((d) => [d.code, d.severity, d.path, d.message])).toEqual([
          [
            'channel-recipient',
            'error',
            '',
            `The recipient is not a WhatsApp number: ${reason}; write it in E.164 form (+ and the country code)`,
          ],
        ]);
      }
      const letters = renderStandardResponse(sr, samples.data, { channel: 'whatsapp-cloud', to: 'john@example.com' });
      expect(letters.diagnostics.map((d) => [d.code, d.severity, d.message])).toEqual([
        [
          'channel-recipient',
          'error',
          'The recipient is not a WhatsApp number: the number has no digits; write it in E.164 form (+ and the country code)',
        ],
      ]);
      expect((letters.output as { to: string }).to).toBe('john@example.com');
    });
  });

  describe('payload features', () => {
    it('sends media by WhatsApp media id (preferred over a link) in headers, attachments and cards', () => {
      const sr = {
        contentType: 'notification',
        content: [
          { type: 'image', id: '1203847562', url: 'genesys://ucs/document/1?file-name=a.png' },
          { type: 'notification', id: 'acme@promo', language: 'en_US', text: 'Hi' },
        ],
      };
      const result = render(sr);
      expect(result.diagnostics).toEqual([]);
      expect((result.output as { template: { components: unknown[] } }).template.components).toEqual([
        { type: 'header', parameters: [{ type: 'image', image: { id: '1203847562' } }] },
      ]);
    });

    it('sends captions on image, video and document messages, and reports one where the API has none', () => {
      const sr = {
        contentType: 'text',
        text: 'Your documents',
        content: [
          { type: 'image', url: 'https://example.com/a.png', caption: 'Front, <$ Contact.FirstName $>' },
          { type: 'document', id: '998877', name: 'invoice.pdf', caption: 'Invoice' },
          { type: 'audio', url: 'https://example.com/a.ogg', caption: 'Voice note' },
        ],
      };
      const result = render(sr);
      expect((result.output as unknown[]).slice(1)).toEqual([
        {
          messaging_product: 'whatsapp',
          recipient_type: 'individual',
          to: '+16315551002',
          type: 'image',
          image: { link: 'https://example.com/a.png', caption: 'Front, John' },
        },
        {
          messaging_product: 'whatsapp',
          recipient_type: 'individual',
          to: '+16315551002',
          type: 'document',
          document: { id: '998877', filename: 'invoice.pdf', caption: 'Invoice' },
        },
        {
          messaging_product: 'whatsapp',
          recipient_type: 'individual',
          to: '+16315551002',
          type: 'audio',
          audio: { link: 'https://example.com/a.ogg' },
        },
      ]);
      expect(result.diagnostics.map((d) => [d.code, d.severity, d.path, d.message])).toEqual([
        ['channel-unsupported', 'warning', '/content/2/caption', 'WhatsApp audio messages have no caption; the caption is not sent'],
      ]);
    });

    it('sends currency and date_time parameters when a parameter is typed so', () => {
      const sr = {
        contentType: 'notification',
        content: [
          {
            type: 'notification',
            id: 'acme@bill',
            language: 'en_US',
            text: 'Your bill of {{1}} is due on {{2}}.',
            parameters: [
              { name: 'amount', index: 1, type: 'currency', currency: 'USD', value: '$<$ Amount $>' },
              { name: 'due', index: 2, type: 'date_time', value: 'March 7, 2026' },
            ],
          },
        ],
      };
      const result = renderStandardResponse(sr, { Variables: { Amount: '1,299.5' } }, { ...samples.options, channel: 'whatsapp-cloud' });
      expect(result.diagnostics).toEqual([]);
      expect((result.output as { template: { components: unknown[] } }).template.components).toEqual([
        {
          type: 'body',
          parameters: [
            { type: 'currency', currency: { fallback_value: '$1,299.5', code: 'USD', amount_1000: 1299500 } },
            { type: 'date_time', date_time: { fallback_value: 'March 7, 2026' } },
          ],
        },
      ]);
      const bad = renderStandardResponse(sr, { Variables: { Amount: 'n/a' } }, { ...samples.options, channel: 'whatsapp-cloud' });
      expect(bad.diagnostics.map((d) => [d.code, d.severity, d.path, d.message])).toEqual([
        [
          'parameter-type',
          'error',
          '/content/0/parameters/0/value',
          'The rendered value "$n/a" of currency parameter "amount" is not an amount',
        ],
      ]);
    });

    it("sends a URL button's dynamic suffix percent-encoded; static URL and phone buttons belong to the approved template", () => {
      const result = render(samples.richNotification);
      const buttons = (result.output as { template: { components: Array<{ type: string }> } }).template.components.filter(
        (c) => c.type === 'button',
      );
      expect(buttons).toEqual([
        { type: 'button', sub_type: 'quick_reply', index: '0', parameters: [{ type: 'payload', payload: 'thanks' }] },
        { type: 'button', sub_type: 'url', index: '1', parameters: [{ type: 'text', text: 'A%2017%2FB' }] },
      ]);
    });
  });
});
