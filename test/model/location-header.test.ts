// A LOCATION header (Meta's template header format LOCATION) through the one message model: the
// `location` item before the body is the header part, rendered to the WhatsApp Cloud API header
// parameter `{ type: "location", location: { latitude, longitude, name, address } }` (validated
// against the vendored Meta model), sent by open-messaging as a `Location` content item (validated
// against the vendored Genesys Cloud model), left out by genesys with a warning, exported as `{ type: "HEADER", format: "LOCATION" }` and
// compared by template-drift with the approved header format.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  compileStandardResponse,
  exportTemplates,
  lint,
  readTemplateExport,
  responseTemplates,
  templateDiff,
  validateSchema,
} from '@fieldcode/content';
import type { RenderData } from '@fieldcode/language';
import { expectVendorConformance, renderStandardResponse, vendorIssues } from '../conformance/vendor-models.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/templates/${name}`, import.meta.url), 'utf8');
const text = fixture('pickup-ready.json');
const response = JSON.parse(text) as { sampleData: RenderData; structured: { content: Array<Record<string, unknown>> } };
const { templates } = readTemplateExport(JSON.parse(fixture('message-templates.json')));
const options = { to: '+31612345678', now: new Date('2026-05-01T10:00:00Z'), timeZone: 'UTC' };

describe('location header: message model and schema', () => {
  it('is the header part of the compiled notification, each field a template text', () => {
    const { response: compiled, diagnostics } = compileStandardResponse(response);
    expect(diagnostics).toEqual([]);
    const header = compiled!.model.header!;
    expect(header.type).toBe('location');
    expect(header.media).toBeUndefined();
    expect(header.location!.pointer).toBe('/structured/content/0');
    expect(header.location!.latitude!.pointer).toBe('/structured/content/0/latitude');
    expect(header.location!.address!.source).toBe('<$ Variables.StoreAddress $>');
  });

  it('validates against the schema, which requires latitude and longitude', () => {
    expect(validateSchema('standard-response', response)).toEqual([]);
    const without = structuredClone(response);
    delete without.structured.content[0]!['longitude'];
    expect(validateSchema('standard-response', without).map((i) => `${i.instancePath} ${i.message}`)).toContain(
      "/structured/content/0 must have required property 'longitude'",
    );
  });

  it('lints clean under whatsapp-cloud', () => {
    expect(lint(text, { filePath: 'pickup-ready.json', profile: 'whatsapp-cloud', templates }).diagnostics).toEqual([]);
  });
});

