import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic, lint } from '../index.js';
import { readTemplateExport } from '../../templates/approved.js';

/** Statuses and named parameters against the export saved as a list of two pages. */
const fixture = (name: string) => readFileSync(new URL(`../../../../../test/fixtures/templates/${name}`, import.meta.url), 'utf8');
const { templates, problems } = readTemplateExport(JSON.parse(fixture('message-templates-pages.json')));
const run = (text: string, codes: string[] = ['template-approved', 'template-drift']) =>
  lint(text, { filePath: 'r.json', templates })
    .diagnostics.filter((d) => codes.includes(d.code))
    .map(formatDiagnostic);
const N = (id: string, text: string, extra = '') =>
  `{"structured":{"contentType":"notification","content":[{"index":1,"type":"notification","id":"ns@${id}","language":"en_US","text":${JSON.stringify(text)},"parameters":[{"index":1,"value":"x"},{"index":2,"value":"y"},{"index":3,"value":"z"}]}${extra}]}}`;

describe('template-approved', () => {
  it('reads every page of a saved list of pages', () => {
    expect(problems).toEqual([]);
    expect(templates.map((t) => `${t.name}/${t.language}/${t.status}`)).toEqual([
      'appointment_reminder/en_US/APPROVED',
      'appointment_reminder/es/APPROVED',
      'appointment_reminder/pt_BR/PENDING',
      'order_status/en_US/APPROVED',
      'spring_sale/en_US/REJECTED',
      'verification_code/en_US/APPROVED',
      'payment_due/en_US/PAUSED',
      'legacy_notice/en_US/DISABLED',
    ]);
  });

  it('REJECTED, with the reason, on the id; the drift from the rejected template too', () => {
    expect(run(N('spring_sale', 'Hi {{1}}, our spring sale starts now!'))).toEqual([
      'template-drift error 1:56-1:264 The approved template has a VIDEO header; this response has none: sends fail with error 132000 (number of parameters does not match). @/structured/content/0',
      'template-drift error 1:56-1:264 The response has 0 buttons; the approved template has 2 (COPY_CODE, URL missing): sends fail with error 132000 (number of parameters does not match). @/structured/content/0',
      "template-approved error 1:95-1:109 Template 'spring_sale' (en_US) was REJECTED by Meta (reason: INVALID_FORMAT); it cannot be sent: sends fail with error 132001 (template does not exist). @/structured/content/0/id",
      'template-drift error 1:138-1:141 Body text differs from the approved template here: approved "", response "Hi "; the customer receives the approved text, not this one. @/structured/content/0/text',
    ]);
  });

  it('PAUSED (132015)', () => {
    expect(
      run(
        N(
          'payment_due',
          'Hello {{1}}, your payment of {{2}} is due on {{3}}. Pay in the app to avoid a late fee.',
          ',{"index":2,"type":"phone-button","text":"Call us","phone":"+15550100200"}',
        ),
      ),
    ).toEqual([
      "template-approved error 1:95-1:109 Template 'payment_due' (en_US) is PAUSED by Meta for low quality: sends fail with error 132015 (template is paused). @/structured/content/0/id",
    ]);
  });

  it('DISABLED (132016)', () => {
    expect(run(N('legacy_notice', 'Hello {{1}}, our opening hours change next week. See the details in the app.'))).toEqual([
      "template-approved error 1:95-1:111 Template 'legacy_notice' (en_US) is DISABLED by Meta for low quality: sends fail with error 132016 (template is disabled). @/structured/content/0/id",
    ]);
  });

  it('a phone number that differs from the approved one', () => {
    expect(
      run(
        N(
          'payment_due',
          'Hello {{1}}, your payment of {{2}} is due on {{3}}. Pay in the app to avoid a late fee.',
          ',{"index":2,"type":"phone-button","text":"Call us","phone":"+15550100299"}',
        ),
      ),
    ).toEqual([
      "template-approved error 1:95-1:109 Template 'payment_due' (en_US) is PAUSED by Meta for low quality: sends fail with error 132015 (template is paused). @/structured/content/0/id",
      'template-drift error 1:374-1:386 Button 1 calls "+15550100299"; the approved template calls "+15550100200": the customer calls the approved number. @/structured/content/1/phone',
    ]);
  });

  it('named parameters: a variable named otherwise than approved (132000), on the variable', () => {
    const named = `{"parameterFormat":"named","structured":{"contentType":"notification","content":[{"index":1,"type":"text","text":"Order {{order_id}}","parameters":[{"name":"order_id","index":1,"value":"<$ Variables.Order $>"}]},{"index":2,"type":"notification","id":"ns@order_status","language":"en_US","text":"Hi {{first_name}}, your order is on its way and should arrive by {{delivery}}. Track it with the button below.","parameters":[{"name":"first_name","index":1,"value":"x"},{"name":"delivery","index":2,"value":"y"}]},{"index":3,"type":"url-button","text":"Track order","url":"https://shop.example.com/track/{{1}}","parameters":[{"index":1,"value":"x"}]}]}}`;
    expect(run(named)).toEqual([
      'template-drift error 1:361-1:373 Variable {{delivery}} is not in the approved body (it has {{delivery_date}}): sends fail with error 132000 (number of parameters does not match). @/structured/content/1/text',
      'template-drift error 1:371-1:372 Body text differs from the approved template here: approved "_date", response ""; the customer receives the approved text, not this one. @/structured/content/1/text',
    ]);
    expect(run(named.replace('{{delivery}}', '{{delivery_date}}').replace('"delivery"', '"delivery_date"'))).toEqual([]);
  });
});
