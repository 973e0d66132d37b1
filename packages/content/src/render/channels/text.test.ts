import { describe, it, expect } from 'vitest';
// Every payload these tests produce is checked against the vendor's model.
import { renderStandardResponse } from '../../../../../test/conformance/vendor-models.js';
import * as samples from '../../../../../test/fixtures/render/samples.js';

const render = (sr: unknown) => renderStandardResponse(sr, samples.data, { ...samples.options, channel: 'text' });

describe('text channel', () => {
  it('renders a rich notification (text header variable, footer, quick reply, URL and phone buttons)', () => {
    const result = render(samples.richNotification);
    expect(result.output).toEqual(
      'Order A 17/B\n\nHi John, your order shipped.\n\nAcme support\n\n[Thanks]\nTrack order: https://example.com/track/A%2017%2FB\nCall us: +16315551002',
    );
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.path, d.message])).toEqual([]);
  });

  it('renders a copy-code button as its label and code (WhatsApp labels it "Copy code")', () => {
    const result = render(samples.couponNotification);
    expect(result.output).toEqual('Hi John, 25% off with the code below.\n\nShop now: https://example.com/sale\nCopy code: SPRING25');
    expect(result.diagnostics).toEqual([]);
  });

  it('renders a location header as the place in words, its coordinates when it has no name or address', () => {
    expect(render(samples.locationNotification).output).toEqual(
      '[Location: Acme Opera, 8 Rue Scribe, 75009 Paris]\n\nHi John, your order is ready at the store above.\n\n[On my way]\nCopy code: PICKUP5',
    );
    const [body] = samples.locationNotification.content;
    const result = render({
      contentType: 'notification',
      content: [{ index: 1, type: 'location', latitude: '-33.8568', longitude: '151.2153' }, body],
    });
    expect([result.output, result.diagnostics]).toEqual([
      '[Location: -33.8568, 151.2153]\n\nHi John, your order is ready at the store above.',
      [],
    ]);
  });

  it('renders a call-to-action URL message with its button line last', () => {
    const result = render(samples.ctaUrl);
    expect(result.output).toEqual(
      'Your order\n\nHi John, your order is on its way.\n\nAcme\n\nTrack order: https://example.com/track?for=John',
    );
    expect(result.diagnostics).toEqual([]);
  });

  it('renders quick-replies', () => {
    const result = render(samples.quickReplies);
    expect(result.output).toEqual('Will 3:00PM tomorrow work for you, John?\n\n[Sounds Good.] [No, sorry.]');
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.path, d.message])).toEqual([]);
  });

  it('renders reply-buttons with an image header', () => {
    const result = render(samples.replyButtons);
    expect(result.output).toEqual('[Image: a.png]\n\nIs John available?\n\nAcme\n\n[Yes] [No]');
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.path, d.message])).toEqual([]);
  });

  it('renders a single-selection-list', () => {
    const result = render(samples.selectionList);
    expect(result.output).toEqual(
      'Opening hours\n\nWhich store, John?\n\nParis\n1. Opera — 9:00–19:00\n2. Bastille\n\nLyon\n3. Bellecour — 10:00–18:00\n\nAcme',
    );
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.path, d.message])).toEqual([]);
  });

  it('renders a generic carousel with quick-reply cards', () => {
    const result = render(samples.carousel);
    expect(result.output).toEqual(
      'Our offers for John\n\n[Image: https://example.com/s.png]\nPlan S\n10 GB\n[Choose S]\n\n[Image: https://example.com/m.png]\nPlan M\n[Choose M]',
    );
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.path, d.message])).toEqual([]);
  });

  it('renders a generic carousel with URL cards', () => {
    const result = render(samples.carouselWithLinks);
    expect(result.output).toEqual(
      'Offers\n\n[Video: https://example.com/s.mp4]\nPlan S\nDetails: https://example.com/s\n\n[Video: https://example.com/m.mp4]\nPlan M\nDetails: https://example.com/m',
    );
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.path, d.message])).toEqual([]);
  });

  it('renders text with a document attachment', () => {
    const result = render(samples.textWithAttachment);
    expect(result.output).toEqual('Here is your invoice, John.\n\n[Document: invoice.pdf]');
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.path, d.message])).toEqual([]);
  });
});
