/**
 * A lone UTF-16 surrogate in data placed in a URL button's parameter is sent as U+FFFD with a
 * warning, instead of failing the whole render with a URIError (render-internal).
 */
import { describe, expect, it } from 'vitest';
import { encodeUrlComponent, renderStandardResponse } from '@fieldcode/content';

const response = {
  structured: {
    contentType: 'notification',
    content: [
      {
        index: 1,
        type: 'notification',
        id: 'acme@order',
        language: 'en_US',
        text: 'Order {{1}} shipped.',
        parameters: [{ name: 'Order', index: 1, value: "<$ Interaction.AttachedData('OrderId') $>" }],
      },
      {
        index: 2,
        type: 'url-button',
        text: 'Track',
        url: 'https://example.com/track/{{1}}',
        parameters: [{ name: 'Order', index: 1, value: "<$ Interaction.AttachedData('OrderId') $>" }],
      },
    ],
  },
};
const data = (orderId: string) => ({ Interaction: { AttachedData: { OrderId: orderId } } });
const warning = {
  code: 'url-lone-surrogate',
  severity: 'warning',
  message:
    'A value placed in a URL holds a lone UTF-16 surrogate (broken text in the data); it is sent as the replacement character U+FFFD',
  path: '/structured/content/1/url',
  range: { start: { offset: 26, line: 1, column: 27 }, end: { offset: 31, line: 1, column: 32 } },
};

describe('lone surrogates in URL parameters', () => {
  it('genesys: the URL carries U+FFFD, one warning positioned on the placeholder', () => {
    const result = renderStandardResponse(response, data('a\ud800b'), { channel: 'genesys' });
    expect(result.ok).toBe(true);
    expect(result.diagnostics).toEqual([warning]);
    expect(JSON.stringify(result.output)).toContain('"https://example.com/track/a%EF%BF%BDb"');
  });

  it('whatsapp-cloud: the button parameter carries U+FFFD, still one warning', () => {
    const result = renderStandardResponse(response, data('a\udc00b'), { channel: 'whatsapp-cloud', to: '+16315551002' });
    expect(result.ok).toBe(true);
    expect(result.diagnostics).toEqual([warning]);
    expect(JSON.stringify(result.output)).toContain(
      '{"type":"button","sub_type":"url","index":"0","parameters":[{"type":"text","text":"a%EF%BF%BDb"}]}',
    );
  });

  it('well-formed text is encoded as before, without a warning', () => {
    const result = renderStandardResponse(response, data('a😀b'), { channel: 'genesys' });
    expect(result.diagnostics).toEqual([]);
    expect(JSON.stringify(result.output)).toContain('"https://example.com/track/a%F0%9F%98%80b"');
    expect(encodeUrlComponent('\ud83d\ude00\ud83d')).toEqual({ text: '%F0%9F%98%80%EF%BF%BD', repaired: true });
    expect(encodeUrlComponent('x/y z')).toEqual({ text: 'x%2Fy%20z', repaired: false });
  });
});