describe('location header: render', () => {
  it("whatsapp-cloud sends the header's location parameter, valid against Meta's model", () => {
    const result = renderStandardResponse(response, response.sampleData, { ...options, channel: 'whatsapp-cloud' });
    expect(result.diagnostics).toEqual([]);
    expect((result.output as { template: unknown }).template).toEqual({
      name: 'pickup_ready',
      language: { code: 'en_US' },
      components: [
        {
          type: 'header',
          parameters: [
            {
              type: 'location',
              location: { latitude: '52.370216', longitude: '4.895168', name: 'Damrak store', address: 'Damrak 1, 1012 LG Amsterdam' },
            },
          ],
        },
        {
          type: 'body',
          parameters: [
            { type: 'text', text: 'Maria' },
            { type: 'text', text: 'A-1042' },
          ],
        },
      ],
    });
    expect(vendorIssues('whatsapp-cloud', result.output)).toEqual([]);
  });

  it("Meta's model refuses a location without longitude (the vendored validator checks it)", () => {
    const payload = {
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: '+31612345678',
      type: 'template',
      template: {
        name: 'pickup_ready',
        language: { code: 'en_US' },
        components: [{ type: 'header', parameters: [{ type: 'location', location: { latitude: '52.37' } }] }],
      },
    };
    expect(vendorIssues('whatsapp-cloud', payload)).toEqual([
      { path: '/template/components/0/parameters/0/location', message: "must have required property 'longitude'" },
    ]);
  });

  it('reports a coordinate that is no decimal degrees in range, on its field', () => {
    const data = {
      ...response.sampleData,
      Variables: { ...(response.sampleData['Variables'] as object), StoreLatitude: '91', StoreLongitude: '4,89' },
    } as RenderData;
    const result = renderStandardResponse(response, data, { ...options, channel: 'whatsapp-cloud' });
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.path, d.message])).toEqual([
      [
        'parameter-type',
        'error',
        '/structured/content/0/latitude',
        'The location\'s latitude rendered as "91": WhatsApp needs decimal degrees from -90 to 90',
      ],
      [
        'parameter-type',
        'error',
        '/structured/content/0/longitude',
        'The location\'s longitude rendered as "4,89": WhatsApp needs decimal degrees from -180 to 180',
      ],
    ]);
  });

  it("open-messaging sends the place as a Location content item before the template, valid against Genesys Cloud's model", () => {
    const result = renderStandardResponse(response, response.sampleData, { ...options, channel: 'open-messaging' });
    expect(result.diagnostics).toEqual([]);
    // The template header model is Text or Media only: the template goes without a header.
    expect((result.output as { content: unknown }).content).toEqual([
      {
        contentType: 'Location',
        location: { text: 'Damrak store', address: 'Damrak 1, 1012 LG Amsterdam', latitude: 52.370216, longitude: 4.895168 },
      },
      {
        contentType: 'Notification',
        template: {
          id: '96729df3_ba05_1452_ebe8_cabe48762a81@pickup_ready',
          language: 'en_US',
          body: {
            text: 'Hi Maria, your order A-1042 is ready for pickup at the store shown above.',
            parameters: [{ text: 'Maria' }, { text: 'A-1042' }],
          },
          footer: { text: 'Open daily 9:00–18:00' },
        },
      },
    ]);
    expect(vendorIssues('open-messaging', result.output)).toEqual([]);
  });

  it("Genesys Cloud's model refuses coordinates as text (the vendored validator checks it)", () => {
    const result = renderStandardResponse(response, response.sampleData, { ...options, channel: 'open-messaging' });
    const payload = structuredClone(result.output) as { content: Array<{ location?: Record<string, unknown> }> };
    payload.content[0]!.location!['latitude'] = '52.370216';
    payload.content[0]!.location!['name'] = 'Damrak store';
    expect(vendorIssues('open-messaging', payload)).toEqual([
      { path: '/content/0/location', message: 'must NOT have additional properties ("name")' },
      { path: '/content/0/location/latitude', message: 'must be number' },
    ]);
  });

  it('open-messaging reports a coordinate that is no decimal degrees in range on its field and leaves it out', () => {
    const data = {
      ...response.sampleData,
      Variables: { ...(response.sampleData['Variables'] as object), StoreLatitude: '52.37N', StoreLongitude: '-180.5' },
    } as RenderData;
    const result = renderStandardResponse(response, data, { ...options, channel: 'open-messaging' });
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.path, d.range.start.offset, d.range.end.offset, d.message])).toEqual([
      [
        'parameter-type',
        'error',
        '/structured/content/0/latitude',
        0,
        29,
        'The location\'s latitude rendered as "52.37N": Open Messaging needs decimal degrees from -90 to 90',
      ],
      [
        'parameter-type',
        'error',
        '/structured/content/0/longitude',
        0,
        30,
        'The location\'s longitude rendered as "-180.5": Open Messaging needs decimal degrees from -180 to 180',
      ],
    ]);
    expect((result.output as { content: unknown[] }).content[0]).toEqual({
      contentType: 'Location',
      location: { text: 'Damrak store', address: 'Damrak 1, 1012 LG Amsterdam' },
    });
  });

  it('open-messaging converts a location that does not depend on the data once, its error reported on every render', () => {
    const fixed = structuredClone(response);
    Object.assign(fixed.structured.content[0]!, { latitude: '91', longitude: '4.895168', name: 'Damrak store', address: 'Damrak 1' });
    const { response: compiled } = compileStandardResponse(fixed);
    const renders = [1, 2].map(() => compiled!.render(fixed.sampleData, { ...options, channel: 'open-messaging' }));
    for (const result of renders) {
      expect(result.diagnostics.map((d) => [d.code, d.path])).toEqual([['parameter-type', '/structured/content/0/latitude']]);
      expect(expectVendorConformance('open-messaging', result)).toEqual([]);
    }
    const [first, second] = renders.map((result) => (result.output as { content: unknown[] }).content[0]);
    expect(first).toEqual({ contentType: 'Location', location: { text: 'Damrak store', address: 'Damrak 1', longitude: 4.895168 } });
    // Shared between renders and frozen, as every static part.
    expect(second).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
  });

  it('genesys leaves the location out with a positioned warning: the DMS structured format documents no location', () => {
    const result = renderStandardResponse(response, response.sampleData, { ...options, channel: 'genesys' });
    expect(result.ok).toBe(true);
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.path, d.range.start.offset, d.range.end.offset, d.message])).toEqual([
      [
        'channel-unsupported',
        'warning',
        '/structured/content/0',
        0,
        0,
        'Genesys DMS structured messages have no location item (the on-premises format documents none); it is not sent, and WhatsApp refuses a template with a LOCATION header sent without it (error 132000)',
      ],
    ]);
    expect((result.output as { content: Array<{ type: string }> }).content.map((item) => item.type)).toEqual(['notification', 'text']);
  });

  it('text shows the place by name and address', () => {
    const result = renderStandardResponse(response, response.sampleData, { ...options, channel: 'text' });
    expect(result.output).toBe(
      '[Location: Damrak store, Damrak 1, 1012 LG Amsterdam]\n\nHi Maria, your order A-1042 is ready for pickup at the store shown above.\n\nOpen daily 9:00–18:00',
    );
  });
});

