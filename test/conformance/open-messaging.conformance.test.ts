// Conformance of the open-messaging channel with Genesys Cloud's ConversationNormalizedMessage
// model (rebuilt from the Genesys platform SDKs): every example and every generated response,
// under both WhatsApp profiles, renders ok to a payload the model accepts.
import { describe, expect, it } from 'vitest';
import { lint, renderStandardResponse } from '@fieldcode/content';
import { vendorIssues } from './vendor-models.js';
import { examples, forProfile, generated, options, profiles } from './channel-library.js';

const channel = 'open-messaging';

function outcome(response: unknown, data: unknown, profile: string) {
  const result = renderStandardResponse(response, (data ?? null) as never, { ...options, channel, profile });
  return {
    lint: lint(JSON.stringify(response), { profile })
      .diagnostics.filter((d) => d.severity === 'error')
      .map((d) => d.code),
    // Errors, and warnings about content the channel drops (the seed body's non-canonical field-code
    // delimiters are a language warning, not a payload matter).
    render: result.diagnostics
      .filter((d) => d.severity === 'error' || d.code.startsWith('channel-'))
      .map((d) => `${d.code} ${d.path ?? ''}`),
    ok: result.ok,
    vendor: vendorIssues(channel, result.output),
  };
}

const clean = { lint: [], render: [], ok: true, vendor: [] };

describe.each(profiles)(`${channel} payloads validate against Genesys Cloud's model (%s profile)`, (profile) => {
  // One case per generated response, named by its content type and variations.
  it.each(forProfile(generated(), profile).map((entry) => [entry.name, entry] as const))(
    '%s: renders ok, drops only what it says, and validates',
    (_, entry) => {
      expect(outcome(entry.response, entry.data, profile)).toEqual({ ...clean, render: entry.drops?.[channel] ?? [] });
    },
  );

  // The bare seed body names its header image by a genesys:// UCS link: fine for Open Messaging,
  // but the whatsapp-cloud profile's media-link rule reports it (bill-reminder.json declares the
  // whatsapp profile, which fetches UCS links).
  it.each(examples().map((entry) => [entry.name, entry] as const))('%s: renders ok and validates', (name, entry) => {
    const lint = profile === 'whatsapp-cloud' && name === 'examples/seed-bill-reminder.body.json' ? ['media-link'] : [];
    expect(outcome(entry.response, entry.data, profile)).toEqual({ ...clean, lint });
  });

  it('a notification carries every template part in the model: id, language, header, body, footer, buttons', () => {
    const entry = generated().find((e) => e.name === 'notification header=image buttons=url-and-phone')!;
    const result = renderStandardResponse(entry.response, entry.data as never, { ...options, channel, profile });
    expect((result.output as { content: unknown[] }).content).toEqual([
      {
        contentType: 'Notification',
        template: {
          id: 'acme@order_update',
          language: 'en_US',
          header: {
            type: 'Media',
            media: {
              mediaType: 'Image',
              url: 'https://example.com/header.png',
              mime: 'image/png',
              filename: 'header.png',
              contentSizeBytes: 20480,
            },
          },
          body: {
            text: 'Hi John, your order of $129.99 shipped.',
            parameters: [
              { name: 'name', text: 'John' },
              { name: 'amount', text: '$129.99' },
            ],
          },
          footer: { text: 'Acme support' },
          buttons: [
            {
              type: 'Url',
              index: 0,
              text: 'Track order',
              url: 'https://example.com/track/A17%2FB',
              parameters: [{ name: 'order', text: 'A17/B' }],
            },
            { type: 'PhoneNumber', index: 1, text: 'Call us', phoneNumber: '+16315551002' },
          ],
        },
      },
    ]);
  });
});
