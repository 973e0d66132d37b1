// Template export, the template check (lint with an approved-templates export) and the renderer
// read one compiled message model, so they agree on odd inputs: a text item whose `index` is a
// digit string, parameters without an index or with an unusable one, named parameters written in
// another order than the text, a `{{1}}` inside a field code, items listed out of display order.
// Round trip: what `template export` writes, once approved by Meta, is exactly what the response
// is checked against (no template-drift), and the example of each variable is the value the
// WhatsApp Cloud API payload sends for the sample data.
import { describe, expect, it } from 'vitest';
import {
  compileStandardResponse,
  exportProblemDiagnostics,
  exportTemplates,
  lint,
  positionInJsonText,
  readTemplateExport,
  responseTemplates,
} from '@fieldcode/content';

type Json = Record<string, unknown>;

/** The listing Meta's GET /{WABA-ID}/message_templates returns once the exported bodies are approved. */
function approvedListing(bodies: Json[]): unknown {
  return { data: bodies.map((body, i) => ({ ...body, status: 'APPROVED', id: String(1000 + i) })) };
}

/** Exports a response, approves it and checks the response against it: every template finding. */
function roundTrip(response: Json): { bodies: Json[]; findings: string[] } {
  const exported = exportTemplates(response);
  for (const e of exported) expect(e.problems).toEqual([]);
  const bodies = exported.map((e) => e.body as unknown as Json);
  const { templates, problems } = readTemplateExport(approvedListing(bodies));
  expect(problems).toEqual([]);
  const text = JSON.stringify(response, null, 2);
  const findings = lint(text, { filePath: 'response.json', templates, profile: 'whatsapp-cloud' })
    .diagnostics.filter((d) => d.code.startsWith('template-'))
    .map((d) => `${d.code} ${d.path} ${d.message}`);
  return { bodies, findings };
}

/** The body parameter texts of the Cloud API payload rendered with the sample data. */
function sentBodyParameters(response: Json): string[] {
  const compiled = compileStandardResponse(response).response!;
  const result = compiled.render(null, { channel: 'whatsapp-cloud', to: '+16315551002', profile: 'whatsapp-cloud' });
  const components = ((result.output as Json)['template'] as Json)['components'] as Json[];
  const body = components.find((c) => c['type'] === 'body')!;
  return (body['parameters'] as Json[]).map((p) => String(p['text']));
}

const component = (body: Json, type: string): Json | undefined => (body['components'] as Json[]).find((c) => c['type'] === type);

