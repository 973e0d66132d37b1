import { readFileSync } from 'node:fs';
import { RuleTester } from '../index.js';
import { readTemplateExport } from '../../templates/approved.js';
import { templateDrift } from './template-drift.js';

/**
 * template-drift against the realistic export in test/fixtures/templates (written from Meta's
 * message_templates documentation): the appointment reminder matches its approved en_US and es
 * templates; each case changes one thing and pins the exact reports.
 */
const fixture = (name: string) => readFileSync(new URL(`../../../../../test/fixtures/templates/${name}`, import.meta.url), 'utf8');
const { templates } = readTemplateExport(JSON.parse(fixture('message-templates.json')));
const base = fixture('appointment-reminder.json');
/** The fixture with one exact edit (an edit that no longer applies is an error, not a silent no-op). */
const edit = (from: string, to: string) => {
  if (!base.includes(from)) throw new Error(`appointment-reminder.json no longer contains ${JSON.stringify(from)}`);
  return base.replace(from, to);
};

/** The approved verification_code as a response, with the given `authentication` preset fields. */
const authentication = (preset: Record<string, unknown>) =>
  JSON.stringify({
    category: 'AUTHENTICATION',
    authentication: preset,
    structured: {
      contentType: 'notification',
      content: [
        {
          index: 1,
          type: 'notification',
          id: 'ns@verification_code',
          language: 'en_US',
          text: '*{{1}}* is your verification code. For your security, do not share this code.',
          parameters: [{ index: 1, value: "<$ Interaction.AttachedData('OTP') $>" }],
        },
        { index: 3, type: 'copy-code-button', code: "<$ Interaction.AttachedData('OTP') $>" },
      ],
    },
  });

