import { describe, it, expect } from 'vitest';
import { renderStandardResponse } from '../engine.js';
import * as samples from '../../../../../test/fixtures/render/samples.js';

const render = (sr: unknown) => renderStandardResponse(sr, samples.data, { ...samples.options, channel: 'open-messaging' });

describe('open-messaging channel', () => {
  it('renders a rich notification (text header variable, footer, quick reply, URL and phone buttons)', () => {
    const result = render(samples.richNotification);
    expect(result.output).toEqual({
      "channel": {
        "platform": "Open",
        "type": "Private",
        "to": {
          "id": "+16315551002"
        },
        "time": "2026-11-21T09:30:00.000Z"
      },
      "type": "Structured",
      "content": [
        {
          "contentType": "Notification",
          "template": {
            "header": {
              "type": "Text",
              "text": "Order A 17/B",
              "parameters": [
                {
                  "name": "Order",
                  "text": "A 17/B"
                }
              ]
            },
            "text": "Hi John, your order shipped.",
            "parameters": [
              {
                "name": "Name",
                "text": "John"
              }
            ],
            "footer": {
              "text": "Acme support"
            }
          }
        },
        {
          "contentType": "QuickReply",
          "quickReply": {
            "text": "Thanks",
            "payload": "thanks",
            "action": "Message"
          }
        }
      ],
      "direction": "Outbound"
    });
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.path, d.message])).toEqual([["channel-unsupported", "warning", "/content/4", "A \"url-button\" has no Open Messaging form and is not sent"], ["channel-unsupported", "warning", "/content/5", "A \"phone-button\" has no Open Messaging form and is not sent"]]);
  });

  it('renders quick-replies', () => {
    const result = render(samples.quickReplies);
    expect(result.output).toEqual({
      "channel": {
        "platform": "Open",
        "type": "Private",
        "to": {
          "id": "+16315551002"
        },
        "time": "2026-11-21T09:30:00.000Z"
      },
      "type": "Structured",
      "text": "Will 3:00PM tomorrow work for you, John?",
      "content": [
        {
          "contentType": "QuickReply",
          "quickReply": {
            "text": "Sounds Good.",
            "payload": "1",
            "action": "Message"
          }
        },
        {
          "contentType": "QuickReply",
          "quickReply": {
            "text": "No, sorry.",
            "payload": "2",
            "action": "Message"
          }
        }
      ],
      "direction": "Outbound"
    });
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.path, d.message])).toEqual([]);
  });

  it('renders reply-buttons with an image header', () => {
    const result = render(samples.replyButtons);
    expect(result.output).toEqual({
      "channel": {
        "platform": "Open",
        "type": "Private",
        "to": {
          "id": "+16315551002"
        },
        "time": "2026-11-21T09:30:00.000Z"
      },
      "type": "Structured",
      "text": "Is John available?\n\nAcme",
      "content": [
        {
          "contentType": "Attachment",
          "attachment": {
            "mediaType": "Image",
            "url": "https://example.com/a.png",
            "mime": "image/png",
            "filename": "a.png"
          }
        },
        {
          "contentType": "QuickReply",
          "quickReply": {
            "text": "Yes",
            "payload": "yes",
            "action": "Message"
          }
        },
        {
          "contentType": "QuickReply",
          "quickReply": {
            "text": "No",
            "payload": "no",
            "action": "Message"
          }
        }
      ],
      "direction": "Outbound"
    });
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.path, d.message])).toEqual([]);
  });

  it('renders a single-selection-list', () => {
    const result = render(samples.selectionList);
    expect(result.output).toEqual({
      "channel": {
        "platform": "Open",
        "type": "Private",
        "to": {
          "id": "+16315551002"
        },
        "time": "2026-11-21T09:30:00.000Z"
      },
      "type": "Structured",
      "text": "Which store, John?",
      "content": [
        {
          "contentType": "ListPicker",
          "listPicker": {
            "sections": [
              {
                "title": "Paris",
                "multipleSelection": false,
                "items": [
                  {
                    "id": "paris-1",
                    "title": "Opera",
                    "subtitle": "9:00–19:00"
                  },
                  {
                    "id": "paris-2",
                    "title": "Bastille"
                  }
                ]
              },
              {
                "title": "Lyon",
                "multipleSelection": false,
                "items": [
                  {
                    "id": "lyon-1",
                    "title": "Bellecour",
                    "subtitle": "10:00–18:00"
                  }
                ]
              }
            ],
            "receivedMessage": {
              "title": "Which store, John?",
              "buttonLabel": "Choose store",
              "header": "Opening hours",
              "subtitle": "Acme"
            }
          }
        }
      ],
      "direction": "Outbound"
    });
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.path, d.message])).toEqual([]);
  });

  it('renders a generic carousel with quick-reply cards', () => {
    const result = render(samples.carousel);
    expect(result.output).toEqual({
      "channel": {
        "platform": "Open",
        "type": "Private",
        "to": {
          "id": "+16315551002"
        },
        "time": "2026-11-21T09:30:00.000Z"
      },
      "type": "Structured",
      "text": "Our offers for John",
      "content": [
        {
          "contentType": "Carousel",
          "carousel": {
            "cards": [
              {
                "title": "Plan S",
                "description": "10 GB",
                "image": "https://example.com/s.png",
                "actions": [
                  {
                    "type": "Postback",
                    "text": "Choose S",
                    "payload": "plan-s"
                  }
                ]
              },
              {
                "title": "Plan M",
                "image": "https://example.com/m.png",
                "actions": [
                  {
                    "type": "Postback",
                    "text": "Choose M",
                    "payload": "plan-m"
                  }
                ]
              }
            ]
          }
        }
      ],
      "direction": "Outbound"
    });
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.path, d.message])).toEqual([]);
  });

  it('renders a generic carousel with URL cards', () => {
    const result = render(samples.carouselWithLinks);
    expect(result.output).toEqual({
      "channel": {
        "platform": "Open",
        "type": "Private",
        "to": {
          "id": "+16315551002"
        },
        "time": "2026-11-21T09:30:00.000Z"
      },
      "type": "Structured",
      "text": "Offers",
      "content": [
        {
          "contentType": "Carousel",
          "carousel": {
            "cards": [
              {
                "title": "Plan S",
                "video": "https://example.com/s.mp4",
                "actions": [
                  {
                    "type": "Link",
                    "text": "Details",
                    "url": "https://example.com/s"
                  }
                ]
              },
              {
                "title": "Plan M",
                "video": "https://example.com/m.mp4",
                "actions": [
                  {
                    "type": "Link",
                    "text": "Details",
                    "url": "https://example.com/m"
                  }
                ]
              }
            ]
          }
        }
      ],
      "direction": "Outbound"
    });
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.path, d.message])).toEqual([]);
  });

  it('renders text with a document attachment', () => {
    const result = render(samples.textWithAttachment);
    expect(result.output).toEqual({
      "channel": {
        "platform": "Open",
        "type": "Private",
        "to": {
          "id": "+16315551002"
        },
        "time": "2026-11-21T09:30:00.000Z"
      },
      "type": "Text",
      "text": "Here is your invoice, John.",
      "content": [
        {
          "contentType": "Attachment",
          "attachment": {
            "mediaType": "File",
            "url": "https://example.com/invoice.pdf",
            "mime": "application/pdf",
            "filename": "invoice.pdf"
          }
        }
      ],
      "direction": "Outbound"
    });
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.path, d.message])).toEqual([]);
  });
});
