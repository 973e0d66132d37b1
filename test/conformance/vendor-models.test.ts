// The vendor-model validator itself: each documented defect patch does what it says, and the
// models still reject what the vendors reject.
import { describe, it, expect } from 'vitest';
import { vendorIssues } from './vendor-models.js';

const base = { messaging_product: 'whatsapp', recipient_type: 'individual', to: '+16315551002' };
const template = (components: unknown[], language: unknown = { code: 'en_US' }) => ({
  ...base,
  type: 'template',
  template: { name: 'order_update', language, components },
});
const meta = (payload: unknown) => vendorIssues('whatsapp-cloud', payload);

describe('Meta WhatsApp Cloud API model (OpenAPI v23.0, patched)', () => {
  it('accepts a template message with header, body and button components', () => {
    expect(
      meta(
        template([
          { type: 'header', parameters: [{ type: 'image', image: { link: 'https://example.com/a.png' } }] },
          {
            type: 'body',
            parameters: [
              { type: 'text', text: 'John' },
              { type: 'currency', currency: { fallback_value: '$1.00', code: 'USD', amount_1000: 1000 } },
              { type: 'date_time', date_time: { fallback_value: 'May 1' } },
            ],
          },
          { type: 'button', sub_type: 'quick_reply', index: '0', parameters: [{ type: 'payload', payload: 'yes' }] },
          { type: 'button', sub_type: 'url', index: '1', parameters: [{ type: 'text', text: 'A17' }] },
        ]),
      ),
    ).toEqual([]);
  });

  it('defect 1: parameters are dispatched on their type (an unknown type, a missing field)', () => {
    expect(
      meta(
        template([
          {
            type: 'body',
            parameters: [
              { type: 'emoji', text: 'x' },
              { type: 'currency', currency: { code: 'USD' } },
            ],
          },
        ]),
      ),
    ).toEqual([
      { path: '/template/components/0/parameters/0/type', message: 'must be equal to one of the allowed values' },
      { path: '/template/components/0/parameters/1/currency', message: "must have required property 'fallback_value'" },
      { path: '/template/components/0/parameters/1/currency', message: "must have required property 'amount_1000'" },
    ]);
    expect(meta({ ...base, type: 'fax' })).toEqual([{ path: '/type', message: 'must be equal to one of the allowed values' }]);
  });

  it('defect 2: extra properties of a message are rejected, the base properties are not', () => {
    expect(meta({ ...base, type: 'text', text: { body: 'Hi', preview_url: false } })).toEqual([]);
    expect(meta({ ...base, type: 'text', text: { body: 'Hi', url: 'x' }, caption: 'x' })).toEqual([
      { path: '/text', message: 'must NOT have additional properties ("url")' },
      { path: '', message: 'must NOT have unevaluated properties ("caption")' },
    ]);
  });

  it('defect 3: button index is "0"-"9" as the description says', () => {
    const button = (index: unknown) =>
      template([{ type: 'button', sub_type: 'quick_reply', index, parameters: [{ type: 'payload', payload: 'p' }] }]);
    expect(meta(button('0'))).toEqual([]);
    expect(meta(button('9'))).toEqual([]);
    expect(meta(button('10'))).toEqual([{ path: '/template/components/0/index', message: 'must match pattern "^[0-9]$"' }]);
    expect(meta(button(1))).toEqual([{ path: '/template/components/0/index', message: 'must be string' }]);
  });

  it('defect 4: language.policy is optional, language.code is not', () => {
    expect(meta(template([], { code: 'en_US', policy: 'deterministic' }))).toEqual([]);
    expect(meta(template([], {}))).toEqual([{ path: '/template/language', message: "must have required property 'code'" }]);
  });

  it("defect 5: interactive carousel and cta_url follow the schemas written from Meta's pages", () => {
    const card = (i: number) => ({
      card_index: i,
      type: 'cta_url',
      header: { type: 'image', image: { link: 'https://example.com/a.png' } },
      action: { name: 'cta_url', parameters: { display_text: 'Buy', url: 'https://example.com' } },
    });
    expect(
      meta({
        ...base,
        type: 'interactive',
        interactive: { type: 'carousel', body: { text: 'Offers' }, action: { cards: [card(0), card(1)] } },
      }),
    ).toEqual([]);
    expect(
      meta({ ...base, type: 'interactive', interactive: { type: 'carousel', body: { text: '' }, action: { cards: [card(0)] } } }),
    ).toEqual([
      { path: '/interactive/body/text', message: 'must NOT have fewer than 1 characters' },
      { path: '/interactive/action/cards', message: 'must NOT have fewer than 2 items' },
    ]);
    expect(
      meta({
        ...base,
        type: 'interactive',
        interactive: {
          type: 'cta_url',
          body: { text: 'Track' },
          action: { name: 'cta_url', parameters: { display_text: 'Track your order now!', url: 'https://example.com' } },
        },
      }),
    ).toEqual([{ path: '/interactive/action/parameters/display_text', message: 'must NOT have more than 20 characters' }]);
  });

  it('defect 5 (same gap): a copy-code button follows the coupon-template page', () => {
    expect(
      meta(template([{ type: 'button', sub_type: 'copy_code', index: '0', parameters: [{ type: 'coupon_code', coupon_code: 'SAVE25' }] }])),
    ).toEqual([]);
    expect(
      meta(
        template([{ type: 'button', sub_type: 'copy_code', index: '0', parameters: [{ type: 'coupon_code', coupon_code: 'SAVE 25' }] }]),
      ),
    ).toEqual([{ path: '/template/components/0/parameters/0/coupon_code', message: 'must match pattern "^[A-Za-z0-9]{1,15}$"' }]);
  });

  it("defect 7: named parameters carry parameter_name (Meta's name rule); other extra fields are rejected", () => {
    expect(
      meta(
        template([
          {
            type: 'body',
            parameters: [
              { type: 'text', text: 'John', parameter_name: 'first_name' },
              { type: 'date_time', date_time: { fallback_value: 'May 1' }, parameter_name: 'due_date' },
            ],
          },
        ]),
      ),
    ).toEqual([]);
    expect(
      meta(
        template([
          {
            type: 'body',
            parameters: [
              { type: 'text', text: 'John', parameter_name: 'First Name' },
              { type: 'text', text: 'John', name: 'first_name' },
            ],
          },
        ]),
      ),
    ).toEqual([
      { path: '/template/components/0/parameters/0/parameter_name', message: 'must match pattern "^[a-z_][a-z0-9_]*$"' },
      { path: '/template/components/0/parameters/1', message: 'must NOT have unevaluated properties ("name")' },
    ]);
  });

  it('media need an id or a public link (not both, not a genesys:// reference)', () => {
    const image = (media: unknown) => ({ ...base, type: 'image', image: media });
    expect(meta(image({ id: '1234', caption: 'Hi' }))).toEqual([]);
    expect(meta(image({ link: 'https://example.com/a.png' }))).toEqual([]);
    expect(meta(image({ link: 'genesys://ucs/document/1?file-name=a.png' }))).toEqual([
      { path: '/image', message: "must have required property 'id'" },
      { path: '/image/link', message: 'must match format "url"' },
    ]);
  });
});

