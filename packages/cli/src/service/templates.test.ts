import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as api from '@fieldcode/content';
import { buildService, type Service } from './app.js';
import { Library } from './library.js';
import { createMetrics } from './metrics.js';

/** Meta's `message_templates` fixtures and a matching response (test/fixtures/templates/README.md). */
const fixtures = fileURLToPath(new URL('../../../../test/fixtures/templates/', import.meta.url));
const reminder = readFileSync(join(fixtures, 'appointment-reminder.json'), 'utf8');
const exportText = readFileSync(join(fixtures, 'message-templates.json'), 'utf8');
const drifted = reminder
  .replace('Reply to confirm or reschedule.",', 'Reply to confirm, or to reschedule.",')
  .replace('"text": "Reschedule" }', '"text": "Change" }');
const { templates } = api.readTemplateExport(JSON.parse(exportText));

let dir: string;
let s: Service;
const json = { 'content-type': 'application/json', host: '127.0.0.1' };
const post = (url: string, body: unknown) => s.app.inject({ method: 'POST', url, headers: json, payload: JSON.stringify(body) });
/** What the lint core reports for the template rules, as the API answers findings (no editor fixes). */
const lintFindings = (text: string, path: string) =>
  api
    .lint(text, { filePath: path, templates })
    .diagnostics.filter((d) => d.code === 'template-approved' || d.code === 'template-drift')
    .map(({ code, severity, message, range, path: pointer }) => ({ code, severity, message, range, path: pointer }));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fieldcode-service-templates-'));
  mkdirSync(join(dir, 'meta'));
  writeFileSync(join(dir, 'meta', 'message-templates.json'), exportText);
  writeFileSync(join(dir, 'fieldcode.config.json'), '{ "templates": "meta/message-templates.json", "ignore": ["meta/**"] }\n');
  writeFileSync(join(dir, 'reminder.json'), reminder);
  writeFileSync(join(dir, 'drifted.json'), drifted);
  writeFileSync(join(dir, 'welcome.txt'), 'Hi <$ Contact.FirstName $>!');
  const library = await Library.open(dir);
  s = await buildService({ api, library, metrics: createMetrics(false), host: '127.0.0.1', version: '0.0.0-test' });
});
afterAll(async () => {
  await s.app.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('POST /v1/templates/check', () => {
  it('answers 200 when every language matches an approved template of the configured export', async () => {
    const answer = await post('/v1/templates/check', { response: 'reminder.json' });
    expect([answer.statusCode, answer.json()]).toEqual([
      200,
      {
        ok: true,
        templates: [
          { name: 'appointment_reminder', language: 'en_US', pointer: '', status: 'APPROVED', templateId: expect.any(String) },
          { name: 'appointment_reminder', language: 'es', pointer: '/variants/es', status: 'APPROVED', templateId: expect.any(String) },
        ],
        diagnostics: [],
      },
    ]);
  });

  it('answers 422 with the lint core findings, positioned in the library file', async () => {
    const answer = await post('/v1/templates/check', { response: 'drifted.json' });
    expect(answer.statusCode).toBe(422);
    const body = answer.json();
    expect(body.ok).toBe(false);
    expect(body.diagnostics).toEqual(lintFindings(drifted, 'drifted.json'));
    expect(
      body.diagnostics.map((d: { code: string; range: { start: { line: number; column: number } } }) => [
        d.code,
        d.range.start.line,
        d.range.start.column,
      ]),
    ).toEqual([
      ['template-drift', 19, 88],
      ['template-drift', 28, 53],
    ]);
  });

  it('checks an inline response against the templates of the request', async () => {
    const inline = JSON.parse(drifted) as Record<string, unknown>;
    const onlyApproved = {
      data: (JSON.parse(exportText) as { data: Array<{ name: string }> }).data.filter((t) => t.name === 'order_status'),
    };
    const answer = await post('/v1/templates/check', { response: inline, templates: onlyApproved });
    expect(answer.statusCode).toBe(422);
    expect(answer.json().templates.map((t: { status: unknown }) => t.status)).toEqual([null, null]);
    expect(answer.json().diagnostics.map((d: { code: string; path: string }) => [d.code, d.path])).toEqual([
      ['template-approved', '/structured/content/1/id'],
      ['template-approved', '/variants/es/structured/content/1/id'],
    ]);
  });

  it('refuses templates that are no message_templates export, and a check without templates', async () => {
    const bad = await post('/v1/templates/check', { response: 'reminder.json', templates: { data: [{ name: 7 }] } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toEqual({
      error: 'bad-request',
      message: expect.stringMatching(
        /^"templates" is not the JSON of GET \/\{WABA-ID\}\/message_templates \(one page or a list of pages\): body\.templates\.data\.0/,
      ),
    });
    // A folder without `templates` in its configuration: the request must bring them.
    const bareDir = mkdtempSync(join(tmpdir(), 'fieldcode-service-templates-bare-'));
    writeFileSync(join(bareDir, 'reminder.json'), reminder);
    const bare = await buildService({
      api,
      library: await Library.open(bareDir),
      metrics: createMetrics(false),
      host: '127.0.0.1',
      version: '0',
    });
    const none = await bare.app.inject({
      method: 'POST',
      url: '/v1/templates/check',
      headers: json,
      payload: '{"response":"reminder.json"}',
    });
    expect([none.statusCode, none.json()]).toEqual([
      400,
      {
        error: 'bad-request',
        message:
          'No templates to check against: give "templates" (the JSON of GET /{WABA-ID}/message_templates) or set "templates" in the served folder\'s fieldcode.config.json',
      },
    ]);
    await bare.app.close();
    rmSync(bareDir, { recursive: true, force: true });
  });

  it('answers 404 for an unknown response and 422 for a response without a notification', async () => {
    const unknown = await post('/v1/templates/check', { response: 'NOPE' });
    expect([unknown.statusCode, unknown.json().error]).toEqual([404, 'unknown-response']);
    const text = await post('/v1/templates/check', { response: 'welcome.txt' });
    expect([text.statusCode, text.json()]).toEqual([
      422,
      { error: 'no-template', message: 'welcome.txt has no WhatsApp notification (template) to check or export' },
    ]);
    const badBody = await post('/v1/templates/check', { response: 'reminder.json', extra: 1 });
    expect([badBody.statusCode, badBody.json().error]).toEqual([400, 'bad-request']);
  });
});

describe('POST /v1/templates/export', () => {
  it("answers the bodies of Meta's template creation for every language, as exportTemplates makes them", async () => {
    const answer = await post('/v1/templates/export', { response: 'reminder.json' });
    expect(answer.statusCode).toBe(200);
    const body = answer.json() as { ok: boolean; templates: Array<{ name: string; language: string; pointer: string; body: unknown }> };
    expect(body.ok).toBe(true);
    expect(body.templates.map((t) => [t.name, t.language, t.pointer])).toEqual([
      ['appointment_reminder', 'en_US', ''],
      ['appointment_reminder', 'es', '/variants/es'],
    ]);
    expect(body.templates.map((t) => t.body)).toEqual(api.exportTemplates(JSON.parse(reminder)).map((e) => e.body));
    for (const t of body.templates) expect(api.validateSchema('meta-template-create', t.body)).toEqual([]);
  });

  it('answers 422 with every reason positioned in the response, and exports nothing', async () => {
    const withFieldCode = reminder.replace('Reply STOP to opt out', 'Reply STOP, <$ Contact.FirstName $>');
    const answer = await post('/v1/templates/export', { response: JSON.parse(withFieldCode) as object });
    expect(answer.statusCode).toBe(422);
    const problems = answer.json().problems as Array<{ code: string; message: string; path: string; range: { start: { line: number } } }>;
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.code === 'template-export' && p.path === '/structured/content/2/text')).toBe(true);
    const text = JSON.stringify(JSON.parse(withFieldCode), null, 2);
    expect(text.split('\n')[problems[0]!.range.start.line - 1]).toContain('Reply STOP, <$ Contact.FirstName $>');
  });
});
