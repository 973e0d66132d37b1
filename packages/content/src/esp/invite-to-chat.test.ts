import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parseInviteToChat } from './invite-to-chat.js';
import { validateInviteToChat } from './validate.js';
import { inviteToChatToRenderData } from './render-data.js';

// The DMS log of the seed's InviteToChat example, verbatim.
const SEED_LOG = `12:12:13.139 Std 50003 Request received:
'Request3rdServer' (500) attributes:
ReferenceId [int] = 9
UserData [bstr] = [output suppressed]
Request [bstr] = KVList:
  'Version' [str] = "1.0"
  'AppName' [str] = "DMS_91"
  'Service' [str] = "ChatService"
  'Method' [str] = "InviteToChat"
  'Parameters' [lst] = KVList:
    '_umsChannel' [str] = "channel-whatsapp-REAL"
    '_umsBusinessId' [str] = "12223334444"
    '_umsClientId' [str] = "15556667777"
    'StandardResponseId' [str] = "000G9aF2PQ3A000K"
    'TerminateSessionFlag' [str] = "false"
    'Contact' [lst] = KVList:
      'FirstName' [str] = "John"
      'LastName' [str] = "Smith"
      'MyFC_BillAmount' [str] = "$129.99"
      'MyFC_Date' [str] = "March 5 / 2020"
    'CustomProperties' [lst] = KVList:
      'OtherProperty' [lst] = KVList:
        'Name' [str] = "CustomProp_Date"
        'Value' [str] = "March 7 / 2020"
      'OtherProperty' [lst] = KVList:
        'Name' [str] = "CustomProp_Time"
        'Value' [str] = "3:00 PM"
`;

const SEED_REQUEST = {
  Version: '1.0',
  AppName: 'DMS_91',
  Service: 'ChatService',
  Method: 'InviteToChat',
  Parameters: {
    _umsChannel: 'channel-whatsapp-REAL',
    _umsBusinessId: '12223334444',
    _umsClientId: '15556667777',
    StandardResponseId: '000G9aF2PQ3A000K',
    TerminateSessionFlag: 'false',
    Contact: { FirstName: 'John', LastName: 'Smith', MyFC_BillAmount: '$129.99', MyFC_Date: 'March 5 / 2020' },
    CustomProperties: {
      OtherProperty: [
        { Name: 'CustomProp_Date', Value: 'March 7 / 2020' },
        { Name: 'CustomProp_Time', Value: '3:00 PM' },
      ],
    },
  },
};

describe('parseInviteToChat — DMS log', () => {
  it('reads the seed log verbatim, keeping repeated OtherProperty entries', () => {
    const result = parseInviteToChat(SEED_LOG);
    expect(result.format).toBe('dms-log');
    expect(result.request).toEqual(SEED_REQUEST);
  });

  it('warns that the seed client number without + becomes +115556667777 (seed 002 rule), positioned on the key', () => {
    const { diagnostics } = parseInviteToChat(SEED_LOG);
    expect(diagnostics).toEqual([
      {
        code: 'esp-client-number',
        severity: 'warning',
        path: '/Parameters/_umsClientId',
        message:
          "_umsClientId may not be reachable on WhatsApp: no + sign, so the registered number's country code +1 was prefixed: the number is not a valid number for calling code +1",
        range: { start: { offset: 415, line: 13, column: 6 }, end: { offset: 427, line: 13, column: 18 } },
      },
    ]);
  });

  it('maps the seed request to render data', () => {
    const { request } = parseInviteToChat(SEED_LOG);
    expect(inviteToChatToRenderData(request!)).toEqual({
      Contact: { FirstName: 'John', LastName: 'Smith', MyFC_BillAmount: '$129.99', MyFC_Date: 'March 5 / 2020' },
      Variables: { CustomProp_Date: 'March 7 / 2020', CustomProp_Time: '3:00 PM' },
    });
  });

  it('accepts a bare parameter dump', () => {
    const { request, diagnostics } = parseInviteToChat(
      '\'_umsClientId\' [str] = "+16315551002"\n\'_umsBusinessId\' [str] = "+919876543210"',
    );
    expect(diagnostics).toEqual([]);
    expect(request).toEqual({ Parameters: { _umsClientId: '+16315551002', _umsBusinessId: '+919876543210' } });
  });

  it('reports text without any request', () => {
    expect(parseInviteToChat('hello world')).toEqual({
      request: null,
      format: 'dms-log',
      diagnostics: [
        {
          code: 'esp-no-request',
          severity: 'error',
          message: 'No InviteToChat request found: expected a "Request [bstr] = KVList:" block or \'Key\' [type] = value lines',
          range: { start: { offset: 0, line: 1, column: 1 }, end: { offset: 0, line: 1, column: 1 } },
        },
      ],
    });
  });

  it('positions a malformed line of a pasted log', () => {
    const broken = SEED_LOG.replace('\'Method\' [str] = "InviteToChat"', '\'Method\' [str] "InviteToChat"');
    const { diagnostics, request } = parseInviteToChat(broken);
    expect(diagnostics[0]).toEqual({
      code: 'kvlist-syntax',
      severity: 'error',
      message: "Malformed KVList line: expected 'Key' [type] = value",
      range: { start: { offset: 254, line: 9, column: 3 }, end: { offset: 283, line: 9, column: 32 } },
    });
    expect(request?.Method).toBeUndefined();
  });
});

