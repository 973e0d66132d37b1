import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as api from '@fieldcode/content';
import { buildService, type Service } from './app.js';
import { Library } from './library.js';
import { createMetrics } from './metrics.js';

/** The seed DMS log shipped with the examples (project file). */
const seedLog = readFileSync(fileURLToPath(new URL('../../../../examples/data/seed-invite-to-chat.log', import.meta.url)), 'utf8');
const token = 'test-token-0123456789abcdef';

const bill = {
  id: 'BILL0001',
  name: 'Bill due',
  structured: {
    contentType: 'notification',
    content: [
      {
        index: 1,
        type: 'notification',
        language: 'en_US',
        id: 'ns_1@bill_due',
        text: 'Hello {{1}}, you owe {{2}}.',
        parameters: [
          { name: 'name', index: '1', value: '<$ Contact.FirstName $>' },
          { name: 'amount', index: '2', value: '<$ Contact.MyFC_BillAmount $>' },
        ],
      },
    ],
  },
  sampleData: { Contact: { FirstName: 'Sam', MyFC_BillAmount: '$1' } },
};

let dir: string;
let library: Library;

function writeBill(text: string): void {
  writeFileSync(join(dir, 'bill.json'), text);
}

async function service(
  options: { token?: string; bodyLimit?: number; maxInFlight?: number; batchMaxLines?: number } = {},
): Promise<Service> {
  return buildService({
    api,
    library,
    metrics: createMetrics(false),
    host: '127.0.0.1',
    version: '0.0.0-test',
    ...(options.token === undefined ? {} : { token: options.token }),
    limits: {
      ...(options.bodyLimit === undefined ? {} : { bodyLimit: options.bodyLimit }),
      ...(options.maxInFlight === undefined ? {} : { maxInFlight: options.maxInFlight }),
      ...(options.batchMaxLines === undefined ? {} : { batchMaxLines: options.batchMaxLines }),
    },
  });
}

