import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic, lint } from '../index.js';
import { readTemplateExport } from '../../templates/approved.js';

/**
 * template-approved and template-drift against the realistic export in test/fixtures/templates
 * (written from Meta's message_templates documentation): the appointment reminder matches its
 * approved en_US and es templates; each case changes one thing and pins the exact diagnostics.
 */
const fixture = (name: string) => readFileSync(new URL(`../../../../../test/fixtures/templates/${name}`, import.meta.url), 'utf8');
const { templates } = readTemplateExport(JSON.parse(fixture('message-templates.json')));
const base = fixture('appointment-reminder.json');
const run = (text: string) =>
  lint(text, { filePath: 'appointment-reminder.json', templates })
    .diagnostics.filter((d) => d.code === 'template-drift' || d.code === 'template-approved')
    .map(formatDiagnostic);
const edit = (from: string, to: string) => {
  expect(base).toContain(from);
  return base.replace(from, to);
};

describe('template-approved and template-drift', () => {
  it('are silent when the response matches its approved templates (en_US and the es variant)', () => {
    expect(lint(base, { filePath: 'appointment-reminder.json', templates }).diagnostics.map(formatDiagnostic)).toEqual([]);
  });

  it('are silent without a templates export', () => {
    expect(
      lint(edit('"language": "en_US"', '"language": "fr"'), { filePath: 'a.json' }).diagnostics.filter((d) =>
        d.code.startsWith('template-'),
      ),
    ).toEqual([]);
  });

  it('parameter format named vs approved positional (132012) on parameterFormat', () => {
    expect(run(edit('"parameterFormat": "positional"', '"parameterFormat": "named"'))).toEqual([
      'template-drift error 5:22-5:29 Parameter format is named; the approved template uses positional parameters: sends fail with error 132012 (parameter format does not match). @/parameterFormat',
    ]);
  });

  it('no header where an IMAGE header was approved (132000)', () => {
    expect(
      run(
        edit('{ "index": 1, "type": "image", "url": "https://clinic.example.com/img/reminder.png", "mime": "image/png" },\n      {', '{'),
      ),
    ).toEqual([
      'template-drift error 13:7-24:8 The approved template has an IMAGE header; this response has none: sends fail with error 132000 (number of parameters does not match). @/structured/content/0',
    ]);
  });

  it('VIDEO header where IMAGE was approved (132012) on the header type', () => {
    expect(run(edit('"index": 1, "type": "image"', '"index": 1, "type": "video"'))).toEqual([
      'template-drift error 13:29-13:36 Header is VIDEO; the approved template has an IMAGE header: sends fail with error 132012 (parameter format does not match). @/structured/content/0/type',
    ]);
  });

  it('an extra body variable (132000) on the variable, and the text difference', () => {
    expect(run(edit('is on {{3}}. Reply', 'is on {{3}} at {{4}}. Reply'))).toEqual([
      'template-drift error 19:70-19:79 Body text differs from the approved template here: approved "", response " at {{4}}"; the customer receives the approved text, not this one. @/structured/content/1/text',
      'template-drift error 19:74-19:79 The body has 4 variables; the approved template has 3: sends fail with error 132000 (number of parameters does not match). @/structured/content/1/text',
    ]);
  });

  it('a missing body variable (132000) and the text difference', () => {
    expect(run(edit('with {{2}} is on {{3}}. Reply', 'with {{2}}. Reply'))).toEqual([
      'template-drift error 19:18-19:91 The body has 2 variables; the approved template has 3: sends fail with error 132000 (number of parameters does not match). @/structured/content/1/text',
      'template-drift error 19:58-19:59 Body text differs from the approved template here: approved " is on {{3}}", response ""; the customer receives the approved text, not this one. @/structured/content/1/text',
    ]);
  });

  it('body text wording, on the differing run', () => {
    expect(
      run(edit('Reply to confirm or reschedule.",\n        "parameters', 'Reply to confirm, or to reschedule.",\n        "parameters')),
    ).toEqual([
      'template-drift error 19:88-19:95 Body text differs from the approved template here: approved " or", response ", or to"; the customer receives the approved text, not this one. @/structured/content/1/text',
    ]);
  });

  it('footer wording, on the differing run', () => {
    expect(run(edit('"text": "Reply STOP to opt out"', '"text": "Reply STOP to unsubscribe"'))).toEqual([
      'template-drift error 26:60-26:71 Footer differs from the approved "Reply STOP to opt out": the customer receives the approved text, not this one. @/structured/content/2/text',
    ]);
  });

  it('a missing footer', () => {
    expect(run(edit('{ "index": 3, "type": "text", "text": "Reply STOP to opt out" },\n', ''))).toEqual([
      'template-drift error 14:7-25:8 The approved template has the footer "Reply STOP to opt out"; this response has none. @/structured/content/1',
    ]);
  });

  it('a button label', () => {
    expect(run(edit('"text": "Reschedule" }', '"text": "Change" }'))).toEqual([
      'template-drift error 28:53-28:58 Button 2 label differs from the approved "Reschedule": the customer receives the approved text, not this one. @/structured/content/4/text',
    ]);
  });

  it('a button of another type at the same index (132012)', () => {
    expect(
      run(
        edit(
          '{ "index": 5, "type": "quick-reply", "text": "Reschedule" }',
          '{ "index": 5, "type": "phone-button", "text": "Reschedule", "phone": "+15550100200" }',
        ),
      ),
    ).toEqual([
      'template-drift error 28:29-28:43 Button 2 is PHONE_NUMBER; the approved template has QUICK_REPLY there: sends fail with error 132012 (parameter format does not match). @/structured/content/4/type',
    ]);
  });

  it('fewer buttons (132000), and the shifted type', () => {
    expect(run(edit('{ "index": 5, "type": "quick-reply", "text": "Reschedule" },\n', ''))).toEqual([
      'template-drift error 28:13-34:8 The response has 2 buttons; the approved template has 3 (URL missing): sends fail with error 132000 (number of parameters does not match). @/structured/content/4',
      'template-drift error 30:17-30:29 Button 2 is URL; the approved template has QUICK_REPLY there: sends fail with error 132012 (parameter format does not match). @/structured/content/4/type',
    ]);
  });

  it('an extra button (132000) on that button', () => {
    expect(
      run(
        edit(
          '{ "index": 5, "type": "quick-reply", "text": "Reschedule" },',
          '{ "index": 5, "type": "quick-reply", "text": "Reschedule" },\n      { "index": 7, "type": "quick-reply", "text": "Cancel" },',
        ),
      ),
    ).toEqual([
      'template-drift error 29:7-29:62 The response has 4 buttons; the approved template has 3: sends fail with error 132000 (number of parameters does not match). @/structured/content/5',
    ]);
  });

  it('a URL without the approved suffix variable (132000)', () => {
    expect(
      run(
        edit(
          '"url": "https://clinic.example.com/booking/{{1}}",\n        "parameters": [{ "name": "Booking", "index": 1, "value": "<$ Variables.BookingRef $>" }]\n      }\n    ]\n  },',
          '"url": "https://clinic.example.com/booking"\n      }\n    ]\n  },',
        ),
      ),
    ).toEqual([
      'template-drift error 33:17-33:51 Button 3 URL has no suffix variable; the approved URL "https://clinic.example.com/booking/{{1}}" has one: sends fail with error 132000 (number of parameters does not match). @/structured/content/5/url',
    ]);
  });

  it('a URL whose static part differs', () => {
    expect(
      run(
        edit(
          'https://clinic.example.com/booking/{{1}}",\n        "parameters": [{ "name": "Booking", "index": 1, "value": "<$ Variables.BookingRef $>" }]\n      }\n    ]\n  },',
          'https://clinic.example.com/b/{{1}}",\n        "parameters": [{ "name": "Booking", "index": 1, "value": "<$ Variables.BookingRef $>" }]\n      }\n    ]\n  },',
        ),
      ),
    ).toEqual([
      'template-drift error 33:45-33:46 Button 3 URL differs from the approved "https://clinic.example.com/booking/{{1}}": the customer opens the approved URL. @/structured/content/5/url',
    ]);
  });

  it('template-approved: a language Meta has no translation for (132001) on language', () => {
    expect(run(edit('"language": "en_US"', '"language": "fr"'))).toEqual([
      "template-approved error 18:21-18:25 Template 'appointment_reminder' has no fr translation in the export (it has en_US, es, pt_BR): sends fail with error 132001 (template name does not exist in the translation). @/structured/content/1/language",
    ]);
  });

  it('template-approved: a PENDING translation, and its drift', () => {
    expect(run(edit('"language": "en_US"', '"language": "pt_BR"'))).toEqual([
      "template-approved error 17:16-17:73 Template 'appointment_reminder' (pt_BR) is still in review (PENDING); it cannot be sent until Meta approves it: sends fail with error 132001 (template does not exist) until then. @/structured/content/1/id",
      'template-drift error 19:18-19:102 Body text differs from the approved template here: approved "Olá {{1}}, sua consulta com {{2}} é em …", response "Hello {{1}}, your appointment with {{2}…"; the customer receives the approved text, not this one. @/structured/content/1/text',
      'template-drift error 26:48-26:67 Footer differs from the approved "Responda SAIR para cancelar": the customer receives the approved text, not this one. @/structured/content/2/text',
      'template-drift error 27:59-27:60 Button 1 label differs from the approved "Confirmar": the customer receives the approved text, not this one. @/structured/content/3/text',
      'template-drift error 28:55-28:63 Button 2 label differs from the approved "Remarcar": the customer receives the approved text, not this one. @/structured/content/4/text',
      'template-drift error 32:18-32:32 Button 3 label differs from the approved "Gerenciar consulta": the customer receives the approved text, not this one. @/structured/content/5/text',
    ]);
  });

  it('template-approved: a template name not in the export (132001) on id', () => {
    expect(
      run(edit('@appointment_reminder",\n        "language": "en_US"', '@appointment_reminders",\n        "language": "en_US"')),
    ).toEqual([
      "template-approved error 17:16-17:74 Template 'appointment_reminders' is not in the templates export: sends fail with error 132001 (template name does not exist in the translation). @/structured/content/1/id",
    ]);
  });
});