new RuleTester({ filePath: 'appointment-reminder.json', templates }).run(templateDrift, {
  valid: [
    { name: 'the response matches its approved templates (en_US and the es variant)', code: base },
    { name: 'a language Meta has no translation for is template-approved only', code: edit('"language": "en_US"', '"language": "fr"') },
    {
      name: "an AUTHENTICATION copy-code button matches Meta's approved OTP button (listed as a URL button with otp_type)",
      code: JSON.stringify({
        category: 'AUTHENTICATION',
        authentication: { addSecurityRecommendation: true, codeExpirationMinutes: 10 },
        structured: {
          contentType: 'notification',
          content: [
            {
              index: 1,
              type: 'notification',
              id: 'ns@verification_code',
              language: 'en_US',
              text: '*{{1}}* is your verification code. For your security, do not share this code.',
              parameters: [{ index: 1, value: "<$ Interaction.AttachedData('OTP') $>" }],
            },
            { index: 2, type: 'text', text: 'This code expires in 10 minutes.' },
            { index: 3, type: 'copy-code-button', code: "<$ Interaction.AttachedData('OTP') $>" },
          ],
        },
      }),
    },
    {
      name: 'without a templates export',
      code: edit('"parameterFormat": "positional"', '"parameterFormat": "named"'),
      options: { templates: undefined },
    },
  ],
  invalid: [
    {
      name: "AUTHENTICATION preset fields that differ from the approved template's, each on its field",
      code: authentication({ addSecurityRecommendation: false, codeExpirationMinutes: 5 }),
      errors: [
        {
          messageId: 'security-recommendation',
          data: {
            difference:
              "The approved authentication template adds Meta's security recommendation; this response does not (authentication.addSecurityRecommendation): the customer receives the approved text, not this one.",
          },
          highlighted: 'false',
          severity: 'error',
          path: '/authentication/addSecurityRecommendation',
        },
        {
          messageId: 'code-expiration',
          data: {
            difference:
              'The approved authentication template says the code expires in 10 minutes; this response sets 5 minutes (authentication.codeExpirationMinutes): the customer receives the approved text, not this one.',
          },
          highlighted: '5',
          severity: 'error',
          path: '/authentication/codeExpirationMinutes',
        },
      ],
    },
    {
      name: 'parameter format named vs approved positional (132012) on parameterFormat',
      code: edit('"parameterFormat": "positional"', '"parameterFormat": "named"'),
      errors: [
        {
          messageId: 'parameter-format',
          data: {
            difference:
              'Parameter format is named; the approved template uses positional parameters: sends fail with error 132012 (parameter format does not match).',
          },
          highlighted: '"named"',
          severity: 'error',
          path: '/parameterFormat',
        },
      ],
    },
    {
      name: 'no header where an IMAGE header was approved (132000)',
      code: edit(
        '{ "index": 1, "type": "image", "url": "https://clinic.example.com/img/reminder.png", "mime": "image/png" },\n      {',
        '{',
      ),
      errors: [
        {
          messageId: 'header-format',
          data: {
            difference:
              'The approved template has an IMAGE header; this response has none: sends fail with error 132000 (number of parameters does not match).',
          },
          highlighted:
            '{\n        "index": 2,\n        "type": "notification",\n        "id": "96729df3_ba05_1452_ebe8_cabe48762a81@appointment_reminder",\n        "language": "en_US",\n        "text": "Hello {{1}}, your appointment with {{2}} is on {{3}}. Reply to confirm or reschedule.",\n        "parameters": [\n          { "name": "Customer", "index": 1, "value": "<$ Contact.FirstName $>" },\n          { "name": "Doctor", "index": 2, "value": "<$ Variables.Doctor $>" },\n          { "name": "When", "index": 3, "value": "<$ Variables.AppointmentTime $>" }\n        ]\n      }',
          severity: 'error',
          path: '/structured/content/0',
        },
      ],
    },
    {
      name: 'VIDEO header where IMAGE was approved (132012) on the header type',
      code: edit('"index": 1, "type": "image"', '"index": 1, "type": "video"'),
      errors: [
        {
          messageId: 'header-format',
          data: {
            difference:
              'Header is VIDEO; the approved template has an IMAGE header: sends fail with error 132012 (parameter format does not match).',
          },
          highlighted: '"video"',
          severity: 'error',
          path: '/structured/content/0/type',
        },
      ],
    },
    {
      name: 'an extra body variable (132000) on the variable, and the text difference',
      code: edit('is on {{3}}. Reply', 'is on {{3}} at {{4}}. Reply'),
      errors: [
        {
          messageId: 'body-text',
          data: {
            difference:
              'Body text differs from the approved template here: the response adds " at {{4}}"; the customer receives the approved text, not this one.',
          },
          highlighted: ' at {{4}}',
          severity: 'error',
          path: '/structured/content/1/text',
        },
        {
          messageId: 'body-parameters',
          data: {
            difference:
              'The body has 4 variables; the approved template has 3: sends fail with error 132000 (number of parameters does not match).',
          },
          highlighted: '{{4}}',
          severity: 'error',
          path: '/structured/content/1/text',
        },
      ],
    },
    {
      name: 'a missing body variable (132000) and the text difference',
      code: edit('with {{2}} is on {{3}}. Reply', 'with {{2}}. Reply'),
      errors: [
        {
          messageId: 'body-parameters',
          data: {
            difference:
              'The body has 2 variables; the approved template has 3: sends fail with error 132000 (number of parameters does not match).',
          },
          highlighted: 'Hello {{1}}, your appointment with {{2}}. Reply to confirm or reschedule.',
          severity: 'error',
          path: '/structured/content/1/text',
        },
        {
          messageId: 'body-text',
          data: {
            difference:
              'Body text differs from the approved template here: the response leaves out the approved " is on {{3}}"; the customer receives the approved text, not this one.',
          },
          highlighted: '.',
          severity: 'error',
          path: '/structured/content/1/text',
        },
      ],
    },
    {
      name: 'body text wording, on the differing run',
      code: edit('Reply to confirm or reschedule.",\n        "parameters', 'Reply to confirm, or to reschedule.",\n        "parameters'),
      errors: [
        {
          messageId: 'body-text',
          data: {
            difference:
              'Body text differs from the approved template here: approved " or", response ", or to"; the customer receives the approved text, not this one.',
          },
          highlighted: ', or to',
          severity: 'error',
          path: '/structured/content/1/text',
        },
      ],
    },
    {
      name: 'footer wording, on the differing run',
      code: edit('"text": "Reply STOP to opt out"', '"text": "Reply STOP to unsubscribe"'),
      errors: [
        {
          messageId: 'footer',
          data: {
            difference: 'Footer differs from the approved "Reply STOP to opt out": the customer receives the approved text, not this one.',
          },
          highlighted: 'unsubscribe',
          severity: 'error',
          path: '/structured/content/2/text',
        },
      ],
    },
    {
      name: 'a missing footer',
      code: edit('{ "index": 3, "type": "text", "text": "Reply STOP to opt out" },\n', ''),
      errors: [
        {
          messageId: 'footer',
          data: { difference: 'The approved template has the footer "Reply STOP to opt out"; this response has none.' },
          highlighted:
            '{\n        "index": 2,\n        "type": "notification",\n        "id": "96729df3_ba05_1452_ebe8_cabe48762a81@appointment_reminder",\n        "language": "en_US",\n        "text": "Hello {{1}}, your appointment with {{2}} is on {{3}}. Reply to confirm or reschedule.",\n        "parameters": [\n          { "name": "Customer", "index": 1, "value": "<$ Contact.FirstName $>" },\n          { "name": "Doctor", "index": 2, "value": "<$ Variables.Doctor $>" },\n          { "name": "When", "index": 3, "value": "<$ Variables.AppointmentTime $>" }\n        ]\n      }',
          severity: 'error',
          path: '/structured/content/1',
        },
      ],
    },
    {
      name: 'a button label',
      code: edit('"text": "Reschedule" }', '"text": "Change" }'),
      errors: [
        {
          messageId: 'button-text',
          data: {
            difference: 'Button 2 label differs from the approved "Reschedule": the customer receives the approved text, not this one.',
          },
          highlighted: 'Chang',
          severity: 'error',
          path: '/structured/content/4/text',
        },
      ],
    },
    {
      name: 'a button of another type at the same index (132012)',
      code: edit(
        '{ "index": 5, "type": "quick-reply", "text": "Reschedule" }',
        '{ "index": 5, "type": "phone-button", "text": "Reschedule", "phone": "+15550100200" }',
      ),
      errors: [
        {
          messageId: 'button-type',
          data: {
            difference:
              'Button 2 is PHONE_NUMBER; the approved template has QUICK_REPLY there: sends fail with error 132012 (parameter format does not match).',
          },
          highlighted: '"phone-button"',
          severity: 'error',
          path: '/structured/content/4/type',
        },
      ],
    },
    {
      name: 'fewer buttons (132000), and the shifted type',
      code: edit('{ "index": 5, "type": "quick-reply", "text": "Reschedule" },\n', ''),
      errors: [
        {
          messageId: 'button-count',
          data: {
            difference:
              'The response has 2 buttons; the approved template has 3 (URL missing): sends fail with error 132000 (number of parameters does not match).',
          },
          highlighted:
            '{\n        "index": 6,\n        "type": "url-button",\n        "text": "Manage booking",\n        "url": "https://clinic.example.com/booking/{{1}}",\n        "parameters": [{ "name": "Booking", "index": 1, "value": "<$ Variables.BookingRef $>" }]\n      }',
          severity: 'error',
          path: '/structured/content/4',
        },
        {
          messageId: 'button-type',
          data: {
            difference:
              'Button 2 is URL; the approved template has QUICK_REPLY there: sends fail with error 132012 (parameter format does not match).',
          },
          highlighted: '"url-button"',
          severity: 'error',
          path: '/structured/content/4/type',
        },
      ],
    },
    {
      name: 'an extra button (132000) on that button',
      code: edit(
        '{ "index": 5, "type": "quick-reply", "text": "Reschedule" },',
        '{ "index": 5, "type": "quick-reply", "text": "Reschedule" },\n      { "index": 7, "type": "quick-reply", "text": "Cancel" },',
      ),
      errors: [
        {
          messageId: 'button-count',
          data: {
            difference:
              'The response has 4 buttons; the approved template has 3: sends fail with error 132000 (number of parameters does not match).',
          },
          highlighted: '{ "index": 7, "type": "quick-reply", "text": "Cancel" }',
          severity: 'error',
          path: '/structured/content/5',
        },
      ],
    },
    {
      name: 'a URL without the approved suffix variable (132000)',
      code: edit(
        '"url": "https://clinic.example.com/booking/{{1}}",\n        "parameters": [{ "name": "Booking", "index": 1, "value": "<$ Variables.BookingRef $>" }]\n      }\n    ]\n  },',
        '"url": "https://clinic.example.com/booking"\n      }\n    ]\n  },',
      ),
      errors: [
        {
          messageId: 'url-variable',
          data: {
            difference:
              'Button 3 URL has no suffix variable; the approved URL "https://clinic.example.com/booking/{{1}}" has one: sends fail with error 132000 (number of parameters does not match).',
          },
          highlighted: 'https://clinic.example.com/booking',
          severity: 'error',
          path: '/structured/content/5/url',
        },
      ],
    },
    {
      name: 'a URL whose static part differs',
      code: edit(
        'https://clinic.example.com/booking/{{1}}",\n        "parameters": [{ "name": "Booking", "index": 1, "value": "<$ Variables.BookingRef $>" }]\n      }\n    ]\n  },',
        'https://clinic.example.com/b/{{1}}",\n        "parameters": [{ "name": "Booking", "index": 1, "value": "<$ Variables.BookingRef $>" }]\n      }\n    ]\n  },',
      ),
      errors: [
        {
          messageId: 'url-text',
          data: {
            difference:
              'Button 3 URL differs from the approved "https://clinic.example.com/booking/{{1}}": the customer opens the approved URL.',
          },
          highlighted: '/',
          severity: 'error',
          path: '/structured/content/5/url',
        },
      ],
    },
    {
      name: 'the drift of a PENDING translation',
      code: edit('"language": "en_US"', '"language": "pt_BR"'),
      errors: [
        {
          messageId: 'body-text',
          data: {
            difference:
              'Body text differs from the approved template here: approved "Olá {{1}}, sua consulta com {{2}} é em …", response "Hello {{1}}, your appointment with {{2}…"; the customer receives the approved text, not this one.',
          },
          highlighted: 'Hello {{1}}, your appointment with {{2}} is on {{3}}. Reply to confirm or reschedule',
          severity: 'error',
          path: '/structured/content/1/text',
        },
        {
          messageId: 'footer',
          data: {
            difference:
              'Footer differs from the approved "Responda SAIR para cancelar": the customer receives the approved text, not this one.',
          },
          highlighted: 'ply STOP to opt out',
          severity: 'error',
          path: '/structured/content/2/text',
        },
        {
          messageId: 'button-text',
          data: {
            difference: 'Button 1 label differs from the approved "Confirmar": the customer receives the approved text, not this one.',
          },
          highlighted: 'm',
          severity: 'error',
          path: '/structured/content/3/text',
        },
        {
          messageId: 'button-text',
          data: {
            difference: 'Button 2 label differs from the approved "Remarcar": the customer receives the approved text, not this one.',
          },
          highlighted: 'schedule',
          severity: 'error',
          path: '/structured/content/4/text',
        },
        {
          messageId: 'button-text',
          data: {
            difference:
              'Button 3 label differs from the approved "Gerenciar consulta": the customer receives the approved text, not this one.',
          },
          highlighted: 'Manage booking',
          severity: 'error',
          path: '/structured/content/5/text',
        },
      ],
    },
  ],
});

