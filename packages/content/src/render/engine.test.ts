import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
// Every payload these tests produce is checked against the vendor's model.
import { renderStandardResponse } from '../../../../test/conformance/vendor-models.js';
import { validateSchema } from '../model/index.js';

const data = { Contact: { FirstName: 'John', LastName: 'Smith' }, Variables: { Code: 'A1' } };

function notification(text: string, parameters: unknown[], extra: unknown[] = []): unknown {
  return { contentType: 'notification', content: [{ type: 'notification', id: 'ns@bill', language: 'en_US', text, parameters }, ...extra] };
}

describe('renderStandardResponse — engine', () => {
  it('sorts items by numeric or string index, unindexed items last in their order', () => {
    const sr = {
      contentType: 'notification',
      content: [
        { type: 'quick-reply', text: 'B' },
        { index: '3', type: 'text', text: 'footer' },
        { index: 1, type: 'notification', id: 'n@x', language: 'en_US', text: 'Body' },
        { type: 'quick-reply', text: 'C' },
        { index: 2, type: 'quick-reply', text: 'A' },
      ],
    };
    const { output } = renderStandardResponse(sr, {});
    expect((output as { content: Array<{ text: string }> }).content.map((item) => item.text)).toEqual(['Body', 'A', 'footer', 'B', 'C']);
  });

  it('renders every string except enumerations, and fills placeholders from parameters sorted by index', () => {
    const sr = notification('Hi {{1}}, code {{2}}.', [
      { name: 'Code <$ Code $>', index: 2, value: '<$ Code $>' },
      { name: 'Name', index: '1', value: '<$ Contact.FirstName $>' },
    ]);
    const { output, diagnostics, ok } = renderStandardResponse(sr, data);
    expect(ok).toBe(true);
    expect(diagnostics).toEqual([]);
    expect(output).toEqual({
      contentType: 'notification',
      content: [
        {
          type: 'notification',
          id: 'ns@bill',
          language: 'en_US',
          text: 'Hi John, code A1.',
          parameters: [
            { name: 'Name', index: '1', value: 'John' },
            { name: 'Code A1', index: 2, value: 'A1' },
          ],
        },
      ],
    });
  });

  it('leaves enumerations untouched even when they look like field codes', () => {
    const sr = { contentType: 'text', text: 'x', content: [{ type: 'document', url: 'https://e.com/<$ Code $>.pdf', mime: '<$ Code $>' }] };
    expect(renderStandardResponse(sr, data).output).toEqual({
      contentType: 'text',
      text: 'x',
      content: [{ type: 'document', url: 'https://e.com/A1.pdf', mime: '<$ Code $>' }],
    });
  });

  it('lenient: a missing value renders empty with a warning carrying the source path and template range', () => {
    const sr = notification('Hi {{1}}.', [{ name: 'n', index: 1, value: 'Dear <$ Contact.Title $>' }]);
    const result = renderStandardResponse(sr, data);
    expect(result.ok).toBe(true);
    expect((result.output as { content: Array<{ text: string }> }).content[0]!.text).toBe('Hi Dear .');
    expect(result.diagnostics).toEqual([
      {
        code: 'missing-value',
        severity: 'warning',
        message: 'Missing value: Contact.Title renders as empty text.',
        path: '/content/0/parameters/0/value',
        range: { start: { offset: 8, line: 1, column: 9 }, end: { offset: 21, line: 1, column: 22 } },
      },
    ]);
  });

  it('strict: a missing value is an error and ok is false', () => {
    const sr = notification('Hi {{1}}.', [{ name: 'n', index: 1, value: '<$ Contact.Title $>' }]);
    const result = renderStandardResponse(sr, data, { strict: true });
    expect(result.ok).toBe(false);
    // WhatsApp rejects the empty parameter the missing value leaves.
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.path])).toEqual([
      ['missing-value', 'error', '/content/0/parameters/0/value'],
      ['parameter-empty', 'error', '/content/0/parameters/0/value'],
    ]);
  });

  it('a placeholder without a parameter renders empty: warning, or error when strict; the range is the placeholder', () => {
    const sr = notification('Hi {{1}} {{2}}.', [{ name: 'n', index: 1, value: 'x' }]);
    const lenient = renderStandardResponse(sr, data);
    expect((lenient.output as { content: Array<{ text: string }> }).content[0]!.text).toBe('Hi x .');
    expect(lenient.diagnostics).toEqual([
      {
        code: 'placeholder-parameter-mismatch',
        severity: 'warning',
        message: '{{2}} has no parameter with index 2; it renders empty',
        path: '/content/0/text',
        range: { start: { offset: 9, line: 1, column: 10 }, end: { offset: 14, line: 1, column: 15 } },
      },
    ]);
    expect(renderStandardResponse(sr, data, { strict: true }).diagnostics[0]!.severity).toBe('error');
  });

  it('re-checks the body length after rendering: 1,100 rendered characters is a body-length error', () => {
    const sr = notification('Dear customer, {{1}}.', [{ name: 'n', index: 1, value: '<$ Long $>' }]);
    const result = renderStandardResponse(sr, { Variables: { Long: 'x'.repeat(1084) } });
    expect((result.output as { content: Array<{ text: string }> }).content[0]!.text).toHaveLength(1100);
    expect(result.ok).toBe(false);
    expect(result.diagnostics).toEqual([
      {
        code: 'body-length',
        severity: 'error',
        message: 'Body is 1100 characters after rendering; the whatsapp limit is 1024',
        path: '/content/0/text',
        range: { start: { offset: 0, line: 1, column: 1 }, end: { offset: 21, line: 1, column: 22 } },
      },
    ]);
  });

  it('counts code points: 1,024 emoji pass although they are 2,048 UTF-16 units', () => {
    const sr = notification('{{1}}', [{ name: 'n', index: 1, value: '<$ Emoji $>' }]);
    expect(renderStandardResponse(sr, { Variables: { Emoji: '😀'.repeat(1024) } }).diagnostics).toEqual([]);
  });

  it('re-checks header, footer and button label lengths', () => {
    const sr = {
      contentType: 'notification',
      content: [
        { type: 'text', text: '<$ H $>' },
        { type: 'notification', id: 'n@x', language: 'en_US', text: 'Body' },
        { type: 'text', text: '<$ F $>' },
        { type: 'quick-reply', text: '<$ B $>' },
      ],
    };
    const result = renderStandardResponse(sr, { Variables: { H: 'h'.repeat(61), F: 'f'.repeat(61), B: 'b'.repeat(21) } });
    expect(result.diagnostics.map((d) => [d.code, d.path, d.message])).toEqual([
      ['header-length', '/content/0/text', 'Header text is 61 characters after rendering; the whatsapp limit is 60'],
      ['footer-length', '/content/2/text', 'Footer is 61 characters after rendering; the whatsapp limit is 60'],
      ['button-label-length', '/content/3/text', 'Button label is 21 characters after rendering; the whatsapp limit is 20'],
    ]);
  });

  it('uses the limits of the profile given in the options (whatsapp-cloud: 25-character template buttons)', () => {
    const sr = notification('Body', [], [{ type: 'quick-reply', text: 'b'.repeat(21) }]);
    expect(renderStandardResponse(sr, {}, { profile: 'whatsapp-cloud' }).diagnostics).toEqual([]);
  });

  it('rejects rendered header, body and button parameter values with a newline, a tab or more than 4 spaces (Meta 132018)', () => {
    const sr = {
      contentType: 'notification',
      content: [
        { type: 'text', text: 'Order {{1}}', parameters: [{ name: 'order', index: 1, value: '<$ A $>' }] },
        {
          type: 'notification',
          id: 'n@x',
          language: 'en_US',
          text: 'Body {{1}}',
          parameters: [{ name: 'body', index: 1, value: '<$ A $>' }],
        },
        { type: 'url-button', text: 'Track', url: 'https://e.com/t/{{1}}', parameters: [{ name: 'id', index: 1, value: '<$ B $>' }] },
        { type: 'url-button', text: 'More', url: 'https://e.com/m/{{1}}', parameters: [{ name: 'more', index: 1, value: '<$ C $>' }] },
      ],
    };
    const result = renderStandardResponse(sr, { Variables: { A: 'line\nbreak', B: 'a\tb', C: 'a     b' } });
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.path, d.message])).toEqual([
      [
        'parameter-whitespace',
        'error',
        '/content/0/parameters/0/value',
        'The rendered value of parameter "order" in the header contains a newline',
      ],
      [
        'parameter-whitespace',
        'error',
        '/content/1/parameters/0/value',
        'The rendered value of parameter "body" in the body contains a newline',
      ],
      [
        'parameter-whitespace',
        'error',
        '/content/2/parameters/0/value',
        'The rendered value of parameter "id" in the button contains a tab',
      ],
      [
        'parameter-whitespace',
        'error',
        '/content/3/parameters/0/value',
        'The rendered value of parameter "more" in the button contains more than 4 consecutive spaces',
      ],
    ]);
    // The URL variable is percent-encoded.
    expect((result.output as { content: Array<{ url?: string }> }).content[2]!.url).toBe('https://e.com/t/a%09b');
  });

  it('renders plain field-code text as a text message', () => {
    expect(renderStandardResponse('Hello <$ Contact.FirstName $>', data)).toEqual({
      output: { contentType: 'text', text: 'Hello John' },
      diagnostics: [],
      ok: true,
    });
    // The genesys payload of plain text is itself a valid structured body (no empty `content`).
    expect(validateSchema('structured-body', renderStandardResponse('Hello <$ Contact.FirstName $>', data).output)).toEqual([]);
  });

  it('rejects an empty rendered parameter value (Meta rejects empty template parameters)', () => {
    const sr = notification('Hi {{1}}, your code is {{2}}.', [
      { name: 'name', index: 1, value: 'Ann' },
      { name: 'code', index: 2, value: '<$ Variables.Code $>' },
    ]);
    const result = renderStandardResponse(sr, { Variables: { Code: '' } });
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.path, d.message])).toEqual([
      [
        'parameter-empty',
        'error',
        '/content/0/parameters/1/value',
        'The rendered value of parameter "code" in the body is empty; WhatsApp rejects empty template parameters',
      ],
    ]);
  });

  it('rejects a {{n}} in a template footer (footers are static)', () => {
    const sr = notification('Body', [], [{ type: 'text', text: 'Ref {{1}}' }]);
    const result = renderStandardResponse(sr, data);
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.path, d.message])).toEqual([
      ['footer-placeholder', 'error', '/content/1/text', 'A template footer cannot hold a variable; {{1}} would be sent as text'],
    ]);
  });

  it('renders an envelope: structured body with paths under /structured, its profile and sample data', () => {
    const envelope = {
      name: 'x',
      profile: 'whatsapp-cloud',
      plainText: 'Hi <$ Contact.FirstName $>',
      structured: notification(
        'Hi {{1}}',
        [{ name: 'n', index: 1, value: '<$ Contact.Missing $>' }],
        [{ type: 'quick-reply', text: 'b'.repeat(22) }],
      ),
      sampleData: { Contact: { FirstName: 'Ann' } },
    };
    const result = renderStandardResponse(envelope, undefined as never);
    expect(result.diagnostics.map((d) => [d.code, d.path])).toEqual([
      ['missing-value', '/structured/content/0/parameters/0/value'],
      ['parameter-empty', '/structured/content/0/parameters/0/value'],
    ]);
    // The plain channel prefers plainText.
    expect(renderStandardResponse(envelope, undefined as never, { channel: 'text' }).output).toBe('Hi Ann');
  });

  it('renders an envelope without structured body from plainText and attachments', () => {
    const envelope = {
      plainText: 'Invoice for <$ Contact.FirstName $>',
      attachments: [{ type: 'document', url: 'https://e.com/i.pdf', name: 'i.pdf', mime: 'application/pdf' }],
    };
    expect(renderStandardResponse(envelope, data).output).toEqual({
      contentType: 'text',
      text: 'Invoice for John',
      content: [{ type: 'document', url: 'https://e.com/i.pdf', name: 'i.pdf', mime: 'application/pdf' }],
    });
  });

  it('reports unusable input, unknown channels, profiles and content types without throwing', () => {
    const start = { offset: 0, line: 1, column: 1 };
    expect(renderStandardResponse(42, data)).toEqual({
      output: null,
      ok: false,
      diagnostics: [
        {
          code: 'render-input',
          severity: 'error',
          message: 'A standard response must be field-code text, a structured body or an envelope',
          path: '',
          range: { start, end: start },
        },
      ],
    });
    expect(renderStandardResponse('x', data, { channel: 'fax' as never }).diagnostics[0]!.message).toBe(
      'Unknown channel "fax"; expected one of genesys, whatsapp-cloud, open-messaging, text',
    );
    expect(renderStandardResponse('x', data, { profile: 'nope' }).diagnostics[0]!.message).toBe('Unknown limit profile "nope"');
    expect(renderStandardResponse({ contentType: 'carousel', content: [] }, data).diagnostics.map((d) => [d.code, d.path])).toEqual([
      ['render-input', '/contentType'],
    ]);
    expect(renderStandardResponse({ name: 'empty' }, data).diagnostics[0]!.message).toBe(
      'The envelope has neither "structured" nor "plainText"',
    );
  });

  it('never reads prototype properties of the data or of the response', () => {
    const sr = JSON.parse(
      '{"contentType":"text","text":"<$ Contact.constructor $>|<$ __proto__ $>","content":[],"__proto__":{"x":"<$ Contact.FirstName $>"}}',
    );
    const result = renderStandardResponse(sr, data);
    expect((result.output as { text: string }).text).toBe('|');
    expect(Object.getPrototypeOf(result.output)).toBe(Object.prototype);
    expect(Object.keys(result.output as object)).toEqual(['contentType', 'text', 'content', '__proto__']);
  });

  // The public function turns an exception into a `render-internal` diagnostic, so "returns a
  // result" proves nothing: the properties fail on that code, which only an internal throw makes.
  it('renders arbitrary JSON input without an internal error', () => {
    const internal = (diagnostics: readonly { code: string }[]) => diagnostics.filter((d) => d.code === 'render-internal');
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom('genesys', 'whatsapp-cloud', 'open-messaging', 'text'), (value, channel) => {
        expect(internal(renderStandardResponse(value, data, { channel: channel as never }).diagnostics)).toEqual([]);
      }),
    );
    fc.assert(
      fc.property(
        fc.constantFrom('notification', 'quick-replies', 'generic', 'single-selection-list', 'reply-buttons', 'text'),
        fc.array(fc.jsonValue(), { maxLength: 5 }),
        fc.jsonValue(),
        (contentType, content, header) => {
          expect(
            internal(renderStandardResponse({ contentType, content, header, text: 'x' }, data, { channel: 'whatsapp-cloud' }).diagnostics),
          ).toEqual([]);
        },
      ),
    );
  });

  it('reports an exception inside rendering as one render-internal diagnostic', () => {
    const thrower = () => {
      throw new Error('boom');
    };
    const hostile = new Proxy(
      {},
      { get: thrower, has: thrower, ownKeys: thrower, getOwnPropertyDescriptor: thrower, getPrototypeOf: thrower },
    );
    expect(renderStandardResponse(hostile, data)).toEqual({
      output: null,
      ok: false,
      diagnostics: [
        {
          code: 'render-internal',
          severity: 'error',
          message: 'Rendering failed: Error: boom',
          range: { start: { offset: 0, line: 1, column: 1 }, end: { offset: 0, line: 1, column: 1 } },
          path: '',
        },
      ],
    });
  });
});