describe('Genesys Cloud ConversationNormalizedMessage model', () => {
  const message = (content: unknown[]) => ({
    channel: { platform: 'Open', type: 'Private', to: { id: '+16315551002' } },
    type: 'Structured',
    content,
    direction: 'Outbound',
  });
  it('accepts a notification template with body, header, buttons', () => {
    expect(
      vendorIssues(
        'open-messaging',
        message([
          {
            contentType: 'Notification',
            template: {
              id: 'acme@order_update',
              language: 'en_US',
              header: { type: 'Media', media: { mediaType: 'Image', url: 'https://example.com/a.png', contentSizeBytes: 10 } },
              body: { text: 'Hi {{1}}', parameters: [{ name: 'Name', text: 'John' }] },
              buttons: [{ type: 'Url', index: 0, text: 'Track', url: 'https://example.com/{{1}}', parameters: [{ text: 'A17' }] }],
            },
          },
        ]),
      ),
    ).toEqual([]);
  });
  it('rejects the flat template fields (text, parameters) and a missing body', () => {
    expect(vendorIssues('open-messaging', message([{ contentType: 'Notification', template: { text: 'Hi', parameters: [] } }]))).toEqual([
      { path: '/content/0/template', message: "must have required property 'body'" },
      { path: '/content/0/template', message: 'must NOT have additional properties ("text")' },
      { path: '/content/0/template', message: 'must NOT have additional properties ("parameters")' },
    ]);
  });
});