describe('location header: template round trip', () => {
  it('exports HEADER format LOCATION with no example, valid against the creation schema', () => {
    const [exported] = exportTemplates(response);
    expect(exported!.problems).toEqual([]);
    expect(exported!.body!.components[0]).toEqual({ type: 'HEADER', format: 'LOCATION' });
    expect(validateSchema('meta-template-create', exported!.body)).toEqual([]);
  });

  it('matches the approved LOCATION template; a TEXT or IMAGE header there is drift with its send-time error', () => {
    const drift = (source: string) =>
      lint(source, { filePath: 'r.json', templates })
        .diagnostics.filter((d) => d.code === 'template-drift')
        .map((d) => `${d.range.start.line}:${d.range.start.column} ${source.slice(d.range.start.offset, d.range.end.offset)} ${d.message}`);
    expect(drift(text)).toEqual([]);
    const asText = text.replace(
      /\{\n\s*"index": 0,\n\s*"type": "location",[^}]*\}/,
      '{ "index": 0, "type": "text", "text": "Your order is ready" }',
    );
    expect(drift(asText)).toEqual([
      '9:29 "text" Header is TEXT; the approved template has a LOCATION header: sends fail with error 132012 (parameter format does not match).',
    ]);
    const asImage = text.replace(
      /\{\n\s*"index": 0,\n\s*"type": "location",[^}]*\}/,
      '{ "index": 0, "type": "image", "url": "https://example.com/store.png" }',
    );
    expect(drift(asImage)).toEqual([
      '9:29 "image" Header is IMAGE; the approved template has a LOCATION header: sends fail with error 132012 (parameter format does not match).',
    ]);
    const withoutHeader = text.replace(/\{\n\s*"index": 0,\n\s*"type": "location",[^}]*\},\n\s*/, '');
    expect(drift(withoutHeader)[0]).toMatch(
      /^9:7 \{.*The approved template has a LOCATION header; this response has none: sends fail with error 132000 \(number of parameters does not match\)\.$/s,
    );
  });

  it('template diff shows the LOCATION header on both sides', () => {
    const [ours] = responseTemplates(response);
    const approved = templates.find((t) => t.name === 'pickup_ready')!;
    expect(templateDiff(ours!, approved, 30).split('\n').slice(0, 6)).toEqual([
      'template pickup_ready (en_US)',
      '                    response                       │ approved',
      '  status                                           │ APPROVED',
      '= category          UTILITY                        │ UTILITY',
      '= parameter format  positional                     │ positional',
      '= header            LOCATION                       │ LOCATION',
    ]);
  });
});