describe('renderStandardResponse — placeholders from data stay text', () => {
  it('fills only the placeholders written in the template, never {{n}} coming from the data', () => {
    const sr = notification('Hi {{1}}, code {{ 2 }}.', [
      { name: 'Name', index: 1, value: '<$ Contact.FirstName $>' },
      { name: 'Code', index: 2, value: 'secret' },
    ]);
    const result = renderStandardResponse(sr, { Contact: { FirstName: '{{2}}' } });
    expect((result.output as { content: Array<{ text: string; parameters: Array<{ value: string }> }> }).content[0]!.text).toBe(
      'Hi {{2}}, code secret.',
    );
    expect(result.diagnostics).toEqual([]);
  });

  it('keeps unfilled template placeholders as {{n}} (a footer is not filled)', () => {
    const sr = notification('Body', [], [{ type: 'text', text: 'See {{1}} <$ Contact.FirstName $>' }]);
    expect((renderStandardResponse(sr, data).output as { content: Array<{ text: string }> }).content[1]!.text).toBe('See {{1}} John');
  });
});

describe('renderStandardResponse — options passed to the language', () => {
  it('passes now, timeZone and locale through', () => {
    const result = renderStandardResponse(
      '<$ Interaction.DateCreated $>|<$ Now() $>|<$ Num("1.234,5") $>',
      { Interaction: { DateCreated: '2026-11-21T09:30:00Z' } },
      { channel: 'text', timeZone: 'Europe/Paris', now: '2026-01-02T03:04:05Z', locale: 'de_DE' },
    );
    expect(result).toEqual({ output: '2026-11-21 10:30:00|2026-01-02 04:04:05|1235', diagnostics: [], ok: true });
  });
});

describe('renderStandardResponse — plain text', () => {
  it('re-checks the text length of a plain-text standard response; the path is the document itself', () => {
    const result = renderStandardResponse('Hi <$ Contact.FirstName $>', { Contact: { FirstName: 'x'.repeat(4094) } }, { channel: 'text' });
    expect(result.ok).toBe(false);
    expect(result.diagnostics).toEqual([
      {
        code: 'body-length',
        severity: 'error',
        message: 'Text message is 4097 characters after rendering; the whatsapp limit is 4096',
        path: '',
        range: { start: { offset: 0, line: 1, column: 1 }, end: { offset: 26, line: 1, column: 27 } },
      },
    ]);
  });

  it("points at an envelope's plainText", () => {
    const result = renderStandardResponse({ plainText: 'Hi\n<$ Contact.FirstName $>' }, { Contact: { FirstName: 'x'.repeat(4094) } });
    expect(result.diagnostics.map((d) => [d.code, d.path, d.range.end.line, d.range.end.column])).toEqual([
      ['body-length', '/plainText', 2, 24],
    ]);
  });
});