/** The export saved as a list of two pages: phone buttons and named parameters. */
const pages = readTemplateExport(JSON.parse(fixture('message-templates-pages.json'))).templates;
const N = (id: string, text: string, extra = '') =>
  `{"structured":{"contentType":"notification","content":[{"index":1,"type":"notification","id":"ns@${id}","language":"en_US","text":${JSON.stringify(text)},"parameters":[{"index":1,"value":"x"},{"index":2,"value":"y"},{"index":3,"value":"z"}]}${extra}]}}`;
const PAYMENT = 'Hello {{1}}, your payment of {{2}} is due on {{3}}. Pay in the app to avoid a late fee.';
const named = (variable: string) =>
  `{"parameterFormat":"named","structured":{"contentType":"notification","content":[{"index":1,"type":"text","text":"Order {{order_id}}","parameters":[{"name":"order_id","index":1,"value":"<$ Variables.Order $>"}]},{"index":2,"type":"notification","id":"ns@order_status","language":"en_US","text":"Hi {{first_name}}, your order is on its way and should arrive by {{${variable}}}. Track it with the button below.","parameters":[{"name":"first_name","index":1,"value":"x"},{"name":"${variable}","index":2,"value":"y"}]},{"index":3,"type":"url-button","text":"Track order","url":"https://shop.example.com/track/{{1}}","parameters":[{"index":1,"value":"x"}]}]}}`;