describe('parseInviteToChat — JSON', () => {
  it('reads the parameters form', () => {
    const text = JSON.stringify({
      _umsClientId: '+16315551002',
      _umsBusinessId: '+919876543210',
      Contact: { FirstName: 'John' },
      CustomProperties: { CustomProp_Date: 'March 7 / 2020' },
      Language: 'en',
    });
    const { request, diagnostics, format } = parseInviteToChat(text);
    expect(format).toBe('json');
    expect(diagnostics).toEqual([]);
    expect(inviteToChatToRenderData(request!)).toEqual({
      Contact: { FirstName: 'John' },
      Variables: { CustomProp_Date: 'March 7 / 2020' },
      Interaction: { AttachedData: { Language: 'en' } },
    });
  });

  it('reads the full request form', () => {
    const { request, diagnostics } = parseInviteToChat(JSON.stringify(SEED_REQUEST, null, 2));
    expect(request).toEqual(SEED_REQUEST);
    expect(diagnostics.map((d) => [d.code, d.path, d.range.start.line, d.range.start.column])).toEqual([
      ['esp-client-number', '/Parameters/_umsClientId', 9, 5],
    ]);
  });

  it('positions JSON syntax errors, worded as the lint words them', () => {
    expect(parseInviteToChat('{ "_umsClientId": "1",\n  "x": }').diagnostics).toEqual([
      {
        code: 'json-syntax',
        severity: 'error',
        message: "Expected a value but found '}'",
        range: { start: { offset: 30, line: 2, column: 8 }, end: { offset: 31, line: 2, column: 9 } },
      },
    ]);
  });

  it('refuses absurdly deep JSON with a positioned json-syntax error, not a stack overflow', () => {
    const deep = '{"a":'.repeat(50_000) + '1' + '}'.repeat(50_000);
    expect(parseInviteToChat(deep).diagnostics.map((d) => [d.code, d.range.start.column])).toEqual([['json-syntax', 1001]]);
  });

  it('validates mandatory parameters, ChatQueueKey, TerminateSessionFlag and types, with positions', () => {
    const text =
      '{\n"Service": "ChatService", "Method": "Invite",\n"Parameters": {\n"_umsBusinessId": "",\n"ChatQueueKey": "session-WA",\n"TerminateSessionFlag": "True",\n"Contact": "John"\n}\n}';
    const { diagnostics } = parseInviteToChat(text, { channelCount: 2 });
    expect(diagnostics.map((d) => [d.code, d.severity, d.path, d.message, d.range.start.line, d.range.start.column])).toEqual([
      ['esp-service-method', 'error', '/Method', 'Method must be "InviteToChat" (this request gives another value)', 2, 27],
      [
        'esp-app',
        'warning',
        '/AppName',
        'The request names neither AppName nor AppType (171 for DMS): the ESP object needs one of them to reach DMS',
        2,
        1,
      ],
      ['esp-parameter-type', 'error', '/Parameters/Contact', 'Contact must be a KVList (object), found a string', 7, 1],
      ['esp-missing-parameter', 'error', '/Parameters/_umsClientId', '_umsClientId is mandatory', 3, 1],
      ['esp-missing-parameter', 'error', '/Parameters/_umsBusinessId', '_umsBusinessId is mandatory', 4, 1],
      ['esp-missing-parameter', 'error', '/Parameters/_umsChannel', '_umsChannel is mandatory when 2 channels are configured', 3, 1],
      [
        'esp-chat-queue-key',
        'error',
        '/Parameters/ChatQueueKey',
        'ChatQueueKey must be <tenant-id>:<Chat Server endpoint name> (e.g. 1:session-WA-sendSR)',
        5,
        1,
      ],
      [
        'esp-terminate-session-flag',
        'error',
        '/Parameters/TerminateSessionFlag',
        'TerminateSessionFlag must be "true" or "false" (write it in lowercase: "true")',
        6,
        1,
      ],
    ]);
  });

  it('never reads prototype keys from the request', () => {
    const { request } = parseInviteToChat(
      '{ "_umsClientId": "a", "_umsBusinessId": "b", "__proto__": { "polluted": 1 }, "Contact": { "constructor": "x" } }',
      { media: 'other' },
    );
    const data = inviteToChatToRenderData(request!);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(data.Contact).toEqual({ constructor: 'x' });
    expect(Object.getPrototypeOf(data.Interaction!.AttachedData)).toBe(Object.prototype);
    expect(Object.keys(data.Interaction!.AttachedData as object)).toEqual(['__proto__']);
  });
});

