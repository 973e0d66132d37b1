// The DMS InviteToChat example end to end: the seed's notification standard response rendered with
// the seed's Contact and CustomProperties data, given as JSON render data and as the verbatim DMS log.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { inviteToChatToRenderData, parseInviteToChat } from '@fieldcode/content';
// Every payload these tests produce is checked against the vendor's model.
import { renderStandardResponse } from '../conformance/vendor-models.js';

const fixture = (name: string): string => readFileSync(fileURLToPath(new URL(`../fixtures/seed/${name}`, import.meta.url)), 'utf8');
const standardResponse = JSON.parse(fixture('bill-reminder.json'));
const jsonData = JSON.parse(fixture('render-data.json'));
const logText = fixture('invite-to-chat.log');

const BODY = 'Hello John Smith,\nYour bill of $129.99 * is due on *March 7 / 2020 3:00 PM*.';
const IMAGE_URL = 'genesys://ucs/document/0009SaF2PQ3A00HY?file-name=Hulibut-png-192k.png';
const options = { now: '2020-03-05T12:12:13.139Z', to: '+15556667777' };

function dataFromLog() {
  const { request } = parseInviteToChat(logText);
  return inviteToChatToRenderData(request!);
}

describe.each([
  ['JSON render data', () => jsonData],
  ['the verbatim DMS log', dataFromLog],
])('seed bill reminder rendered with %s', (_label, data) => {
  it('genesys: image first, body, footer, quick replies', () => {
    const result = renderStandardResponse(standardResponse, data(), { ...options, channel: 'genesys' });
    expect(result.ok).toBe(true);
    expect(result.output).toEqual({
      contentType: 'notification',
      content: [
        { index: 1, type: 'image', url: IMAGE_URL, name: 'Hulibut-png-192k.png', mime: 'image/png' },
        {
          index: 2,
          type: 'notification',
          language: 'en_US',
          id: '96729df3_ba05_1452_ebe8_cabe48762a81@appointment_new_1',
          text: BODY,
          parameters: [
            { name: 'Customer Name', index: '1', value: 'John Smith' },
            { name: 'Amount', index: '2', value: '$129.99 *' },
            { name: 'Due Date', index: '3', value: 'March 7 / 2020 3:00 PM' },
          ],
        },
        { index: 3, type: 'text', text: 'Your next bill reminder.' },
        { index: 4, type: 'quick-reply', text: 'Got It' },
        { index: 5, type: 'quick-reply', text: 'Wrong Addressee' },
      ],
    });
    // The seed writes its field codes <${ … }>: accepted, rendered, and reported as non-canonical.
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.path, d.range.start.offset, d.range.end.offset])).toEqual([
      ['non-canonical-delimiter', 'warning', '/content/0/parameters/0/value', 0, 24],
      ['non-canonical-delimiter', 'warning', '/content/0/parameters/0/value', 25, 48],
      ['non-canonical-delimiter', 'warning', '/content/0/parameters/1/value', 0, 30],
      ['non-canonical-delimiter', 'warning', '/content/0/parameters/2/value', 0, 22],
      ['non-canonical-delimiter', 'warning', '/content/0/parameters/2/value', 23, 45],
    ]);
  });

  it('whatsapp-cloud: template with image header, three body parameters and two quick-reply payloads', () => {
    const result = renderStandardResponse(standardResponse, data(), { ...options, channel: 'whatsapp-cloud' });
    expect(result.output).toEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: '+15556667777',
      type: 'template',
      template: {
        name: 'appointment_new_1',
        language: { code: 'en_US' },
        components: [
          { type: 'header', parameters: [{ type: 'image', image: { link: IMAGE_URL } }] },
          {
            type: 'body',
            parameters: [
              { type: 'text', text: 'John Smith' },
              { type: 'text', text: '$129.99 *' },
              { type: 'text', text: 'March 7 / 2020 3:00 PM' },
            ],
          },
          { type: 'button', sub_type: 'quick_reply', index: '0', parameters: [{ type: 'payload', payload: 'Got It' }] },
          { type: 'button', sub_type: 'quick_reply', index: '1', parameters: [{ type: 'payload', payload: 'Wrong Addressee' }] },
        ],
      },
    });
    // The payload cannot be sent as it is: Meta cannot fetch the UCS document. (The seed's +1 555
    // number has the E.164 shape the render checks; full validation, which refuses it, is the
    // bulk pre-check's: normalizeWhatsAppNumber.)
    expect(result.ok).toBe(false);
    expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.code, d.path])).toEqual([
      ['channel-media-link', '/content/1/url'],
    ]);
  });

  it('open-messaging: notification template with media header, body parameters, footer and quick-reply buttons', () => {
    const result = renderStandardResponse(standardResponse, data(), { ...options, channel: 'open-messaging' });
    expect(result.output).toEqual({
      channel: { platform: 'Open', type: 'Private', to: { id: '+15556667777' }, time: '2020-03-05T12:12:13.139Z' },
      type: 'Structured',
      content: [
        {
          contentType: 'Notification',
          template: {
            id: '96729df3_ba05_1452_ebe8_cabe48762a81@appointment_new_1',
            language: 'en_US',
            header: { type: 'Media', media: { mediaType: 'Image', url: IMAGE_URL, mime: 'image/png', filename: 'Hulibut-png-192k.png' } },
            body: {
              text: BODY,
              parameters: [
                { name: 'Customer Name', text: 'John Smith' },
                { name: 'Amount', text: '$129.99 *' },
                { name: 'Due Date', text: 'March 7 / 2020 3:00 PM' },
              ],
            },
            footer: { text: 'Your next bill reminder.' },
            buttons: [
              { type: 'QuickReply', index: 0, text: 'Got It', payload: 'Got It' },
              { type: 'QuickReply', index: 1, text: 'Wrong Addressee', payload: 'Wrong Addressee' },
            ],
          },
        },
      ],
      direction: 'Outbound',
    });
  });

  it('text: image line, body, footer, buttons', () => {
    const result = renderStandardResponse(standardResponse, data(), { ...options, channel: 'text' });
    expect(result.output).toBe(`[Image: Hulibut-png-192k.png]\n\n${BODY}\n\nYour next bill reminder.\n\n[Got It] [Wrong Addressee]`);
  });

  it('strict rendering succeeds: every field code has a value', () => {
    const result = renderStandardResponse(standardResponse, data(), { ...options, strict: true });
    expect(result.ok).toBe(true);
  });
});

