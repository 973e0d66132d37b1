// Conformance of the whatsapp-cloud channel with Meta's WhatsApp Cloud API model (OpenAPI v23.0
// with the documented patches, the interactive carousel/cta_url and copy-code schemas): every
// example and every generated response, under both WhatsApp profiles. A response the lint
// accepts must render `ok` to a payload Meta's model accepts; anything else must come with the
// error that explains it.
import { describe, expect, it } from 'vitest';
import { lint, renderStandardResponse } from '@fieldcode/content';
import { vendorIssues } from './vendor-models.js';
import { examples, forProfile, generated, options, profiles } from './channel-library.js';

const channel = 'whatsapp-cloud';

/** Lint errors, render errors and vendor-model issues of one response. */
function outcome(response: unknown, data: unknown, profile: string) {
  const result = renderStandardResponse(response, (data ?? null) as never, { ...options, channel, profile });
  return {
    lint: lint(JSON.stringify(response), { profile })
      .diagnostics.filter((d) => d.severity === 'error')
      .map((d) => d.code),
    render: result.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.path ?? ''}`),
    ok: result.ok,
    vendor: vendorIssues(channel, result.output),
  };
}

describe.each(profiles)(`${channel} payloads validate against Meta's model (%s profile)`, (profile) => {
  it('the generated set covers every content type × header kind × button kind (copy-code buttons: whatsapp-cloud only)', () => {
    expect(forProfile(generated(), profile).length).toBe(profile === 'whatsapp-cloud' ? 91 : 77);
  });

  // One case per generated response, named by its content type and variations.
  it.each(forProfile(generated(), profile).map((entry) => [entry.name, entry] as const))(
    '%s: lint-clean, renders ok and validates',
    (_, entry) => {
      expect(outcome(entry.response, entry.data, profile)).toEqual({ lint: [], render: [], ok: true, vendor: [] });
    },
  );

  it('every example validates, except the seed-shaped ones whose genesys:// header image Meta cannot fetch (reported as an error)', () => {
    const unusableLink = {
      lint: [],
      render: ['channel-media-link /structured/content/1/url'],
      ok: false,
      vendor: [
        { path: '/template/components/0/parameters/0/image', message: "must have required property 'id'" },
        { path: '/template/components/0/parameters/0/image/link', message: 'must match format "url"' },
      ],
    };
    const results = Object.fromEntries(examples().map((entry) => [entry.name, outcome(entry.response, entry.data, profile)]));
    const clean = { lint: [], render: [], ok: true, vendor: [] };
    expect(results).toEqual({
      'examples/appointment-quick-replies.json': clean,
      'examples/bill-reminder.json': unusableLink,
      'examples/delivery-reply-buttons.json': clean,
      'examples/invoice-text-attachment.json': clean,
      'examples/order-shipped-rich-media.json': clean,
      'examples/plans-carousel.json': clean,
      // The bare body has no profile of its own: under whatsapp-cloud the media-link rule sees the link at lint time.
      'examples/seed-bill-reminder.body.json': {
        ...unusableLink,
        lint: profile === 'whatsapp-cloud' ? ['media-link'] : [],
        render: ['channel-media-link /content/1/url'],
      },
      'examples/store-list.json': clean,
    });
  });
});
