import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RuleTester } from '../index.js';
import { templateApproved } from './template-approved.js';
import { readTemplateExport } from '../../templates/approved.js';

/** Statuses and named parameters against the export saved as a list of two pages. */
const fixture = (name: string) => readFileSync(new URL(`../../../../../test/fixtures/templates/${name}`, import.meta.url), 'utf8');
const { templates, problems } = readTemplateExport(JSON.parse(fixture('message-templates-pages.json')));
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
      'pickup_ready/en_US/APPROVED',
      'legacy_notice/en_US/DISABLED',
    ]);
  });
});

new RuleTester({ filePath: 'r.json', templates }).run(templateApproved, {
  valid: [
    {
      name: 'an APPROVED template (its drift is template-drift)',
      code: N('order_status', 'Hi {{1}}, your order is on its way.'),
    },
    { name: 'without a templates export', code: N('spring_sale', 'Hi {{1}}.'), options: { templates: undefined } },
  ],
  invalid: [
    {
      name: 'REJECTED, with the reason, on the id',
      code: N('spring_sale', 'Hi {{1}}, our spring sale starts now!'),
      errors: [
        {
          messageId: 'rejectedWithReason',
          data: { name: 'spring_sale', language: 'en_US', reason: 'INVALID_FORMAT' },
          highlighted: 'ns@spring_sale',
          severity: 'error',
          path: '/structured/content/0/id',
        },
      ],
    },
    {
      name: 'PAUSED (132015)',
      code: N('payment_due', 'Hello {{1}}, your payment of {{2}} is due on {{3}}.'),
      errors: [
        {
          messageId: 'paused',
          data: { name: 'payment_due', language: 'en_US' },
          highlighted: 'ns@payment_due',
          severity: 'error',
          path: '/structured/content/0/id',
        },
      ],
    },
    {
      name: 'DISABLED (132016)',
      code: N('legacy_notice', 'Hello {{1}}, our opening hours change next week.'),
      errors: [
        {
          messageId: 'disabled',
          data: { name: 'legacy_notice', language: 'en_US' },
          highlighted: 'ns@legacy_notice',
          severity: 'error',
          path: '/structured/content/0/id',
        },
      ],
    },
  ],
});

/** The appointment reminder of test/fixtures/templates, approved in en_US and es, PENDING in pt_BR. */
const reminder = readTemplateExport(JSON.parse(fixture('message-templates.json'))).templates;
const base = fixture('appointment-reminder.json');
const edit = (from: string, to: string) => {
  if (!base.includes(from)) throw new Error(`appointment-reminder.json no longer contains ${JSON.stringify(from)}`);
  return base.replace(from, to);
};

new RuleTester({ filePath: 'appointment-reminder.json', templates: reminder }).run(templateApproved, {
  valid: [{ name: 'approved in en_US and in the es variant', code: base }],
  invalid: [
    {
      name: 'a language Meta has no translation for (132001) on language',
      code: edit('"language": "en_US"', '"language": "fr"'),
      errors: [
        {
          messageId: 'noTranslation',
          data: { name: 'appointment_reminder', language: 'fr', languages: 'en_US, es, pt_BR' },
          highlighted: '"fr"',
          severity: 'error',
          path: '/structured/content/1/language',
        },
      ],
    },
    {
      name: 'a PENDING translation',
      code: edit('"language": "en_US"', '"language": "pt_BR"'),
      errors: [
        {
          messageId: 'pending',
          data: { name: 'appointment_reminder', language: 'pt_BR' },
          highlighted: '96729df3_ba05_1452_ebe8_cabe48762a81@appointment_reminder',
          severity: 'error',
          path: '/structured/content/1/id',
        },
      ],
    },
    {
      name: 'a template name not in the export (132001) on id',
      code: edit('@appointment_reminder",\n        "language": "en_US"', '@appointment_reminders",\n        "language": "en_US"'),
      errors: [
        {
          messageId: 'notInExport',
          data: { name: 'appointment_reminders' },
          highlighted: '96729df3_ba05_1452_ebe8_cabe48762a81@appointment_reminders',
          severity: 'error',
          path: '/structured/content/1/id',
        },
      ],
    },
  ],
});