const json = { 'content-type': 'application/json', host: '127.0.0.1' };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fieldcode-service-'));
  writeFileSync(join(dir, 'fieldcode.config.json'), '{ "profile": "whatsapp" }\n');
  writeFileSync(join(dir, 'welcome.txt'), 'Hi <$ Contact.FirstName $>!');
  writeBill(JSON.stringify(bill, null, 2));
  library = await Library.open(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('POST /v1/render', () => {
  let s: Service;
  beforeAll(async () => {
    s = await service();
  });
  afterAll(() => s.app.close());

  const render = (body: unknown) =>
    s.app.inject({ method: 'POST', url: '/v1/render', headers: json, payload: typeof body === 'string' ? body : JSON.stringify(body) });

  it('renders a library response by id, by path, and an inline response', async () => {
    const byId = await render({ response: 'BILL0001', data: { Contact: { FirstName: 'Ann', MyFC_BillAmount: '$10' } }, channel: 'text' });
    expect([byId.statusCode, byId.json()]).toEqual([200, { output: 'Hello Ann, you owe $10.', diagnostics: [], ok: true }]);
    const byPath = await render({ response: 'bill.json', channel: 'text' });
    expect(byPath.json()).toEqual({ output: 'Hello Sam, you owe $1.', diagnostics: [], ok: true });
    const inline = await render({
      response: { plainText: 'Bye <$ Contact.FirstName $>' },
      data: { Contact: { FirstName: 'Bo' } },
      channel: 'text',
    });
    expect([inline.statusCode, inline.json()]).toEqual([200, { output: 'Bye Bo', diagnostics: [], ok: true }]);
  });

  it('answers the bytes of JSON.stringify of the render result, findings positioned in the file, request after request', async () => {
    const compiled = api.compileStandardResponse(bill, { kind: 'text' }).response!;
    const now = '2026-12-01T12:00:00Z';
    const findings = new Set<string>();
    for (const [channel, data] of [
      ['genesys', { Contact: { FirstName: 'Zoë 👋', MyFC_BillAmount: '€5' } }],
      ['whatsapp-cloud', { Contact: { FirstName: 'Zoë 👋', MyFC_BillAmount: '€5' } }],
      ['open-messaging', { Contact: { FirstName: 'Zoë 👋', MyFC_BillAmount: '€5' } }],
      ['text', { Contact: { FirstName: 'Zoë 👋', MyFC_BillAmount: '€5' } }],
      // A missing value: a warning; with strict, errors and 422.
      ['genesys', { Contact: { FirstName: 'Ann' } }],
      ['whatsapp-cloud', { Contact: { FirstName: 'Ann' } }],
    ] as const) {
      const result = compiled.render(data, { channel, profile: 'whatsapp', to: '+447400123456', now });
      for (const d of result.diagnostics) findings.add(d.code);
      const text = JSON.stringify(bill, null, 2);
      const expected = JSON.stringify({
        output: result.output,
        diagnostics: api.positionInJsonText(text, result.diagnostics).map(({ code, severity, message, range, path }) => ({
          code,
          severity,
          message,
          range,
          ...(path === undefined ? {} : { path }),
        })),
        ok: result.ok,
      });
      for (let round = 0; round < 3; round++) {
        const answer = await render({ response: 'BILL0001', data, channel, to: '+447400123456', now });
        expect([answer.statusCode, answer.headers['content-type'], answer.body]).toEqual([
          result.ok ? 200 : 422,
          'application/json; charset=utf-8',
          expected,
        ]);
        expect(Number(answer.headers['content-length'])).toBe(Buffer.byteLength(expected));
      }
    }
    expect([...findings]).toEqual(['missing-value', 'parameter-empty']);
  });

  it('renders with an ESP request and a WhatsApp recipient', async () => {
    const answer = await render({ response: 'BILL0001', esp: seedLog, channel: 'whatsapp-cloud', to: '+44 7400 123456' });
    expect(answer.statusCode).toBe(200);
    const output = answer.json().output as {
      to: string;
      template: { components: Array<{ type: string; parameters: Array<{ text: string }> }> };
    };
    expect(output.to).toBe('+447400123456');
    expect(output.template.components.find((c) => c.type === 'body')!.parameters.map((p) => p.text)).toEqual(['John', '$129.99']);
  });

  it('answers 422 with the same shape for a render with errors, positioned in the library file', async () => {
    const answer = await render({ response: 'BILL0001', data: { Contact: { FirstName: 'Ann' } }, strict: true });
    expect(answer.statusCode).toBe(422);
    const body = answer.json();
    expect(body.ok).toBe(false);
    expect(body.diagnostics[0]).toEqual({
      code: 'missing-value',
      severity: 'error',
      message: 'Missing value: Contact.MyFC_BillAmount (strict mode).',
      path: '/structured/content/0/parameters/1/value',
      range: { start: { offset: 524, line: 22, column: 26 }, end: { offset: 547, line: 22, column: 49 } },
    });
    expect(body.diagnostics.map((d: { code: string }) => d.code)).toEqual(['missing-value', 'parameter-empty']);
    // The second time the positions come from the entry's cache: the same answer.
    const again = await render({ response: 'BILL0001', data: { Contact: { FirstName: 'Ann' } }, strict: true });
    expect(again.json()).toEqual(body);
    expect(JSON.stringify(bill, null, 2).slice(524, 547)).toBe('Contact.MyFC_BillAmount');
    // A request with one finding seen before and one new: both positioned in the file.
    const mixed = await render({ response: 'BILL0001', data: {}, strict: true });
    const text = JSON.stringify(bill, null, 2);
    expect(
      mixed
        .json()
        .diagnostics.map((d: { code: string; range: { start: { offset: number; line: number; column: number } } }) => [
          d.code,
          d.range.start,
        ]),
    ).toEqual([
      ['missing-value', { offset: 396, line: 17, column: 26 }],
      ['missing-value', { offset: 524, line: 22, column: 26 }],
      ['parameter-empty', { offset: 393, line: 17, column: 23 }],
      ['parameter-empty', { offset: 521, line: 22, column: 23 }],
    ]);
    expect(text.slice(396, 396 + 'Contact.FirstName'.length)).toBe('Contact.FirstName');
    expect(text.slice(393, 396)).toBe('<$ ');
  });

  it('answers findings without the editor data (fixes, suggestions), as JSON', async () => {
    const answer = await s.app.inject({
      method: 'POST',
      url: '/v1/render',
      headers: json,
      payload: JSON.stringify({
        response: { plainText: 'Hi <${ Contact.FirstName }>' },
        data: { Contact: { FirstName: 'Al' } },
        channel: 'text',
      }),
    });
    expect(answer.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(answer.json()).toEqual({
      output: 'Hi Al',
      diagnostics: [
        {
          code: 'non-canonical-delimiter',
          severity: 'warning',
          message: "Field code written '<${ … }>'; the standard spelling is '<$ … $>'",
          range: { start: { offset: 3, line: 1, column: 4 }, end: { offset: 27, line: 1, column: 28 } },
          path: '/plainText',
        },
      ],
      ok: true,
    });
  });

  it('answers 404 for an unknown response and 400 for malformed requests, never 500', async () => {
    expect([(await render({ response: 'NOPE' })).statusCode, (await render({ response: 'NOPE' })).json()]).toEqual([
      404,
      { error: 'unknown-response', message: 'No standard response with the id or path "NOPE" in the served folder' },
    ]);
    const badJson = await render('{"response": "BILL0001",\n  "data": }');
    expect([badJson.statusCode, badJson.json()]).toEqual([
      400,
      { error: 'bad-request', message: "Invalid JSON at line 2, column 11: Expected a value but found '}'" },
    ]);
    const notObject = await render({ response: 'BILL0001', data: { Contact: { FirstName: 1 } } });
    expect([notObject.statusCode, notObject.json()]).toEqual([
      400,
      { error: 'bad-request', message: 'body.data.Contact.FirstName must be string' },
    ]);
    const both = await render({ response: 'BILL0001', data: {}, esp: seedLog });
    expect(both.json()).toEqual({ error: 'bad-request', message: 'Give either "data" or "esp", not both' });
    const empty = await s.app.inject({ method: 'POST', url: '/v1/render', headers: json, payload: '' });
    expect([empty.statusCode, empty.json()]).toEqual([400, { error: 'bad-request', message: 'The body is empty: expected a JSON object' }]);
    let deep: unknown = 'x';
    for (let i = 0; i < 40; i++) deep = { a: deep };
    const tooDeep = await render({ response: 'BILL0001', data: { Contact: { Deep: deep } } });
    expect([tooDeep.statusCode, tooDeep.json()]).toEqual([
      400,
      { error: 'bad-request', message: '"data" is nested deeper than 32 levels' },
    ]);
    const text = await s.app.inject({
      method: 'POST',
      url: '/v1/render',
      headers: { 'content-type': 'text/plain', host: '127.0.0.1' },
      payload: 'hi',
    });
    expect([text.statusCode, text.json().error]).toEqual([415, 'unsupported-media-type']);
    const badZone = await render({ response: 'BILL0001', timeZone: 'Mars/Olympus', channel: 'text' });
    expect(badZone.statusCode).toBeLessThan(500);
  });

  it('refuses a body over the limit with 413', async () => {
    const small = await service({ bodyLimit: 2048 });
    const answer = await small.app.inject({
      method: 'POST',
      url: '/v1/render',
      headers: json,
      payload: JSON.stringify({ response: 'BILL0001', data: { Contact: { FirstName: 'x'.repeat(4096) } } }),
    });
    expect([answer.statusCode, answer.json()]).toEqual([
      413,
      { error: 'payload-too-large', message: 'The body is larger than 2048 bytes' },
    ]);
    await small.app.close();
  });

  it('frees an in-flight slot after every answer, errors included', async () => {
    const one = await service({ maxInFlight: 1 });
    const statuses: number[] = [];
    for (const payload of ['{"response": "BILL0001"}', '{', '{"response": "NOPE"}', '{"response": "BILL0001"}']) {
      statuses.push((await one.app.inject({ method: 'POST', url: '/v1/render', headers: json, payload })).statusCode);
    }
    expect(statuses).toEqual([200, 400, 404, 200]);
    await one.app.close();
  });

  it('refuses a Host header that does not name the server (DNS rebinding)', async () => {
    const answer = await s.app.inject({ method: 'GET', url: '/healthz', headers: { host: 'evil.example' } });
    expect(answer.statusCode).toBe(403);
    expect(answer.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
  });
});

describe('other endpoints', () => {
  let s: Service;
  beforeAll(async () => {
    s = await service();
  });
  afterAll(() => s.app.close());

  it('streams a batch: one answer line per request line, in order, with its status', async () => {
    const payload = [
      JSON.stringify({ response: 'BILL0001', channel: 'text', data: { Contact: { FirstName: 'A', MyFC_BillAmount: '$1' } } }),
      '{"response": "BILL0001",',
      '',
      JSON.stringify({ response: 'NOPE' }),
      JSON.stringify({ response: 'BILL0001', strict: true, data: {} }),
      JSON.stringify({ response: 'welcome.txt', channel: 'text', data: { Contact: { FirstName: 'Z' } } }),
    ].join('\n');
    const answer = await s.app.inject({
      method: 'POST',
      url: '/v1/render/batch',
      headers: { 'content-type': 'application/x-ndjson', host: '127.0.0.1' },
      payload,
    });
    expect(answer.statusCode).toBe(200);
    expect(answer.headers['content-type']).toBe('application/x-ndjson; charset=utf-8');
    const lines = answer.body
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => [line.line, line.status])).toEqual([
      [1, 200],
      [2, 400],
      [4, 404],
      [5, 422],
      [6, 200],
    ]);
    expect(lines[0]).toEqual({ line: 1, status: 200, output: 'Hello A, you owe $1.', diagnostics: [], ok: true });
    expect(lines[1]).toEqual({
      line: 2,
      status: 400,
      error: 'bad-request',
      message:
        "Invalid JSON at line 2, column 25: Expected a property name in double quotes but found the end of the file — the '{' at line 2 column 1 is never closed",
    });
    expect(lines[4].output).toBe('Hi Z!');
  });

  it('ends a batch past its line cap with one 413 line naming the first line not rendered', async () => {
    const capped = await service({ batchMaxLines: 2 });
    const request = JSON.stringify({ response: 'welcome.txt', channel: 'text', data: { Contact: { FirstName: 'Z' } } });
    const answer = await capped.app.inject({
      method: 'POST',
      url: '/v1/render/batch',
      headers: { 'content-type': 'application/x-ndjson', host: '127.0.0.1' },
      payload: [request, '', request, request, request].join('\n'),
    });
    const lines = answer.body
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toEqual([
      { line: 1, status: 200, output: 'Hi Z!', diagnostics: [], ok: true },
      { line: 3, status: 200, output: 'Hi Z!', diagnostics: [], ok: true },
      {
        line: 4,
        status: 413,
        error: 'too-many-lines',
        message: 'Line 4: a batch holds at most 2 requests; lines 4 and after were not rendered (send them in another batch)',
      },
    ]);
    await capped.app.close();
  });

  it('lints text with the folder configuration', async () => {
    const answer = await s.app.inject({
      method: 'POST',
      url: '/v1/lint',
      headers: json,
      payload: JSON.stringify({ text: 'Hi <$ Contact.FirstName $', path: 'x.txt' }),
    });
    expect(answer.statusCode).toBe(200);
    const body = answer.json();
    expect([body.ok, body.errorCount, body.diagnostics[0].code, body.diagnostics[0].range.start]).toEqual([
      false,
      1,
      'field-code-syntax',
      { offset: 3, line: 1, column: 4 },
    ]);
    const bad = await s.app.inject({ method: 'POST', url: '/v1/lint', headers: json, payload: JSON.stringify({ path: 'x.txt' }) });
    expect([bad.statusCode, bad.json()]).toEqual([400, { error: 'bad-request', message: "body must have required property 'text'" }]);
  });

  it('lists the responses and shows one with its lint status', async () => {
    const list = await s.app.inject({ method: 'GET', url: '/v1/responses', headers: { host: '127.0.0.1' } });
    expect(list.json()).toEqual({
      responses: [
        { id: 'BILL0001', name: 'Bill due', path: 'bill.json', lint: { errorCount: 0, warningCount: 0 } },
        { path: 'welcome.txt', lint: { errorCount: 0, warningCount: 0 } },
      ],
      problems: [],
      duplicateIds: [],
    });
    const one = await s.app.inject({ method: 'GET', url: '/v1/responses/BILL0001', headers: { host: '127.0.0.1' } });
    expect(one.json()).toEqual({
      id: 'BILL0001',
      name: 'Bill due',
      path: 'bill.json',
      lint: { errorCount: 0, warningCount: 0 },
      response: bill,
      diagnostics: [],
    });
    const byPath = await s.app.inject({ method: 'GET', url: '/v1/responses/welcome.txt', headers: { host: '127.0.0.1' } });
    expect(byPath.json().response).toBe('Hi <$ Contact.FirstName $>!');
    const missing = await s.app.inject({ method: 'GET', url: '/v1/responses/NOPE', headers: { host: '127.0.0.1' } });
    expect([missing.statusCode, missing.json().error]).toEqual([404, 'unknown-response']);
    const route = await s.app.inject({ method: 'GET', url: '/v2/nothing', headers: { host: '127.0.0.1' } });
    expect([route.statusCode, route.json()]).toEqual([404, { error: 'not-found', message: 'No route GET /v2/nothing' }]);
  });

  it('answers health and readiness, and readiness turns 503 when draining', async () => {
    const other = await service();
    expect((await other.app.inject({ url: '/healthz', headers: { host: '127.0.0.1' } })).json()).toEqual({ status: 'ok' });
    expect((await other.app.inject({ url: '/readyz', headers: { host: '127.0.0.1' } })).json()).toEqual({ status: 'ready', responses: 2 });
    other.drain();
    const draining = await other.app.inject({ url: '/readyz', headers: { host: '127.0.0.1' } });
    expect([draining.statusCode, draining.json()]).toEqual([503, { status: 'draining' }]);
    await other.app.close();
  });

  it('exposes Prometheus metrics that parse, with counts by route and status and renders by channel', async () => {
    const fresh = await service();
    const post = (body: unknown) => fresh.app.inject({ method: 'POST', url: '/v1/render', headers: json, payload: JSON.stringify(body) });
    await post({ response: 'BILL0001', channel: 'text' });
    await post({ response: 'BILL0001', channel: 'text' });
    await post({ response: 'BILL0001', strict: true, data: {} });
    await post({ response: 'NOPE' });
    const answer = await fresh.app.inject({ url: '/metrics', headers: { host: '127.0.0.1' } });
    expect(answer.headers['content-type']).toBe('text/plain; version=0.0.4; charset=utf-8');
    const samples = parseExposition(answer.body);
    expect(samples.get('fieldcode_http_requests_total{method="POST",route="/v1/render",status="200"}')).toBe(2);
    expect(samples.get('fieldcode_http_requests_total{method="POST",route="/v1/render",status="422"}')).toBe(1);
    expect(samples.get('fieldcode_http_requests_total{method="POST",route="/v1/render",status="404"}')).toBe(1);
    expect(samples.get('fieldcode_http_request_duration_seconds_count{method="POST",route="/v1/render",status="200"}')).toBe(2);
    expect(samples.get('fieldcode_renders_total{channel="text",result="ok"}')).toBe(2);
    expect(samples.get('fieldcode_renders_total{channel="genesys",result="errors"}')).toBe(1);
    expect(samples.get('fieldcode_library_responses')).toBe(2);
    expect(samples.get('fieldcode_library_broken_files')).toBe(0);
    expect(samples.get('fieldcode_http_requests_in_flight')).toBe(0);
    // Renders are added to the counter when it is read: each once, whatever the number of reads; a batch line counts too.
    await post({ response: 'BILL0001', channel: 'text' });
    await fresh.app.inject({
      method: 'POST',
      url: '/v1/render/batch',
      headers: { 'content-type': 'application/x-ndjson', host: '127.0.0.1' },
      payload: `${JSON.stringify({ response: 'BILL0001', channel: 'whatsapp-cloud' })}\n`,
    });
    const read = async () => parseExposition((await fresh.app.inject({ url: '/metrics', headers: { host: '127.0.0.1' } })).body);
    for (const again of [await read(), await read()]) {
      expect(again.get('fieldcode_renders_total{channel="text",result="ok"}')).toBe(3);
      expect(again.get('fieldcode_renders_total{channel="genesys",result="errors"}')).toBe(1);
      expect(again.get('fieldcode_renders_total{channel="whatsapp-cloud",result="ok"}')).toBe(1);
    }
    await fresh.app.close();
  });

  it('serves its OpenAPI document with the project schemas', async () => {
    const doc = (await s.app.inject({ url: '/openapi.json', headers: { host: '127.0.0.1' } })).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual([
      '/v1/render',
      '/v1/render/batch',
      '/v1/lint',
      '/v1/templates/check',
      '/v1/templates/export',
      '/v1/responses',
      '/v1/responses/{id}',
      '/healthz',
      '/readyz',
      '/metrics',
      '/openapi.json',
    ]);
    expect(doc.components.schemas.RenderRequest).toEqual(api.getSchema('render-request'));
    expect(doc.components.schemas.RenderData).toEqual(api.getSchema('render-data'));
    expect(doc.components.schemas.TemplateRequest).toEqual(api.getSchema('template-request'));
    expect(Object.keys(doc.paths['/v1/render'].post.responses)).toEqual(['200', '400', '404', '413', '422', '503']);
  });
});

describe('bearer token', () => {
  it('guards /v1 and /metrics, leaves health, readiness and the document open', async () => {
    const s = await service({ token });
    const get = (url: string, authorization?: string) =>
      s.app.inject({ url, headers: { host: '127.0.0.1', ...(authorization === undefined ? {} : { authorization }) } });
    const refused = await get('/v1/responses');
    expect([refused.statusCode, refused.json(), refused.headers['www-authenticate']]).toEqual([
      401,
      { error: 'unauthorized', message: 'This service needs "Authorization: Bearer TOKEN"' },
      'Bearer realm="fieldcode"',
    ]);
    expect((await get('/v1/responses', 'Bearer wrong-token-0123456789')).statusCode).toBe(401);
    expect((await get('/metrics')).statusCode).toBe(401);
    expect((await get('/v1/responses', `Bearer ${token}`)).statusCode).toBe(200);
    expect((await get('/metrics', `bearer ${token}`)).statusCode).toBe(200);
    expect((await get('/healthz')).statusCode).toBe(200);
    expect((await get('/readyz')).statusCode).toBe(200);
    const doc = (await get('/openapi.json')).json();
    expect(doc.components.securitySchemes.bearer).toEqual({
      type: 'http',
      scheme: 'bearer',
      description: 'The token given to the service with --token-file or FIELDCODE_SERVE_TOKEN.',
    });
    await s.app.close();
  });
});

describe('library reload', () => {
  beforeEach(async () => {
    writeBill(JSON.stringify(bill, null, 2));
    await library.refresh();
  });

  it('serves a changed file after a refresh', async () => {
    const s = await service();
    writeBill(JSON.stringify({ ...bill, plainText: 'Changed <$ Contact.FirstName $>' }));
    const result = await library.refresh();
    expect(result).toEqual({ loaded: ['bill.json'], removed: [], failed: [], duplicateIds: [] });
    const answer = await s.app.inject({
      method: 'POST',
      url: '/v1/render',
      headers: json,
      payload: JSON.stringify({ response: 'BILL0001', channel: 'text' }),
    });
    expect(answer.json().output).toBe('Changed Sam');
    await s.app.close();
  });

  it('keeps serving the previous version of a broken file and reports it', async () => {
    const s = await service();
    writeBill('{ "id": "BILL0001", ');
    const result = await library.refresh();
    expect(result.failed).toEqual([
      {
        path: 'bill.json',
        message: expect.stringMatching(/^bill\.json:1:21: .* \[json-syntax\]$/),
        previous: true,
        stamp: expect.any(String),
      },
    ]);
    const answer = await s.app.inject({
      method: 'POST',
      url: '/v1/render',
      headers: json,
      payload: JSON.stringify({ response: 'BILL0001', channel: 'text' }),
    });
    expect([answer.statusCode, answer.json().output]).toEqual([200, 'Hello Sam, you owe $1.']);
    const list = (await s.app.inject({ url: '/v1/responses', headers: { host: '127.0.0.1' } })).json();
    expect(list.problems).toEqual([{ path: 'bill.json', message: result.failed[0]!.message, previous: true }]);
    expect(list.responses[0].problem).toBe(result.failed[0]!.message);
    // Unchanged broken file: not retried, still reported.
    expect(await library.refresh()).toEqual({ loaded: [], removed: [], failed: [], duplicateIds: [] });
    expect(library.snapshot.problems.size).toBe(1);
    await s.app.close();
  });

  it('adds new files and drops deleted ones', async () => {
    writeFileSync(join(dir, 'extra.txt'), 'Extra');
    expect(await library.refresh()).toEqual({ loaded: ['extra.txt'], removed: [], failed: [], duplicateIds: [] });
    unlinkSync(join(dir, 'extra.txt'));
    expect(await library.refresh()).toEqual({ loaded: [], removed: ['extra.txt'], failed: [], duplicateIds: [] });
  });

  it('reports an id shared by two files: the first path answers, the sharing is listed, logged and counted', async () => {
    writeFileSync(join(dir, 'a-copy.json'), JSON.stringify({ ...bill, name: 'Copy' }));
    expect(await library.refresh()).toEqual({
      loaded: ['a-copy.json'],
      removed: [],
      failed: [],
      duplicateIds: [{ id: 'BILL0001', paths: ['a-copy.json', 'bill.json'] }],
    });
    const logged: string[] = [];
    const s = await buildService({
      api,
      library,
      metrics: createMetrics(false),
      host: '127.0.0.1',
      version: '0.0.0-test',
      logger: { level: 'warn', stream: { write: (line: string) => logged.push(line) } },
    });
    const list = await s.app.inject({ method: 'GET', url: '/v1/responses', headers: { host: '127.0.0.1' } });
    expect(list.json().duplicateIds).toEqual([{ id: 'BILL0001', paths: ['a-copy.json', 'bill.json'], served: 'a-copy.json' }]);
    expect(logged.map((line) => JSON.parse(line) as Record<string, unknown>)).toEqual([
      expect.objectContaining({
        level: 40,
        id: 'BILL0001',
        paths: ['a-copy.json', 'bill.json'],
        served: 'a-copy.json',
        msg: 'several files share an id; the first path answers for it',
      }),
    ]);
    const byId = await s.app.inject({
      method: 'POST',
      url: '/v1/render',
      headers: json,
      payload: '{"response":"BILL0001","channel":"text"}',
    });
    expect(byId.json().output).toBe('Hello Sam, you owe $1.');
    const metrics = await s.app.inject({ method: 'GET', url: '/metrics', headers: { host: '127.0.0.1' } });
    expect(metrics.body).toContain('\nfieldcode_library_duplicate_ids 1\n');
    await s.app.close();
    unlinkSync(join(dir, 'a-copy.json'));
    expect(await library.refresh()).toEqual({ loaded: [], removed: ['a-copy.json'], failed: [], duplicateIds: [] });
  });
});

/** Parses the Prometheus text exposition format into `name{labels}` → value (comments skipped). */
function parseExposition(text: string): Map<string, number> {
  const samples = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*(?:\{[^}]*\})?) (\S+)$/.exec(line);
    if (match === null) throw new Error(`not an exposition line: ${line}`);
    samples.set(match[1]!, Number(match[2]));
  }
  return samples;
}