describe('template export, template check and render agree', () => {
  it('text items with string indexes, listed out of display order', () => {
    const response: Json = {
      category: 'UTILITY',
      structured: {
        contentType: 'notification',
        content: [
          { index: '3', type: 'quick-reply', text: 'Confirm' },
          { index: '2', type: 'text', text: 'Reply STOP to opt out' },
          {
            index: '1',
            type: 'notification',
            id: 'acme@visit_reminder',
            language: 'en_US',
            text: 'Hello {{1}}, your visit is on {{2}}. See you soon.',
            parameters: [
              { index: '2', value: '<$ Variables.Day $>' },
              { index: '1', value: '<$ Contact.FirstName $>' },
            ],
          },
          { index: '0', type: 'text', text: 'Visit reminder' },
        ],
      },
      sampleData: { Contact: { FirstName: 'Maria' }, Variables: { Day: 'Friday' } },
    };
    const { bodies, findings } = roundTrip(response);
    expect(bodies[0]!['components']).toEqual([
      { type: 'HEADER', format: 'TEXT', text: 'Visit reminder' },
      { type: 'BODY', text: 'Hello {{1}}, your visit is on {{2}}. See you soon.', example: { body_text: [['Maria', 'Friday']] } },
      { type: 'FOOTER', text: 'Reply STOP to opt out' },
      { type: 'BUTTONS', buttons: [{ type: 'QUICK_REPLY', text: 'Confirm' }] },
    ]);
    expect(findings).toEqual([]);
    expect(sentBodyParameters(response)).toEqual(['Maria', 'Friday']);
    // The parts sit where the compiled model puts them.
    const [template] = responseTemplates(response);
    expect([template!.header?.pointer, template!.body?.itemPointer, template!.footer?.pointer, template!.buttons[0]!.pointer]).toEqual([
      '/structured/content/3',
      '/structured/content/2',
      '/structured/content/1/text',
      '/structured/content/0',
    ]);
  });

  it('an unusable index ("-1") puts the item after the indexed ones: a footer, not a header', () => {
    const response: Json = {
      category: 'UTILITY',
      structured: {
        contentType: 'notification',
        content: [
          { index: '-1', type: 'text', text: 'Sent by Acme' },
          { index: 1, type: 'notification', id: 'acme@note', language: 'en_US', text: 'Your parcel has left our warehouse.' },
        ],
      },
    };
    const { bodies, findings } = roundTrip(response);
    expect(bodies[0]!['components']).toEqual([
      { type: 'BODY', text: 'Your parcel has left our warehouse.' },
      { type: 'FOOTER', text: 'Sent by Acme' },
    ]);
    expect(findings).toEqual([]);
  });

  it('parameters without an index, or with " 2 ", fill {{n}} by their rank, and lend their sample as example', () => {
    const response: Json = {
      category: 'UTILITY',
      structured: {
        contentType: 'notification',
        content: [
          {
            type: 'notification',
            id: 'acme@balance',
            language: 'en_US',
            text: 'Dear {{1}}, your balance is {{2}} today.',
            parameters: [{ value: '<$ Contact.FirstName $>' }, { index: ' 2 ', value: '<$ Contact.Balance $>' }],
          },
        ],
      },
      sampleData: { Contact: { FirstName: 'Ana', Balance: '$12.00' } },
    };
    const { bodies, findings } = roundTrip(response);
    expect(component(bodies[0]!, 'BODY')).toEqual({
      type: 'BODY',
      text: 'Dear {{1}}, your balance is {{2}} today.',
      example: { body_text: [['Ana', '$12.00']] },
    });
    expect(findings).toEqual([]);
    expect(sentBodyParameters(response)).toEqual(['Ana', '$12.00']);
  });

  it('a {{1}} inside a field code is text, not a variable, for export, check and render alike', () => {
    const response: Json = {
      category: 'MARKETING',
      structured: {
        contentType: 'notification',
        content: [
          {
            type: 'notification',
            id: 'acme@promo',
            language: 'en_US',
            text: 'Save {{1}} on your next order, {{2}}, until Sunday.',
            parameters: [
              { index: 1, value: '<$ "{{1}}" $>' },
              { index: 2, value: '<$ Contact.FirstName $>' },
            ],
          },
        ],
      },
      examples: { body: { '1': '10%' } },
      sampleData: { Contact: { FirstName: 'Li' } },
    };
    const { bodies, findings } = roundTrip(response);
    expect(component(bodies[0]!, 'BODY')).toEqual({
      type: 'BODY',
      text: 'Save {{1}} on your next order, {{2}}, until Sunday.',
      example: { body_text: [['10%', 'Li']] },
    });
    expect(findings).toEqual([]);
    expect(sentBodyParameters(response)).toEqual(['{{1}}', 'Li']);
  });

  it('named parameters listed in another order than the text, one index a digit string', () => {
    const response: Json = {
      category: 'UTILITY',
      parameterFormat: 'named',
      structured: {
        contentType: 'notification',
        content: [
          {
            index: '1',
            type: 'notification',
            id: 'acme@order_update',
            language: 'en_US',
            text: 'Hi {{first_name}}, your order {{order_id}} has shipped and arrives soon.',
            parameters: [
              { name: 'order_id', index: '1', value: '<$ Variables.Order $>' },
              { name: 'first_name', index: 2, value: '<$ Contact.FirstName $>' },
            ],
          },
        ],
      },
      sampleData: { Contact: { FirstName: 'Pablo' }, Variables: { Order: 'A-17' } },
    };
    const { bodies, findings } = roundTrip(response);
    expect(bodies[0]!['parameter_format']).toBe('named');
    expect(component(bodies[0]!, 'BODY')!['example']).toEqual({
      body_text_named_params: [
        { param_name: 'first_name', example: 'Pablo' },
        { param_name: 'order_id', example: 'A-17' },
      ],
    });
    expect(findings).toEqual([]);
  });

  it('named placeholders without "parameterFormat": "named" are refused by export and reported by lint alike', () => {
    const response: Json = {
      category: 'UTILITY',
      structured: {
        contentType: 'notification',
        content: [
          {
            type: 'notification',
            id: 'acme@order_update',
            language: 'en_US',
            text: 'Hi {{first_name}}, your order has shipped.',
            parameters: [{ name: 'first_name', index: 1, value: '<$ Contact.FirstName $>' }],
          },
        ],
      },
    };
    expect(exportTemplates(response)[0]!.problems).toEqual([
      {
        message:
          '\'{{first_name}}\' is not a variable of this template: this response\'s parameters are positional: write {{n}}, or declare "parameterFormat": "named" (placeholder-syntax).',
        path: '/structured/content/0/text',
        start: 3,
        end: 17,
      },
    ]);
    // Both on the same file range: the placeholder '{{first_name}}'.
    const text = JSON.stringify(response);
    const linted = lint(text, { filePath: 'response.json' }).diagnostics.filter((d) => d.code === 'placeholder-syntax');
    const exported = positionInJsonText(text, exportProblemDiagnostics(exportTemplates(response)[0]!.problems));
    expect(linted.map((d) => [d.path, d.severity, d.range])).toEqual([['/structured/content/0/text', 'error', exported[0]!.range]]);
    expect(text.slice(exported[0]!.range.start.offset, exported[0]!.range.end.offset)).toBe('{{first_name}}');
  });

  it('Meta refuses quick replies split by another button: export and the button-count rule report the same button', () => {
    const response: Json = {
      category: 'MARKETING',
      structured: {
        contentType: 'notification',
        content: [
          { index: 1, type: 'notification', id: 'acme@sale', language: 'en_US', text: 'Our sale starts today.' },
          { index: 2, type: 'quick-reply', text: 'Interested' },
          { index: 3, type: 'url-button', text: 'Shop', url: 'https://shop.example.com' },
          { index: 4, type: 'quick-reply', text: 'Stop promotions' },
        ],
      },
    };
    expect(exportTemplates(response)[0]!.problems).toEqual([
      {
        message:
          'This button sits between quick replies; Meta takes quick replies mixed with other buttons only as one group before or after them (invalid combination).',
        // On the button's type (the lint's button-count finding is on the item).
        path: '/structured/content/2/type',
        start: 0,
        end: 10,
      },
    ]);
    for (const profile of ['whatsapp', 'whatsapp-cloud']) {
      const linted = lint(JSON.stringify(response), { filePath: 'response.json', profile }).diagnostics.filter(
        (d) => d.code === 'button-count',
      );
      expect(linted.map((d) => d.path)).toEqual(['/structured/content/2']);
    }
  });
});
