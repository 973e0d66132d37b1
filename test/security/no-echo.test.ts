/**
 * Diagnostics never echo data values or the bytes of files that are not the project's own: a
 * secrets file given as --data, --esp, --config or dataSchema is named by its path and position
 * only; a time zone, an attached-data key or a customer number taken from data is named by its
 * path, never quoted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '@fieldcode/cli';
import { render } from '@fieldcode/language';
import { parseInviteToChat } from '@fieldcode/content';

const secret = 'hunter2';
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'fieldcode-echo-'));
  writeFileSync(join(dir, 'secrets.env'), `SECRET=${secret}\n`);
  writeFileSync(join(dir, 'secret.json'), `{"token": "${secret}" "more": 1}`);
  writeFileSync(join(dir, 'a.json'), '{"plainText":"Hi <$ Contact.FirstName $>"}');
  writeFileSync(join(dir, 'schema.config.json'), '{"dataSchema":"secrets.env"}');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, {
    stdout: { write: (text: string) => out.push(text) },
    stderr: { write: (text: string) => err.push(text) },
    cwd: dir,
    env: {},
  });
  return { code, out: out.join(''), err: err.join('') };
}

describe('files that are not the project’s own are named, never quoted', () => {
  it.each([
    [['render', 'a.json', '--data', 'secrets.env'], 1, 'secrets.env:1:1 error Unexpected character [json-syntax]\n'],
    [['render', 'a.json', '--data', 'secret.json'], 1, "secret.json:1:21 error Expected ',' but found a string [json-syntax]\n"],
    [['render', 'a.json', '--esp', 'secret.json'], 1, "secret.json:1:21 error Expected ',' but found a string [json-syntax]\n"],
    [
      ['lint', '--config', 'secrets.env', 'a.json'],
      2,
      'fieldcode: invalid config secrets.env (1 error)\nsecrets.env:1:1 error Unexpected character [json-syntax]\n',
    ],
    [
      ['lint', '--config', 'schema.config.json', 'a.json'],
      2,
      'fieldcode: invalid dataSchema secrets.env: not JSON\nsecrets.env:1:1 error Unexpected character [json-syntax]\n',
    ],
  ])('%j', async (args, code, err) => {
    const result = await cli(...args);
    expect(result).toEqual({ code, out: '', err });
    expect(result.err).not.toContain(secret);
  });

  it('a CSV syntax error in a contacts file is worded without quoting the file', async () => {
    writeFileSync(join(dir, 'contacts.csv'), `Contact.FirstName\nAnn\nx"${secret}"\n`);
    const result = await cli('render', 'a.json', '--bulk', 'contacts.csv', '--workers', '0');
    expect(result.code).toBe(1);
    expect(result.err).toContain(
      'contacts.csv:3: error a quote inside an unquoted field (quote the whole field and double inner quotes: "a ""b"" c") [csv-syntax]\n',
    );
    expect(result.err).not.toContain(secret);
  });

  it('the project’s own files keep the quoted token (the lint shows their text anyway)', async () => {
    writeFileSync(join(dir, 'own.json'), '{"plainText": "a" "b": 1}');
    expect((await cli('render', 'own.json')).err).toBe("own.json:1:19 error Expected ',' but found '\"b\"' [json-syntax]\n");
  });
});

describe('values from data are named by their path', () => {
  it('an unknown time zone in Interaction.TimeZone', () => {
    const result = render('<$ Now() : "HH" $>', { Interaction: { TimeZone: `${secret}/Zone` } }, { now: '2026-01-01T10:00:00Z' });
    expect(result).toEqual({
      output: '10',
      diagnostics: [
        expect.objectContaining({ code: 'invalid-time-zone', message: 'Unknown time zone in Interaction.TimeZone; UTC is used.' }),
      ],
    });
  });

  it('a computed AttachedData key, missing or reserved', () => {
    const template = '<$ Interaction.AttachedData(Contact.Key) $>';
    const missing = render(template, { Contact: { Key: secret }, Interaction: { AttachedData: {} } });
    expect(missing.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['missing-value', 'Missing value: AttachedData(computed key) renders as empty text.'],
    ]);
    const reserved = render(template, { Contact: { Key: '__proto__' }, Interaction: { AttachedData: {} } });
    expect(reserved.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['denied-name', 'The computed AttachedData key is a reserved name and never resolves to data.'],
    ]);
  });

  it('ESP request values: the customer number and other parameter values are never quoted', () => {
    const request = JSON.stringify({
      Service: 'ChatService-' + secret,
      Method: 'InviteToChat',
      AppName: 'DMS',
      Parameters: {
        _umsClientId: '15556667777',
        _umsBusinessId: '12223334444',
        _umsChannel: 'whatsapp',
        ChatQueueKey: secret,
        TerminateSessionFlag: 'True',
        Contact: secret,
      },
    });
    const messages = parseInviteToChat(request).diagnostics.map((d) => d.message);
    expect(messages).toEqual([
      'Service must be "ChatService" for InviteToChat (this request gives another value)',
      'Contact must be a KVList (object), found a string',
      'ChatQueueKey must be <tenant-id>:<Chat Server endpoint name> (e.g. 1:session-WA-sendSR)',
      'TerminateSessionFlag must be "true" or "false" (write it in lowercase: "true")',
      "_umsClientId may not be reachable on WhatsApp: no + sign, so the registered number's country code +1 was prefixed: the number is not a valid number for calling code +1",
    ]);
    for (const message of messages) expect(message).not.toMatch(/hunter2|5556667777/u);
  });
});
