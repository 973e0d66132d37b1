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

  it('leaves out a location item (the DMS structured format documents none) and a copy-code button, each with a positioned warning', () => {
    const result = renderStandardResponse(samples.locationNotification, samples.data, samples.options);
    expect(result.ok).toBe(true);
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.path, d.message])).toEqual([
      [
        'channel-unsupported',
        'warning',
        '/content/1',
        'Genesys DMS structured messages have no location item (the on-premises format documents none); it is not sent, and WhatsApp refuses a template with a LOCATION header sent without it (error 132000)',
      ],
      [
        'channel-unsupported',
        'warning',
        '/content/3',
        'The Genesys WhatsApp connector has no copy-code button (its guide documents quick-reply, URL and phone-number buttons); it is not sent',
      ],
    ]);
    expect(result.output).toEqual({
      contentType: 'notification',
      content: [
        {
          index: 2,
          type: 'notification',
          id: 'acme@pickup_ready',
          language: 'en_US',
          text: 'Hi John, your order is ready at the store above.',
          parameters: [{ name: 'Name', index: 1, value: 'John' }],
        },
        { index: 3, type: 'quick-reply', text: 'On my way', payload: 'coming' },
      ],
    });
  });

  it('reports a location item wherever it stands in a notification (after the body it is no header either)', () => {
    const [body, location] = samples.locationNotification.content;
    const result = renderStandardResponse({ contentType: 'notification', content: [body, { ...location, index: 5 }] }, samples.data);
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.path])).toEqual([['channel-unsupported', 'warning', '/content/1']]);
    expect((result.output as { content: unknown[] }).content).toHaveLength(1);
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
