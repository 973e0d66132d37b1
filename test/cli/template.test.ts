import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportTemplates, formatDiagnostic, lint, readTemplateExport, validateSchema } from '@fieldcode/content';
import { ensureBuilt, root } from './build.js';
import { fieldcode } from './run.js';

/** End-to-end: `fieldcode template export`, `template check`, `template diff` and `lint --templates` on the Meta fixtures. */
const fixtureDir = join(root, 'test', 'fixtures', 'templates');
const reminder = readFileSync(join(fixtureDir, 'appointment-reminder.json'), 'utf8');
const drifted = reminder
  .replace('Reply to confirm or reschedule.",', 'Reply to confirm, or to reschedule.",')
  .replace('"text": "Reschedule" }', '"text": "Change" }');
const { templates } = readTemplateExport(JSON.parse(readFileSync(join(fixtureDir, 'message-templates.json'), 'utf8')));

let scratch: string;

beforeAll(() => {
  ensureBuilt();
  scratch = mkdtempSync(join(tmpdir(), 'fieldcode-template-e2e-'));
}, 300_000);

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** A fresh folder with an empty config, the export fixtures and the given responses. */
function workspace(name: string, files: Record<string, string>): string {
  const dir = join(scratch, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'fieldcode.config.json'), '{}\n');
  mkdirSync(join(dir, 'meta'), { recursive: true });
  for (const file of ['message-templates.json', 'message-templates-pages.json'])
    copyFileSync(join(fixtureDir, file), join(dir, 'meta', file));
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  return dir;
}

describe('fieldcode template export', () => {
  it('prints the creation request of each language, valid against the template-creation schema', () => {
    const dir = workspace('export-stdout', { 'reminder.json': reminder });
    const result = fieldcode(dir, 'template', 'export', 'reminder.json');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const bodies = JSON.parse(result.stdout) as unknown[];
    expect(bodies).toEqual(exportTemplates(JSON.parse(reminder)).map((e) => e.body));
    expect(bodies.map((b) => (b as { language: string }).language)).toEqual(['en_US', 'es']);
    for (const body of bodies) expect(validateSchema('meta-template-create', body)).toEqual([]);
  });

  it('writes <name>.<language>.json files with --out', () => {
    const dir = workspace('export-out', { 'reminder.json': reminder });
    const result = fieldcode(dir, 'template', 'export', 'reminder.json', '--out', 'export');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('wrote export/appointment_reminder.en_US.json\nwrote export/appointment_reminder.es.json\n');
    expect(readdirSync(join(dir, 'export')).sort()).toEqual(['appointment_reminder.en_US.json', 'appointment_reminder.es.json']);
    const es = JSON.parse(readFileSync(join(dir, 'export', 'appointment_reminder.es.json'), 'utf8')) as { components: unknown[] };
    expect(validateSchema('meta-template-create', es)).toEqual([]);
    expect(es.components[1]).toEqual({
      type: 'BODY',
      text: 'Hola {{1}}, tu cita con {{2}} es el {{3}}. Responde para confirmar o cambiarla.',
      example: { body_text: [['Maria', 'Dr. Chen', '3 de mayo a las 10:30']] },
    });
  });

  it('writes nothing and exits 1 when a template cannot be exported, with positioned reasons', () => {
    const broken = reminder
      .replace('"category": "UTILITY",\n', '')
      .replace('"body": { "3": "May 3 at 10:30" }', '"body": {}')
      .replace(
        '"Variables": { "Doctor": "Dr. Chen", "AppointmentTime": "2026-05-03T10:30", "BookingRef": "A1B2C3" }',
        '"Variables": { "Doctor": "Dr. Chen", "BookingRef": "A1B2C3" }',
      );
    const dir = workspace('export-broken', { 'reminder.json': broken });
    const result = fieldcode(dir, 'template', 'export', 'reminder.json', '--out', 'export');
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      [
        'reminder.json:1:1 error The response has no category (MARKETING, UTILITY or AUTHENTICATION); Meta needs one to review the template. [template-export]',
        'reminder.json:18:65 error Variable {{3}} has no example: add examples.body["3"] or sample data for its parameter (Meta requires an example for every variable). [template-export]',
        'reminder.json:1:1 error The response has no category (MARKETING, UTILITY or AUTHENTICATION); Meta needs one to review the template. [template-export]',
        'fieldcode: nothing exported (3 problems)',
        '',
      ].join('\n'),
    );
    expect(existsSync(join(dir, 'export'))).toBe(false);
  });

  it('skips plain-text responses, as template check does, and refuses a call with nothing but them (exit 2)', () => {
    const dir = workspace('export-plain-text', { 'reminder.json': reminder, 'welcome.txt': 'Hello <$ Contact.FirstName $>' });
    const result = fieldcode(dir, 'template', 'export', '.');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(exportTemplates(JSON.parse(reminder)).map((e) => e.body));
    expect(fieldcode(dir, 'template', 'export', 'welcome.txt')).toEqual({
      status: 2,
      stdout: '',
      stderr: 'fieldcode: template export: no notification templates in the given files\n',
    });
  });

  it('refuses a call without files (exit 2)', () => {
    const dir = workspace('export-usage', {});
    const result = fieldcode(dir, 'template', 'export');
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('fieldcode: template export: give at least one FILE (see fieldcode template export --help)\n');
  });
});

