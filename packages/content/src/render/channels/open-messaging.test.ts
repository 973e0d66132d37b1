import { describe, it, expect } from 'vitest';
// Every payload these tests produce is checked against the vendor's model.
import { renderStandardResponse } from '../../../../../test/conformance/vendor-models.js';
import * as samples from '../../../../../test/fixtures/render/samples.js';

const render = (sr: unknown) => renderStandardResponse(sr, samples.data, { ...samples.options, channel: 'open-messaging' });

describe('open-messaging channel', () => {
  it('leaves out a copy-code button (the template model has none) with a positioned warning; the other buttons keep their index', () => {
    const result = render(samples.couponNotification);
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.path, d.message])).toEqual([
      ['channel-unsupported', 'warning', '/content/2', 'Open Messaging notification templates have no copy-code button; it is not sent'],
    ]);
    const template = (result.output as { content: Array<{ template: Record<string, unknown> }> }).content[0]!.template;
    expect(template['buttons']).toEqual([{ type: 'Url', index: 0, text: 'Shop now', url: 'https://example.com/sale' }]);
  });

  it('sends a location header as a Location content item before the template (the template header is Text or Media only)', () => {
    const result = render(samples.locationNotification);
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.path, d.message])).toEqual([
      ['channel-unsupported', 'warning', '/content/3', 'Open Messaging notification templates have no copy-code button; it is not sent'],
    ]);
    expect(result.output).toEqual({
      channel: { platform: 'Open', type: 'Private', to: { id: '+16315551002' }, time: '2026-11-21T09:30:00.000Z' },
      type: 'Structured',
      content: [
        {
          contentType: 'Location',
          // Coordinates are numbers in Genesys Cloud's model; the place's name is its `text`.
          location: { text: 'Acme Opera', address: '8 Rue Scribe, 75009 Paris', latitude: 48.870502, longitude: 2.332147 },
        },
        {
          contentType: 'Notification',
          template: {
            id: 'acme@pickup_ready',
            language: 'en_US',
            body: { text: 'Hi John, your order is ready at the store above.', parameters: [{ name: 'Name', text: 'John' }] },
            buttons: [{ type: 'QuickReply', index: 0, text: 'On my way', payload: 'coming' }],
          },
        },
      ],
      direction: 'Outbound',
    });
  });

  it('sends a location without name or address as its coordinates only; an empty coordinate is an error at its field', () => {
    const [body] = samples.locationNotification.content;
    const place = { index: 1, type: 'location', latitude: '-33.8568', longitude: '<$ Variables.Longitude $>' };
    const result = render({ contentType: 'notification', content: [place, body] });
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.path, d.range.start.offset, d.range.end.offset, d.message])).toEqual([
      ['missing-value', 'warning', '/content/0/longitude', 3, 22, 'Missing value: Variables.Longitude renders as empty text.'],
      [
        'parameter-type',
        'error',
        '/content/0/longitude',
        0,
        25,
        'The location\'s longitude rendered as "": Open Messaging needs decimal degrees from -180 to 180',
      ],
    ]);
    expect((result.output as { content: unknown[] }).content[0]).toEqual({ contentType: 'Location', location: { latitude: -33.8568 } });
  });

  it('degrades a cta-url message to its text and a card whose one Link action is the button', () => {
    const result = render(samples.ctaUrl);
    expect(result.diagnostics).toEqual([]);
    expect(result.output).toEqual({
      channel: { platform: 'Open', type: 'Private', to: { id: '+16315551002' }, time: '2026-11-21T09:30:00.000Z' },
      type: 'Structured',
      text: 'Your order\n\nHi John, your order is on its way.\n\nAcme',
      content: [
        {
          contentType: 'Card',
          card: { title: 'Track order', actions: [{ type: 'Link', text: 'Track order', url: 'https://example.com/track?for=John' }] },
        },
      ],
      direction: 'Outbound',
    });
  });

  it('renders a rich notification (text header variable, footer, quick reply, URL and phone buttons)', () => {
    const result = render(samples.richNotification);
    expect(result.output).toEqual({
      channel: {
        platform: 'Open',
        type: 'Private',
        to: {
          id: '+16315551002',
        },
        time: '2026-11-21T09:30:00.000Z',
      },
      type: 'Structured',
      content: [
        {
          contentType: 'Notification',
          template: {
            id: 'acme@order_update',
            language: 'en_GB',
            header: {
              type: 'Text',
              text: 'Order A 17/B',
              parameters: [{ name: 'Order', text: 'A 17/B' }],
            },
            body: {
              text: 'Hi John, your order shipped.',
              parameters: [{ name: 'Name', text: 'John' }],
            },
            footer: { text: 'Acme support' },
            buttons: [
              { type: 'QuickReply', index: 0, text: 'Thanks', payload: 'thanks' },
              {
                type: 'Url',
                index: 1,
                text: 'Track order',
                url: 'https://example.com/track/A%2017%2FB',
                parameters: [{ name: 'Order', text: 'A 17/B' }],
              },
              { type: 'PhoneNumber', index: 2, text: 'Call us', phoneNumber: '+16315551002' },
            ],
          },
        },
      ],
      direction: 'Outbound',
    });
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.path, d.message])).toEqual([]);
  });

  it('sends named parameters with their names (the placeholder names) in header and body', () => {
    const result = render(samples.namedNotification);
    const template = (result.output as { content: Array<{ template: Record<string, unknown> }> }).content[0]!.template;
    expect(template['header']).toEqual({ type: 'Text', text: 'Order A 17/B', parameters: [{ name: 'order_id', text: 'A 17/B' }] });
    expect(template['body']).toEqual({
      text: 'Hi John, order A 17/B ships on May 3.',
      parameters: [
        { name: 'first_name', text: 'John' },
        { name: 'order_id', text: 'A 17/B' },
        { name: 'ship_date', text: 'May 3' },
      ],
    });
    expect(result.diagnostics).toEqual([]);
  });

  it('renders quick-replies', () => {
    const result = render(samples.quickReplies);
    expect(result.output).toEqual({
      channel: {
        platform: 'Open',
        type: 'Private',
        to: {
          id: '+16315551002',
        },
        time: '2026-11-21T09:30:00.000Z',
      },
      type: 'Structured',
      text: 'Will 3:00PM tomorrow work for you, John?',
      content: [
        {
          contentType: 'QuickReply',
          quickReply: {
            text: 'Sounds Good.',
            payload: '1',
            action: 'Message',
          },
        },
        {
          contentType: 'QuickReply',
          quickReply: {
            text: 'No, sorry.',
            payload: '2',
            action: 'Message',
          },
        },
      ],
      direction: 'Outbound',
    });
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.path, d.message])).toEqual([]);
  });

  it('renders reply-buttons with an image header', () => {
    const result = render(samples.replyButtons);
    expect(result.output).toEqual({
      channel: {
        platform: 'Open',
        type: 'Private',
        to: {
          id: '+16315551002',
        },
        time: '2026-11-21T09:30:00.000Z',
      },
      type: 'Structured',
      text: 'Is John available?\n\nAcme',
      content: [
        {
          contentType: 'Attachment',
          attachment: {
            mediaType: 'Image',
            url: 'https://example.com/a.png',
            mime: 'image/png',
            filename: 'a.png',
          },
        },
        {
          contentType: 'QuickReply',
          quickReply: {
            text: 'Yes',
            payload: 'yes',
            action: 'Message',
          },
        },
        {
          contentType: 'QuickReply',
          quickReply: {
            text: 'No',
            payload: 'no',
            action: 'Message',
          },
        },
      ],
      direction: 'Outbound',
    });
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.path, d.message])).toEqual([]);
  });

  it('renders a single-selection-list', () => {
    const result = render(samples.selectionList);
    expect(result.output).toEqual({
      channel: {
        platform: 'Open',
        type: 'Private',
        to: {
          id: '+16315551002',
        },
        time: '2026-11-21T09:30:00.000Z',
      },
      type: 'Structured',
      text: 'Which store, John?',
      content: [
        {
          contentType: 'ListPicker',
          listPicker: {
            sections: [
              {
                title: 'Paris',
                multipleSelection: false,
                items: [
                  {
                    id: 'paris-1',
                    title: 'Opera',
                    subtitle: '9:00–19:00',
                  },
                  {
                    id: 'paris-2',
                    title: 'Bastille',
                  },
                ],
              },
              {
                title: 'Lyon',
                multipleSelection: false,
                items: [
                  {
                    id: 'lyon-1',
                    title: 'Bellecour',
                    subtitle: '10:00–18:00',
                  },
                ],
              },
            ],
            receivedMessage: {
              title: 'Which store, John?',
              buttonLabel: 'Choose store',
              header: 'Opening hours',
              subtitle: 'Acme',
            },
          },
        },
      ],
      direction: 'Outbound',
    });
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.path, d.message])).toEqual([]);
  });

  it('renders a generic carousel with quick-reply cards', () => {
    const result = render(samples.carousel);
    expect(result.output).toEqual({
      channel: {
        platform: 'Open',
        type: 'Private',
        to: {
          id: '+16315551002',
        },
        time: '2026-11-21T09:30:00.000Z',
      },
      type: 'Structured',
      text: 'Our offers for John',
      content: [
        {
          contentType: 'Carousel',
          carousel: {
            cards: [
              {
                title: 'Plan S',
                description: '10 GB',
                image: 'https://example.com/s.png',
                actions: [
                  {
                    type: 'Postback',
                    text: 'Choose S',
                    payload: 'plan-s',
                  },
                ],
              },
              {
                title: 'Plan M',
                image: 'https://example.com/m.png',
                actions: [
                  {
                    type: 'Postback',
                    text: 'Choose M',
                    payload: 'plan-m',
                  },
                ],
              },
            ],
          },
        },
      ],
      direction: 'Outbound',
    });
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.path, d.message])).toEqual([]);
  });

  it('renders a generic carousel with URL cards', () => {
    const result = render(samples.carouselWithLinks);
    expect(result.output).toEqual({
      channel: {
        platform: 'Open',
        type: 'Private',
        to: {
          id: '+16315551002',
        },
        time: '2026-11-21T09:30:00.000Z',
      },
      type: 'Structured',
      text: 'Offers',
      content: [
        {
          contentType: 'Carousel',
          carousel: {
            cards: [
              {
                title: 'Plan S',
                video: 'https://example.com/s.mp4',
                actions: [
                  {
                    type: 'Link',
                    text: 'Details',
                    url: 'https://example.com/s',
                  },
                ],
              },
              {
                title: 'Plan M',
                video: 'https://example.com/m.mp4',
                actions: [
                  {
                    type: 'Link',
                    text: 'Details',
                    url: 'https://example.com/m',
                  },
                ],
              },
            ],
          },
        },
      ],
      direction: 'Outbound',
    });
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.path, d.message])).toEqual([]);
  });

  it('renders text with a document attachment', () => {
    const result = render(samples.textWithAttachment);
    expect(result.output).toEqual({
      channel: {
        platform: 'Open',
        type: 'Private',
        to: {
          id: '+16315551002',
        },
        time: '2026-11-21T09:30:00.000Z',
      },
      type: 'Text',
      text: 'Here is your invoice, John.',
      content: [
        {
          contentType: 'Attachment',
          attachment: {
            mediaType: 'File',
            url: 'https://example.com/invoice.pdf',
            mime: 'application/pdf',
            filename: 'invoice.pdf',
            contentSizeBytes: 48213,
          },
        },
      ],
      direction: 'Outbound',
    });
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.path, d.message])).toEqual([]);
  });

  describe('known defects (each reproduced on the previous channel)', () => {
    const template = (output: unknown) => (output as { content: Array<{ template?: Record<string, unknown> }> }).content[0]!.template!;

    it('a media header goes to template.header { type: "Media", media } with contentSizeBytes', () => {
      const sr = {
        contentType: 'notification',
        content: [
          { type: 'image', url: 'https://example.com/bill.png', name: 'bill.png', mime: 'image/png', size: 19200 },
          {
            type: 'notification',
            id: 'acme@bill_due',
            language: 'en_US',
            text: 'Hi {{1}}',
            parameters: [{ index: 1, value: '<$ Contact.FirstName $>' }],
          },
        ],
      };
      const output = render(sr).output as { content: unknown[] };
      expect(output.content).toHaveLength(1);
      expect(template(output)).toEqual({
        id: 'acme@bill_due',
        language: 'en_US',
        header: {
          type: 'Media',
          media: {
            mediaType: 'Image',
            url: 'https://example.com/bill.png',
            mime: 'image/png',
            filename: 'bill.png',
            contentSizeBytes: 19200,
          },
        },
        body: { text: 'Hi John', parameters: [{ text: 'John' }] },
      });
    });

    it('URL and phone buttons are sent in template.buttons (no longer dropped with a warning)', () => {
      const result = render(samples.richNotification);
      expect(result.diagnostics).toEqual([]);
      expect((template(result.output)['buttons'] as Array<{ type: string }>).map((b) => b.type)).toEqual([
        'QuickReply',
        'Url',
        'PhoneNumber',
      ]);
    });

    it('a phone button in a carousel card is a tel: link with its number, not a Postback without it', () => {
      const sr = {
        contentType: 'generic',
        text: 'Plans',
        content: [{ type: 'card', title: 'Plan S', buttons: [{ type: 'phone-button', text: 'Call', phone: '+1 631 555 1002' }] }],
      };
      const output = render(sr).output as { content: Array<{ card: { actions: unknown[] } }> };
      expect(output.content[0]!.card.actions).toEqual([{ type: 'Link', text: 'Call', url: 'tel:+16315551002' }]);
    });

    it('attachment size maps to contentSizeBytes', () => {
      const output = render(samples.textWithAttachment).output as { content: Array<{ attachment: object }> };
      expect(output.content[0]!.attachment).toEqual({
        mediaType: 'File',
        url: 'https://example.com/invoice.pdf',
        mime: 'application/pdf',
        filename: 'invoice.pdf',
        contentSizeBytes: 48213,
      });
    });
  });

  it('passes a WhatsApp media id as the attachment id and a caption as its text', () => {
    const sr = {
      contentType: 'text',
      text: 'Invoice',
      content: [{ type: 'document', id: '998877', url: 'https://example.com/i.pdf', name: 'i.pdf', caption: 'March invoice' }],
    };
    expect((render(sr).output as { content: unknown[] }).content).toEqual([
      {
        contentType: 'Attachment',
        attachment: { mediaType: 'File', url: 'https://example.com/i.pdf', id: '998877', text: 'March invoice', filename: 'i.pdf' },
      },
    ]);
  });
});
