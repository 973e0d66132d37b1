// The example library's bill reminder (envelope form) with the example InviteToChat request,
// as JSON and as the DMS log: the same rendering as the seed fixtures.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { inviteToChatToRenderData, parseInviteToChat } from '@fieldcode/content';
// Every payload these tests produce is checked against the vendor's model.
import { renderStandardResponse } from '../conformance/vendor-models.js';

const example = (name: string): string => readFileSync(fileURLToPath(new URL(`../../examples/${name}`, import.meta.url)), 'utf8');
const BODY = 'Hello John Smith,\nYour bill of $129.99 * is due on *March 7 / 2020 3:00 PM*.';

describe.each([
  ['data/seed-invite-to-chat.log', 'dms-log'],
  ['data/seed-invite-to-chat.json', 'json'],
])('examples/bill-reminder.json with examples/%s', (file, format) => {
  const parsed = parseInviteToChat(example(file));
  const data = inviteToChatToRenderData(parsed.request!);
  const envelope = JSON.parse(example('bill-reminder.json'));

  it('parses the request (only the client-number warning)', () => {
    expect(parsed.format).toBe(format);
    expect(parsed.diagnostics.map((d) => [d.code, d.severity, d.path])).toEqual([
      ['esp-client-number', 'warning', '/Parameters/_umsClientId'],
    ]);
  });

  it('renders the structured body with paths under /structured', () => {
    const result = renderStandardResponse(envelope, data, { channel: 'open-messaging', now: '2020-03-05T12:12:13.139Z' });
    expect(result.ok).toBe(true);
    const content = (result.output as { content: Array<{ contentType: string; template?: { body: { text: string } } }> }).content;
    expect(content.map((item) => item.contentType)).toEqual(['Notification']);
    expect(content[0]!.template!.body.text).toBe(BODY);
  });

  it('the text channel uses the envelope plainText', () => {
    expect(renderStandardResponse(envelope, data, { channel: 'text' }).output).toBe(
      'Hello John Smith,\nYour bill of $129.99 is due on March 7 / 2020 3:00 PM.',
    );
  });
});