describe('fieldcode template diff', () => {
  it('shows the response beside the approved template, then each difference positioned in the file (exit 1)', () => {
    const dir = workspace('diff', { 'reminder.json': drifted });
    const result = fieldcode(dir, 'template', 'diff', 'reminder.json', '--templates', 'meta/message-templates-pages.json');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    const findings = lint(drifted, { filePath: 'reminder.json', templates }).diagnostics.map(formatDiagnostic);
    expect(findings).toEqual([
      'template-drift error 19:88-19:95 Body text differs from the approved template here: approved " or", response ", or to"; the customer receives the approved text, not this one. @/structured/content/1/text',
      'template-drift error 28:53-28:58 Button 2 label differs from the approved "Reschedule": the customer receives the approved text, not this one. @/structured/content/4/text',
    ]);
    expect(result.stdout.split('\n').slice(0, 15)).toEqual([
      'template appointment_reminder (en_US)',
      '                    response                               │ approved',
      '  status                                                   │ APPROVED',
      '= category          UTILITY                                │ UTILITY',
      '= parameter format  positional                             │ positional',
      '= header            IMAGE                                  │ IMAGE',
      '≠ body              Hello {{1}}, your appointment with     │ Hello {{1}}, your appointment with',
      '                    {{2}} is on {{3}}. Reply to confirm,   │ {{2}} is on {{3}}. Reply to confirm or',
      '                    or to reschedule.                      │ reschedule.',
      '= footer            Reply STOP to opt out                  │ Reply STOP to opt out',
      '= button 1          QUICK_REPLY "Confirm"                  │ QUICK_REPLY "Confirm"',
      '≠ button 2          QUICK_REPLY "Change"                   │ QUICK_REPLY "Reschedule"',
      '= button 3          URL "Manage booking"                   │ URL "Manage booking"',
      '                    https://clinic.example.com/booking/{{1 │ https://clinic.example.com/booking/{{1',
      '                    }}                                     │ }}',
    ]);
    expect(
      result.stdout.endsWith(
        [
          '',
          'reminder.json:19:88 error Body text differs from the approved template here: approved " or", response ", or to"; the customer receives the approved text, not this one. [template-drift]',
          'reminder.json:28:53 error Button 2 label differs from the approved "Reschedule": the customer receives the approved text, not this one. [template-drift]',
          '',
        ].join('\n'),
      ),
    ).toBe(true);
  });

  it('exits 0 when every language matches an approved template; the config names the export by glob', () => {
    const dir = workspace('diff-same', { 'reminder.json': reminder });
    writeFileSync(join(dir, 'fieldcode.config.json'), '{ "templates": "meta/*-pages.json" }\n');
    const result = fieldcode(dir, 'template', 'diff', 'reminder.json');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('template appointment_reminder (es)\n');
    expect(result.stdout).not.toContain('≠');
  });

  it('refuses a plain-text response: it has no notification template (exit 2)', () => {
    const dir = workspace('diff-plain-text', { 'welcome.txt': 'Hello <$ Contact.FirstName $>' });
    expect(fieldcode(dir, 'template', 'diff', 'welcome.txt', '--templates', 'meta/message-templates.json')).toEqual({
      status: 2,
      stdout: '',
      stderr: 'fieldcode: template diff: welcome.txt has no notification template\n',
    });
  });

  it('rejects an export that is not a message_templates listing, positioned (exit 2)', () => {
    const dir = workspace('diff-bad-export', {
      'reminder.json': reminder,
      'bad.json': '{ "data": [ { "name": "x", "language": "en_US", "status": "OK", "components": [] } ] }\n',
    });
    const result = fieldcode(dir, 'template', 'diff', 'reminder.json', '--templates', 'bad.json');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')[0]).toBe(
      'fieldcode: invalid templates export bad.json: expected the JSON of GET /{WABA-ID}/message_templates (one page or a list of pages)',
    );
    expect(result.stderr.split('\n')[1]).toBe(
      `bad.json:1:59 error '/data/0/status' must be equal to one of the allowed values: "APPROVED", "PENDING", "REJECTED", "PAUSED", "DISABLED", "IN_APPEAL", "PENDING_DELETION", "DELETED", "LIMIT_EXCEEDED", "ARCHIVED". [schema]`,
    );
  });
});