describe('validateInviteToChat', () => {
  it('accepts a valid WhatsApp request', () => {
    expect(
      validateInviteToChat(
        {
          Parameters: {
            _umsChannel: 'wa',
            _umsClientId: '+16315551002',
            _umsBusinessId: '+919876543210',
            ChatQueueKey: '1:session-WA-sendSR',
            TerminateSessionFlag: 'true',
          },
        },
        { media: 'whatsapp', channelCount: 2 },
      ),
    ).toEqual([]);
  });
  it('skips the phone check for other media', () => {
    expect(
      validateInviteToChat(
        { Parameters: { _umsChannel: 'channel-whatsapp', _umsClientId: 'conversation-1', _umsBusinessId: 'b' } },
        { media: 'apple-messages' },
      ),
    ).toEqual([]);
  });
});

describe('parseInviteToChat — robustness', () => {
  // The public function turns an exception into an `esp-internal` diagnostic, so "returns a result"
  // proves nothing: the properties fail on that code, which only an internal throw makes.
  const internal = (text: string) => parseInviteToChat(text).diagnostics.filter((d) => d.code === 'esp-internal');

  it('reads arbitrary text without an internal error', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        expect(internal(text)).toEqual([]);
      }),
    );
  });
  it('reads arbitrary log-like lines without an internal error', () => {
    const line = fc
      .tuple(
        fc.constantFrom('', '  ', '    ', '\t'),
        fc.constantFrom("'K'", 'K', "'", '[', ''),
        fc.constantFrom(' [str]', ' [int]', ' [lst]', ' [bstr]', '', ' ['),
        fc.constantFrom(' = ', ' =', ''),
        fc.constantFrom('"v"', '"', 'KVList:', '12', 'x', ''),
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
        expect(internal(`Request [bstr] = KVList:\n${lines.join('\n')}`)).toEqual([]);
      }),
    );
  });
  it('reads arbitrary JSON values without an internal error', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(internal(JSON.stringify({ Parameters: value }))).toEqual([]);
      }),
    );
  });
  it('positions the diagnostics of malformed log lines exactly', () => {
    const source = "Request [bstr] = KVList:\n  'K' [str] = \"v";
    const [syntax] = parseInviteToChat(source).diagnostics;
    expect(syntax).toEqual({
      code: 'kvlist-syntax',
      severity: 'error',
      message: 'Unterminated string value: missing closing "',
      range: { start: { offset: 39, line: 2, column: 15 }, end: { offset: 41, line: 2, column: 17 } },
    });
    expect(source.slice(39, 41)).toBe('"v');
  });
});
