import { describe, it, expect } from 'vitest';
// Every payload these tests produce is checked against the vendor's model.
import { renderStandardResponse } from '../../../../../test/conformance/vendor-models.js';
import * as samples from '../../../../../test/fixtures/render/samples.js';

describe('genesys channel (default)', () => {
  it('leaves out a copy-code button (the Genesys WhatsApp connector documents none) with a positioned warning', () => {
    const result = renderStandardResponse(samples.couponNotification, samples.data, samples.options);
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.path, d.message])).toEqual([
      [
        'channel-unsupported',
        'warning',
        '/content/2',
        'The Genesys WhatsApp connector has no copy-code button (its guide documents quick-reply, URL and phone-number buttons); it is not sent',
      ],
    ]);
    expect((result.output as { content: Array<{ type: string }> }).content.map((item) => item.type)).toEqual([
      'notification',
      'url-button',
    ]);
  });

  it('returns the structured shape rendered: items sorted, placeholders filled, parameter values rendered', () => {
    const shuffled = { ...samples.richNotification, content: [...samples.richNotification.content].reverse() };
    const result = renderStandardResponse(shuffled, samples.data, samples.options);
    expect(result.diagnostics).toEqual([]);
    expect(result.output).toEqual({
      contentType: 'notification',
      content: [
        { index: 1, type: 'text', text: 'Order A 17/B', parameters: [{ name: 'Order', index: 1, value: 'A 17/B' }] },
        {
          index: 2,
          type: 'notification',
          id: 'acme@order_update',
          language: 'en_GB',
          text: 'Hi John, your order shipped.',
          parameters: [{ name: 'Name', index: '1', value: 'John' }],
        },
        { index: 3, type: 'text', text: 'Acme support' },
        { index: 4, type: 'quick-reply', text: 'Thanks', payload: 'thanks' },
        {
          index: 5,
          type: 'url-button',
          text: 'Track order',
          url: 'https://example.com/track/A%2017%2FB',
          parameters: [{ name: 'Order', index: 1, value: 'A 17/B' }],
        },
        { index: 6, type: 'phone-button', text: 'Call us', phone: '+16315551002' },
      ],
    });
  });

  it('renders top-level fields and nested rows of other content types', () => {
    expect(renderStandardResponse(samples.selectionList, samples.data, { channel: 'genesys' }).output).toEqual({
      contentType: 'single-selection-list',
      header: { type: 'text', text: 'Opening hours' },
      text: 'Which store, John?',
      footer: 'Acme',
      button: 'Choose store',
      content: [
        {
          type: 'section',
          title: 'Paris',
          rows: [
            { id: 'paris-1', title: 'Opera', description: '9:00–19:00' },
            { id: 'paris-2', title: 'Bastille' },
          ],
        },
        { type: 'section', title: 'Lyon', rows: [{ id: 'lyon-1', title: 'Bellecour', description: '10:00–18:00' }] },
      ],
    });
  });

  it('does not modify the input', () => {
    const input = JSON.parse(JSON.stringify(samples.quickReplies));
    renderStandardResponse(input, samples.data);
    expect(input).toEqual(samples.quickReplies);
  });
});
