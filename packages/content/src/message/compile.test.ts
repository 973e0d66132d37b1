import { describe, expect, it } from 'vitest';
import { compileStandardResponse } from './compile.js';
import { renderStandardResponse } from '../render/engine.js';

const billReminder = {
  structured: {
    contentType: 'notification',
    content: [
      {
        index: 2,
        type: 'notification',
        language: 'en_US',
        id: 'ns@bill',
        text: 'Hello {{1}}, pay {{2}}.',
        parameters: [
          { name: 'Amount', index: '2', value: '<$ Contact.Amount $>' },
          { name: 'Name', index: '1', value: '<$ Contact.FirstName $>' },
        ],
      },
      { index: 1, type: 'image', url: 'https://example.com/a.png', mime: 'image/png' },
      { index: 4, type: 'quick-reply', text: 'Got It' },
      { index: 3, type: 'text', text: 'Footer text' },
    ],
  },
};

describe('compileStandardResponse — the model', () => {
  it('splits a notification into typed parts in index order, each with its JSON pointer', () => {
    const { response, diagnostics } = compileStandardResponse(billReminder);
    expect(diagnostics).toEqual([]);
    const model = response!.model;
    expect(model.contentType).toBe('notification');
    expect(model.template).toEqual({ pointer: '/structured/content/0', id: 'ns@bill', language: 'en_US' });
    expect(model.header?.pointer).toBe('/structured/content/1');
    expect(model.header?.media).toMatchObject({ type: 'image', mime: 'image/png', pointer: '/structured/content/1' });
    expect(model.body?.text?.pointer).toBe('/structured/content/0/text');
    expect(model.body?.parameters.map((p) => [p.n, p.name, p.pointer])).toEqual([
      [1, 'Name', '/structured/content/0/parameters/1'],
      [2, 'Amount', '/structured/content/0/parameters/0'],
    ]);
    expect(model.footer?.text?.source).toBe('Footer text');
    expect(model.buttons.map((b) => [b.type, b.text?.source])).toEqual([['quick-reply', 'Got It']]);
  });

  it('keeps {{n}} as structured placeholders of the literal text, never inside a field code', () => {
    const { response } = compileStandardResponse({
      contentType: 'notification',
      content: [{ type: 'notification', text: 'A {{1}} <$ "{{2}}" $> {{ 3 }}', parameters: [] }],
    });
    const text = response!.model.body!.text!;
    expect(text.placeholders).toEqual([
      { key: '1', n: 1, named: false, start: 2, end: 7, wellFormed: true, canonical: true },
      { key: '3', n: 3, named: false, start: 22, end: 29, wellFormed: true, canonical: false },
    ]);
    expect(text.segments.map((s) => s.kind)).toEqual(['literal', 'placeholder', 'template', 'placeholder']);
  });

  it('gives every text its source span in the file text, through JSON escapes', () => {
    const file = '{"contentType":"text","text":"a\\n<$ Contact.X $>"}';
    const { response } = compileStandardResponse(file);
    const text = response!.model.body!.text!;
    expect(text.pointer).toBe('/text');
    expect(text.span).toEqual({ start: 30, end: 48 });
    expect(file.slice(text.span!.start, text.span!.end)).toBe('a\\n<$ Contact.X $>');
    expect(text.fileOffset(2)).toBe(33);
  });

  it('reports JSON syntax errors and unusable values instead of a response', () => {
    expect(compileStandardResponse('{"contentType":').diagnostics.map((d) => d.code)).toEqual(['json-syntax']);
    expect(compileStandardResponse(42).diagnostics.map((d) => d.code)).toEqual(['render-input']);
    expect(compileStandardResponse({ name: 'x' }).diagnostics.map((d) => d.message)).toEqual([
      'The envelope has neither "structured" nor "plainText"',
    ]);
  });

  it('reads field-code text for kind text and .txt paths', () => {
    const { response } = compileStandardResponse('Hi <$ Contact.FirstName $>', { filePath: 'a/b.txt' });
    expect(response!.model.contentType).toBe('text');
    expect(response!.render({ Contact: { FirstName: 'Ann' } }, { channel: 'text' }).output).toBe('Hi Ann');
  });
});

