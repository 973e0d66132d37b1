import { describe, it, expect } from 'vitest';
import { renderStandardResponse } from '../engine.js';
import * as samples from '../../../../../test/fixtures/render/samples.js';

const render = (sr: unknown) => renderStandardResponse(sr, samples.data, { ...samples.options, channel: 'whatsapp-cloud' });

describe('whatsapp-cloud channel', () => {
  it('renders a rich notification (text header variable, footer, quick reply, URL and phone buttons)', () => {
    const result = render(samples.richNotification);
    expect(result.output).toEqual({
      "messaging_product": "whatsapp",
      "recipient_type": "individual",
      "to": "+16315551002",
      "type": "template",
      "template": {
        "name": "order_update",
        "namespace": "acme",
        "language": {
          "code": "en_GB"
        },
        "components": [
          {
            "type": "header",
            "parameters": [
              {
                "type": "text",
                "text": "A 17/B"
              }
            ]
          },
          {
            "type": "body",
            "parameters": [
              {
                "type": "text",
                "text": "John"
              }
            ]
          },
          {
            "type": "button",
            "sub_type": "quick_reply",
            "index": "0",
            "parameters": [
              {
                "type": "payload",
                "payload": "thanks"
              }
            ]
          },
          {
            "type": "button",
            "sub_type": "url",
            "index": "1",
            "parameters": [
              {
                "type": "text",
                "text": "A%2017%2FB"
              }
            ]
          }
        ]
      }
    });
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.path, d.message])).toEqual([]);
  });

  it('renders quick-replies', () => {
    const result = render(samples.quickReplies);
    expect(result.output).toEqual({
      "messaging_product": "whatsapp",
      "recipient_type": "individual",
      "to": "+16315551002",
      "type": "interactive",
      "interactive": {
        "type": "button",
        "body": {
          "text": "Will 3:00PM tomorrow work for you, John?"
        },
        "action": {
          "buttons": [
            {
              "type": "reply",
              "reply": {
                "id": "1",
                "title": "Sounds Good."
              }
            },
            {
              "type": "reply",
              "reply": {
                "id": "2",
                "title": "No, sorry."
              }
            }
          ]
        }
      }
    });
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.path, d.message])).toEqual([]);
  });

  it('renders reply-buttons with an image header', () => {
    const result = render(samples.replyButtons);
    expect(result.output).toEqual({
      "messaging_product": "whatsapp",
      "recipient_type": "individual",
      "to": "+16315551002",
      "type": "interactive",
      "interactive": {
        "type": "button",
        "header": {
          "type": "image",
          "image": {
            "link": "https://example.com/a.png"
          }
        },
        "body": {
          "text": "Is John available?"
        },
        "footer": {
          "text": "Acme"
        },
        "action": {
          "buttons": [
            {
              "type": "reply",
              "reply": {
                "id": "yes",
                "title": "Yes"
              }
            },
            {
              "type": "reply",
              "reply": {
                "id": "no",
                "title": "No"
              }
            }
          ]
        }
      }
    });
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.path, d.message])).toEqual([]);
  });

  it('renders a single-selection-list', () => {
    const result = render(samples.selectionList);
    expect(result.output).toEqual({
      "messaging_product": "whatsapp",
      "recipient_type": "individual",
      "to": "+16315551002",
      "type": "interactive",
      "interactive": {
        "type": "list",
        "header": {
          "type": "text",
          "text": "Opening hours"
        },
        "body": {
          "text": "Which store, John?"
        },
        "footer": {
          "text": "Acme"
        },
        "action": {
          "button": "Choose store",
          "sections": [
            {
              "title": "Paris",
              "rows": [
                {
                  "id": "paris-1",
                  "title": "Opera",
                  "description": "9:00–19:00"
                },
                {
                  "id": "paris-2",
                  "title": "Bastille"
                }
              ]
            },
            {
              "title": "Lyon",
              "rows": [
                {
                  "id": "lyon-1",
                  "title": "Bellecour",
                  "description": "10:00–18:00"
                }
              ]
            }
          ]
        }
      }
    });
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.path, d.message])).toEqual([]);
  });

  it('renders a generic carousel with quick-reply cards', () => {
    const result = render(samples.carousel);
    expect(result.output).toEqual({
      "messaging_product": "whatsapp",
      "recipient_type": "individual",
      "to": "+16315551002",
      "type": "interactive",
      "interactive": {
        "type": "carousel",
        "body": {
          "text": "Our offers for John"
        },
        "action": {
          "cards": [
            {
              "card_index": 0,
              "type": "cta_url",
              "header": {
                "type": "image",
                "image": {
                  "link": "https://example.com/s.png"
                }
              },
              "body": {
                "text": "Plan S\n10 GB"
              },
              "action": {
                "buttons": [
                  {
                    "type": "quick_reply",
                    "quick_reply": {
                      "id": "plan-s",
                      "title": "Choose S"
                    }
                  }
                ]
              }
            },
            {
              "card_index": 1,
              "type": "cta_url",
              "header": {
                "type": "image",
                "image": {
                  "link": "https://example.com/m.png"
                }
              },
              "body": {
                "text": "Plan M"
              },
              "action": {
                "buttons": [
                  {
                    "type": "quick_reply",
                    "quick_reply": {
                      "id": "plan-m",
                      "title": "Choose M"
                    }
                  }
                ]
              }
            }
          ]
        }
      }
    });
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.path, d.message])).toEqual([]);
  });

  it('renders a generic carousel with URL cards', () => {
    const result = render(samples.carouselWithLinks);
    expect(result.output).toEqual({
      "messaging_product": "whatsapp",
      "recipient_type": "individual",
      "to": "+16315551002",
      "type": "interactive",
      "interactive": {
        "type": "carousel",
        "body": {
          "text": "Offers"
        },
        "action": {
          "cards": [
            {
              "card_index": 0,
              "type": "cta_url",
              "header": {
                "type": "video",
                "video": {
                  "link": "https://example.com/s.mp4"
                }
              },
              "body": {
                "text": "Plan S"
              },
              "action": {
                "name": "cta_url",
                "parameters": {
                  "display_text": "Details",
                  "url": "https://example.com/s"
                }
              }
            },
            {
              "card_index": 1,
              "type": "cta_url",
              "header": {
                "type": "video",
                "video": {
                  "link": "https://example.com/m.mp4"
                }
              },
              "body": {
                "text": "Plan M"
              },
              "action": {
                "name": "cta_url",
                "parameters": {
                  "display_text": "Details",
                  "url": "https://example.com/m"
                }
              }
            }
          ]
        }
      }
    });
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.path, d.message])).toEqual([]);
  });

  it('renders text with a document attachment', () => {
    const result = render(samples.textWithAttachment);
    expect(result.output).toEqual([
      {
        "messaging_product": "whatsapp",
        "recipient_type": "individual",
        "to": "+16315551002",
        "type": "text",
        "text": {
          "preview_url": false,
          "body": "Here is your invoice, John."
        }
      },
      {
        "messaging_product": "whatsapp",
        "recipient_type": "individual",
        "to": "+16315551002",
        "type": "document",
        "document": {
          "link": "https://example.com/invoice.pdf",
          "filename": "invoice.pdf"
        }
      }
    ]);
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.path, d.message])).toEqual([]);
  });

  it('reports what a WhatsApp interactive message cannot carry', () => {
    const mixed = { contentType: 'generic', text: 'x', content: [{ type: 'card', title: 'A', buttons: [{ type: 'quick-reply', text: 'Q' }, { type: 'url-button', text: 'U', url: 'https://e.com' }] }] };
    expect(render(mixed).diagnostics.map((d) => [d.code, d.severity, d.path, d.message])).toEqual([
      ['channel-unsupported', 'error', '/content/0', 'Every WhatsApp carousel card needs an image or a video header'],
      ['channel-unsupported', 'error', '/content/0/buttons', 'A WhatsApp carousel card takes either one URL button or quick-reply buttons only'],
    ]);
    const imageList = { contentType: 'single-selection-list', header: { type: 'image', url: 'https://e.com/a.png' }, text: 'x', button: 'b', content: [] };
    expect(render(imageList).diagnostics.map((d) => [d.code, d.path, d.message])).toEqual([
      ['channel-unsupported', '/header/type', 'A WhatsApp list message header can only be text'],
    ]);
  });

  it('warns about media links that are not public https URLs and about a missing language', () => {
    const sr = { contentType: 'notification', content: [{ type: 'document', url: 'genesys://ucs/document/1?file-name=a.pdf', name: 'a.pdf' }, { type: 'notification', id: 'plain_name', text: 'Hi' }] };
    const result = render(sr);
    expect(result.output).toEqual({
      messaging_product: 'whatsapp', recipient_type: 'individual', to: '+16315551002', type: 'template',
      template: { name: 'plain_name', language: { code: 'en_US' }, components: [{ type: 'header', parameters: [{ type: 'document', document: { link: 'genesys://ucs/document/1?file-name=a.pdf', filename: 'a.pdf' } }] }] },
    });
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.path])).toEqual([
      ['channel-language', 'warning', '/content/1'],
      ['channel-media-link', 'warning', '/content/0/url'],
    ]);
  });

  it('reports a notification without a body item', () => {
    const result = render({ contentType: 'notification', content: [{ type: 'text', text: 'only a header' }] });
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => [d.code, d.path])).toEqual([['channel-unsupported', '/content']]);
  });

  it('sends plain field-code text as a text message; `to` is empty when not given', () => {
    expect(renderStandardResponse('Hi <$ Contact.FirstName $>', samples.data, { channel: 'whatsapp-cloud' }).output).toEqual({
      messaging_product: 'whatsapp', recipient_type: 'individual', to: '', type: 'text', text: { preview_url: false, body: 'Hi John' },
    });
  });

  it('reports more quick replies than WhatsApp reply buttons can carry', () => {
    const sr = { contentType: 'quick-replies', text: 'Pick one', content: ['A', 'B', 'C', 'D'].map((text, i) => ({ id: i + 1, type: 'quick-reply', action: 'message', text })) };
    const result = render(sr);
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.path, d.message])).toEqual([
      ['button-count', 'error', '/content', 'WhatsApp reply-button messages carry at most 3 buttons; this one has 4'],
    ]);
  });
});