new RuleTester({ filePath: 'r.json', templates: pages }).run(templateDrift, {
  valid: [
    {
      name: 'the approved phone number',
      code: N('payment_due', PAYMENT, ',{"index":2,"type":"phone-button","text":"Call us","phone":"+15550100200"}'),
    },
    { name: 'named parameters as approved', code: named('delivery_date') },
  ],
  invalid: [
    {
      name: 'a phone number that differs from the approved one',
      code: N('payment_due', PAYMENT, ',{"index":2,"type":"phone-button","text":"Call us","phone":"+15550100299"}'),
      errors: [
        {
          messageId: 'phone-number',
          data: {
            difference:
              'Button 1 calls "+15550100299"; the approved template calls "+15550100200": the customer calls the approved number.',
          },
          highlighted: '+15550100299',
          severity: 'error',
          path: '/structured/content/1/phone',
        },
      ],
    },
    {
      name: 'named parameters: a variable named otherwise than approved (132000), on the variable, once (not again as a text difference)',
      code: named('delivery'),
      errors: [
        {
          messageId: 'body-parameters',
          data: {
            difference:
              'Variable {{delivery}} is not in the approved body (it has {{delivery_date}}): sends fail with error 132000 (number of parameters does not match).',
          },
          highlighted: '{{delivery}}',
          severity: 'error',
          path: '/structured/content/1/text',
        },
      ],
    },
    {
      name: 'named parameters: a text header worded otherwise than approved',
      code: named('delivery_date').replace('"text":"Order {{order_id}}"', '"text":"Your order {{order_id}}"'),
      errors: [
        {
          messageId: 'header-text',
          data: {
            difference:
              'Header text differs from the approved template here: approved "O", response "Your o"; the customer receives the approved text, not this one.',
          },
          highlighted: 'Your o',
          severity: 'error',
          path: '/structured/content/0/text',
        },
      ],
    },
    {
      name: 'named parameters: a header variable named otherwise than approved (132000), on the variable',
      code: named('delivery_date').replace(
        '"text":"Order {{order_id}}","parameters":[{"name":"order_id"',
        '"text":"Order {{order_ref}}","parameters":[{"name":"order_ref"',
      ),
      errors: [
        {
          messageId: 'header-parameters',
          data: {
            difference:
              'Variable {{order_ref}} is not in the approved header (it has {{order_id}}): sends fail with error 132000 (number of parameters does not match).',
          },
          highlighted: '{{order_ref}}',
          severity: 'error',
          path: '/structured/content/0/text',
        },
      ],
    },
    {
      name: 'a REJECTED template is still compared',
      code: N('spring_sale', 'Hi {{1}}, our spring sale starts now!'),
      errors: [
        {
          messageId: 'header-format',
          data: {
            difference:
              'The approved template has a VIDEO header; this response has none: sends fail with error 132000 (number of parameters does not match).',
          },
          highlighted:
            '{"index":1,"type":"notification","id":"ns@spring_sale","language":"en_US","text":"Hi {{1}}, our spring sale starts now!","parameters":[{"index":1,"value":"x"},{"index":2,"value":"y"},{"index":3,"value":"z"}]}',
          severity: 'error',
          path: '/structured/content/0',
        },
        {
          messageId: 'button-count',
          data: {
            difference:
              'The response has 0 buttons; the approved template has 2 (COPY_CODE, URL missing): sends fail with error 132000 (number of parameters does not match).',
          },
          highlighted:
            '{"index":1,"type":"notification","id":"ns@spring_sale","language":"en_US","text":"Hi {{1}}, our spring sale starts now!","parameters":[{"index":1,"value":"x"},{"index":2,"value":"y"},{"index":3,"value":"z"}]}',
          severity: 'error',
          path: '/structured/content/0',
        },
        {
          messageId: 'body-text',
          data: {
            difference:
              'Body text differs from the approved template here: the response adds "Hi "; the customer receives the approved text, not this one.',
          },
          highlighted: 'Hi ',
          severity: 'error',
          path: '/structured/content/0/text',
        },
      ],
    },
  ],
});