describe('compiled response — render', () => {
  it('renders many contacts from one compile, with the same results as renderStandardResponse', () => {
    const { response } = compileStandardResponse(billReminder);
    for (const name of ['Ann', 'Bob']) {
      const data = { Contact: { FirstName: name, Amount: '$5' } };
      const once = response!.render(data, { channel: 'whatsapp-cloud', to: '+1' });
      expect(once).toEqual(renderStandardResponse(billReminder, data, { channel: 'whatsapp-cloud', to: '+1' }));
      expect(once.output).toMatchObject({
        template: {
          components: [
            { type: 'header' },
            {
              type: 'body',
              parameters: [
                { type: 'text', text: name },
                { type: 'text', text: '$5' },
              ],
            },
            { type: 'button' },
          ],
        },
      });
    }
  });

  it('does not read placeholders from the data, whatever characters the data holds', () => {
    // The previous renderer swapped placeholders for private-use markers; data holding those characters was read as a placeholder.
    const marker = '\uE0001\uE001\uE001\uE002';
    const sr = {
      contentType: 'notification',
      content: [{ type: 'notification', text: 'A {{1}} <$ Contact.X $>', parameters: [{ index: 1, value: 'one' }] }],
    };
    const result = renderStandardResponse(sr, { Contact: { X: `${marker} {{1}}` } });
    expect((result.output as { content: Array<{ text: string }> }).content[0]!.text).toBe(`A one ${marker} {{1}}`);
    expect(result.diagnostics).toEqual([]);
  });

  it('re-checks limits with the same fallbacks as the lint: an apple-messages quick-replies body of 201 characters is an error', () => {
    const sr = {
      contentType: 'quick-replies',
      text: 'x'.repeat(201),
      content: [
        { type: 'quick-reply', text: 'A' },
        { type: 'quick-reply', text: 'B' },
      ],
    };
    const result = renderStandardResponse(sr, {}, { profile: 'apple-messages' });
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => [d.code, d.path, d.message])).toEqual([
      ['body-length', '/text', 'Body is 201 characters after rendering; the apple-messages limit is 200'],
    ]);
  });

  it('treats "-1" and "1.5" as no index: such an item goes after the indexed ones (here: the footer)', () => {
    const sr = {
      contentType: 'notification',
      content: [
        { index: '-1', type: 'text', text: 'x'.repeat(61) },
        { index: 1, type: 'notification', text: 'Body' },
        { index: '1.5', type: 'quick-reply', text: 'Yes' },
      ],
    };
    const { response } = compileStandardResponse(sr);
    expect(response!.model.header).toBeUndefined();
    expect(response!.model.footer?.pointer).toBe('/content/0');
    expect(response!.render({}).diagnostics.map((d) => [d.code, d.path])).toEqual([['footer-length', '/content/0/text']]);
  });

  it('shares the parts that do not depend on the data between renders, frozen', () => {
    const { response } = compileStandardResponse(billReminder);
    const a = response!.render({ Contact: { FirstName: 'A', Amount: '1' } }).output as { content: unknown[] };
    const b = response!.render({ Contact: { FirstName: 'B', Amount: '2' } }).output as { content: unknown[] };
    expect(a.content[0]).toBe(b.content[0]);
    expect(Object.isFrozen(a.content[0])).toBe(true);
    expect(a.content[1]).not.toBe(b.content[1]);
  });
});

describe('lint and render read the same model', () => {
  it('an item with "index": "-1" is the footer for both (the lint called it a header, the renderer a footer)', async () => {
    const { lint } = await import('../lint/engine.js');
    const sr = {
      contentType: 'notification',
      content: [
        { index: '-1', type: 'text', text: 'x'.repeat(61) },
        { index: 1, type: 'notification', text: 'Body' },
      ],
    };
    const linted = lint(JSON.stringify(sr))
      .diagnostics.filter((d) => d.code.endsWith('-length'))
      .map((d) => [d.code, d.path]);
    const rendered = renderStandardResponse(sr, {}).diagnostics.map((d) => [d.code, d.path]);
    expect(linted).toEqual([['footer-length', '/content/0/text']]);
    expect(rendered).toEqual(linted);
  });
});

describe('compiled response — work done once', () => {
  const source = {
    contentType: 'notification',
    content: [
      { type: 'image', url: 'genesys://ucs/document/1?file-name=a.png', index: 1 },
      {
        type: 'notification',
        id: 'acme@bill',
        language: 'en_US',
        index: 2,
        text: 'Hello {{1}}',
        parameters: [{ name: 'n', value: '<$ Contact.FirstName $>' }],
      },
      { type: 'quick-reply', text: 'Got It', index: 3 },
    ],
  };

  it('converts a static media header once per channel and profile, shared and frozen, and reports its diagnostic on every render', () => {
    const { response } = compileStandardResponse(source);
    const render = (name: string) =>
      response!.render({ Contact: { FirstName: name } }, { channel: 'whatsapp-cloud', to: '+16315551002', profile: 'whatsapp' });
    const first = render('Ann');
    const second = render('Bob');
    type Template = { template: { components: Array<Record<string, unknown>> } };
    const [header1, body1, button1] = (first.output as Template).template.components;
    const [header2, body2, button2] = (second.output as Template).template.components;
    expect(header2).toBe(header1);
    expect(button2).toBe(button1);
    expect(Object.isFrozen(header1)).toBe(true);
    expect(body1).toEqual({ type: 'body', parameters: [{ type: 'text', text: 'Ann' }] });
    expect(body2).toEqual({ type: 'body', parameters: [{ type: 'text', text: 'Bob' }] });
    const linkError = [
      'channel-media-link',
      'error',
      '/content/0/url',
      'WhatsApp Cloud API cannot fetch this link: upload and use a media id or an https link',
    ];
    for (const result of [first, second]) {
      expect(result.ok).toBe(false);
      expect(result.diagnostics.map((d) => [d.code, d.severity, d.path, d.message])).toEqual([linkError]);
    }
    // Each render owns its diagnostics: editing one changes no later render.
    first.diagnostics[0]!.range.start.offset = 99;
    second.diagnostics[0]!.message = 'edited';
    const third = render('Cy');
    expect(third.diagnostics[0]!.message).toBe(linkError[3]);
    expect(third.diagnostics[0]!.range.start.offset).toBe(0);
    expect(third.diagnostics[0]).not.toBe(second.diagnostics[0]);
  });

  it('an https media link gives no diagnostic, and another profile converts again', () => {
    const https = structuredClone(source);
    https.content[0]!.url = 'https://example.com/a.png';
    const { response } = compileStandardResponse(https);
    const a = response!.render({ Contact: { FirstName: 'Ann' } }, { channel: 'whatsapp-cloud', to: '+16315551002', profile: 'whatsapp' });
    const b = response!.render(
      { Contact: { FirstName: 'Ann' } },
      { channel: 'whatsapp-cloud', to: '+16315551002', profile: 'whatsapp-cloud' },
    );
    expect(a.diagnostics).toEqual([]);
    expect(b.diagnostics).toEqual([]);
    type Template = { template: { components: Array<Record<string, unknown>> } };
    const headerA = (a.output as Template).template.components[0];
    const headerB = (b.output as Template).template.components[0];
    expect(headerB).toEqual(headerA);
    expect(headerB).not.toBe(headerA);
  });
});