describe('fieldcode template check', () => {
  it('checks every file against the export: the same findings as lint --templates, one line each (exit 1)', () => {
    const dir = workspace('check', { 'reminder.json': reminder, 'drifted.json': drifted, 'welcome.txt': 'Hello <$ Contact.FirstName $>' });
    const result = fieldcode(dir, 'template', 'check', '.', '--templates', 'meta/message-templates.json');
    expect(result.status).toBe(1);
    expect(result.stdout).toBe(
      [
        'drifted.json:19:88 error Body text differs from the approved template here: approved " or", response ", or to"; the customer receives the approved text, not this one. [template-drift]',
        'drifted.json:28:53 error Button 2 label differs from the approved "Reschedule": the customer receives the approved text, not this one. [template-drift]',
        '',
      ].join('\n'),
    );
    expect(result.stderr).toBe('✖ 2 problems (4 templates checked)\n');
  });

  it('exits 0 when every template matches; the config names the export; template rules the config turns off still run', () => {
    const dir = workspace('check-clean', { 'reminder.json': reminder });
    writeFileSync(
      join(dir, 'fieldcode.config.json'),
      '{ "templates": "meta/*-pages.json", "rules": { "template-drift": "off", "template-approved": "off" } }\n',
    );
    expect(fieldcode(dir, 'template', 'check', 'reminder.json')).toEqual({
      status: 0,
      stdout: '',
      stderr: '✔ 2 templates match an approved template\n',
    });
    writeFileSync(join(dir, 'drifted.json'), drifted);
    expect(fieldcode(dir, 'template', 'check', 'drifted.json').status).toBe(1);
  });

  it('refuses files without a notification, and a call without an export (exit 2)', () => {
    const dir = workspace('check-none', { 'welcome.txt': 'Hello', 'reminder.json': reminder });
    expect(fieldcode(dir, 'template', 'check', 'welcome.txt', '--templates', 'meta/message-templates.json')).toEqual({
      status: 2,
      stdout: '',
      stderr: 'fieldcode: template check: no notification templates in the given files\n',
    });
    expect(fieldcode(dir, 'template', 'check', 'reminder.json')).toEqual({
      status: 2,
      stdout: '',
      stderr: "fieldcode: template check: no templates export: pass --templates EXPORT or set 'templates' in the config\n",
    });
  });
});

describe('fieldcode lint --templates', () => {
  it('reports template-approved and template-drift through the one lint core (exit 1)', () => {
    const dir = workspace('lint', { 'reminder.json': drifted.replace('"language": "en_US"', '"language": "pt_BR"') });
    const result = fieldcode(dir, 'lint', 'reminder.json', '--templates', 'meta/message-templates.json', '--format', 'json');
    expect(result.status).toBe(1);
    const [report] = JSON.parse(result.stdout) as Array<{
      messages: Array<{ ruleId: string; line: number; column: number; message: string }>;
    }>;
    expect(report!.messages.map((m) => `${m.ruleId} ${m.line}:${m.column}`)).toEqual([
      'template-approved 17:16',
      'template-drift 19:18',
      'template-drift 26:48',
      'template-drift 27:59',
      'template-drift 28:53',
      'template-drift 32:18',
    ]);
    expect(report!.messages[0]!.message).toBe(
      "Template 'appointment_reminder' (pt_BR) is still in review (PENDING); it cannot be sent until Meta approves it: sends fail with error 132001 (template does not exist) until then.",
    );
  });

  it('is silent on template rules without an export, and clean on the matching response', () => {
    const dir = workspace('lint-clean', { 'reminder.json': reminder });
    expect(fieldcode(dir, 'lint', 'reminder.json', '--templates', 'meta/message-templates.json')).toEqual({
      status: 0,
      stdout: '✔ no problems (1 file checked)\n',
      stderr: '',
    });
    const result = fieldcode(dir, 'lint', 'reminder.json');
    expect(result.status).toBe(0);
  });
});