describe('seed InviteToChat log', () => {
  it('parses into the request the seed shows and maps Contact and CustomProperties to render data', () => {
    const { request, format } = parseInviteToChat(logText);
    expect(format).toBe('dms-log');
    expect(request?.Parameters.StandardResponseId).toBe('000G9aF2PQ3A000K');
    expect(inviteToChatToRenderData(request!)).toEqual(jsonData);
  });

  it('renders the body from the log text through the public API', () => {
    const { request } = parseInviteToChat(logText);
    const result = renderStandardResponse(standardResponse, inviteToChatToRenderData(request!));
    const body = (result.output as { content: Array<{ type: string; text?: string }> }).content.find(
      (item) => item.type === 'notification',
    );
    expect(body?.text).toBe(BODY);
  });

  it('strict rendering without the CustomProperties fails with positioned missing-value errors', () => {
    const result = renderStandardResponse(standardResponse, { Contact: jsonData.Contact }, { strict: true });
    expect(result.ok).toBe(false);
    expect(
      result.diagnostics
        .filter((d) => d.code === 'missing-value')
        .map((d) => [d.severity, d.path, d.range.start.offset, d.range.end.offset]),
    ).toEqual([
      ['error', '/content/0/parameters/2/value', 4, 19],
      ['error', '/content/0/parameters/2/value', 27, 42],
    ]);
  });
});
