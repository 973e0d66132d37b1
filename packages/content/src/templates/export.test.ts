import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateSchema } from '../model/validate.js';
import { exportTemplates } from './export.js';
import { responseTemplates } from './model.js';
import { lint } from '../lint/index.js';

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../../../test/fixtures/templates/${name}`, import.meta.url), 'utf8')) as Record<string, unknown>;

describe('exportTemplates', () => {
  const exported = exportTemplates(fixture('appointment-reminder.json'));

  it('exports the main body and each language variant, each valid against the creation schema', () => {
    expect(exported.map((e) => [e.name, e.language, e.variantPointer, e.problems])).toEqual([
      ['appointment_reminder', 'en_US', '', []],
      ['appointment_reminder', 'es', '/variants/es', []],
    ]);
    for (const e of exported) expect(validateSchema('meta-template-create', e.body)).toEqual([]);
  });

  it('writes the {{n}} text and takes examples from `examples`, else from sampleData through the parameters', () => {
    expect(exported[0]!.body).toEqual({
      name: 'appointment_reminder',
      language: 'en_US',
      category: 'UTILITY',
      parameter_format: 'positional',
      components: [
        {
          type: 'HEADER',
          format: 'IMAGE',
          example: {
            header_handle: [
              '4::aW1hZ2UvanBlZw==:ARa1ZDhwbLZM3EUeTn6ZaNSLt-Uq0W6q9vjKg1byCsbtzf9JfNUYqpLk1f2lDY6vdTFe7wQ0B8i1nHz8nJ1nCfXpZ4ThSw',
            ],
          },
        },
        {
          type: 'BODY',
          text: 'Hello {{1}}, your appointment with {{2}} is on {{3}}. Reply to confirm or reschedule.',
          example: { body_text: [['Maria', 'Dr. Chen', 'May 3 at 10:30']] },
        },
        { type: 'FOOTER', text: 'Reply STOP to opt out' },
        {
          type: 'BUTTONS',
          buttons: [
            { type: 'QUICK_REPLY', text: 'Confirm' },
            { type: 'QUICK_REPLY', text: 'Reschedule' },
            {
              type: 'URL',
              text: 'Manage booking',
              url: 'https://clinic.example.com/booking/{{1}}',
              example: ['https://clinic.example.com/booking/A1B2C3'],
            },
          ],
        },
      ],
    });
    // The variant inherits the header handle and overrides the body example "3".
    expect(exported[1]!.body?.components[1]).toEqual({
      type: 'BODY',
      text: 'Hola {{1}}, tu cita con {{2}} es el {{3}}. Responde para confirmar o cambiarla.',
      example: { body_text: [['Maria', 'Dr. Chen', '3 de mayo a las 10:30']] },
    });
  });

  it('named parameters give *_named_params examples', () => {
    const named = {
      category: 'UTILITY',
      parameterFormat: 'named',
      examples: { header: { order_id: '83920' } },
      structured: {
        contentType: 'notification',
        content: [
          {
            index: 1,
            type: 'text',
            text: 'Order {{order_id}}',
            parameters: [{ name: 'order_id', index: 1, value: '<$ Variables.Order $>' }],
          },
          {
            index: 2,
            type: 'notification',
            id: 'ns@order_status',
            language: 'en_US',
            text: 'Hi {{first_name}}, your order should arrive by {{delivery_date}}. Track it below.',
            parameters: [
              { name: 'first_name', index: 1, value: '<$ Contact.FirstName $>' },
              { name: 'delivery_date', index: 2, value: '<$ Variables.Eta $>' },
            ],
          },
        ],
      },
      sampleData: { Contact: { FirstName: 'Pablo' }, Variables: { Eta: 'Friday, June 6' } },
    };
    const [result] = exportTemplates(named);
    expect(result!.problems).toEqual([]);
    expect(result!.body!.components).toEqual([
      {
        type: 'HEADER',
        format: 'TEXT',
        text: 'Order {{order_id}}',
        example: { header_text_named_params: [{ param_name: 'order_id', example: '83920' }] },
      },
      {
        type: 'BODY',
        text: 'Hi {{first_name}}, your order should arrive by {{delivery_date}}. Track it below.',
        example: {
          body_text_named_params: [
            { param_name: 'first_name', example: 'Pablo' },
            { param_name: 'delivery_date', example: 'Friday, June 6' },
          ],
        },
      },
    ]);
    expect(validateSchema('meta-template-create', result!.body)).toEqual([]);
  });

  it('refuses what Meta would refuse, naming the part of the response at fault', () => {
    const bad = {
      structured: {
        contentType: 'notification',
        content: [
          {
            index: 1,
            type: 'notification',
            id: 'ns@promo',
            language: 'en_US',
            text: 'Hello <$ Contact.FirstName $>, save {{1}} today.',
            parameters: [{ index: 1, value: '<$ Variables.Missing $>' }],
          },
          { index: 2, type: 'text', text: 'Footer' },
          { index: 3, type: 'quick-reply', text: 'A label much longer than Meta allows for a button' },
        ],
      },
    };
    expect(exportTemplates(bad)).toEqual([
      {
        name: 'promo',
        language: 'en_US',
        variantPointer: '',
        problems: [
          {
            message: 'The response has no category (MARKETING, UTILITY or AUTHENTICATION); Meta needs one to review the template.',
            path: '',
          },
          {
            message:
              'This text holds field codes; a Meta template text is fixed: move the field codes into parameters and use {{…}} variables.',
            path: '/structured/content/0/text',
            // 'Hello <$ Contact.FirstName $>, save {{1}} today.': the field code.
            start: 6,
            end: 29,
          },
          {
            message:
              'Variable {{1}} has no example: add examples.body["1"] or sample data for its parameter (Meta requires an example for every variable).',
            // On the placeholder {{1}}, not on the whole text.
            path: '/structured/content/0/text',
            start: 36,
            end: 41,
          },
        ],
      },
    ]);
    const fixed = { ...bad, category: 'MARKETING', examples: { body: { '1': '10%' } } };
    fixed.structured.content[0]!.text = 'Hello, save {{1}} today.';
    expect(exportTemplates(fixed)[0]!.problems).toEqual([
      {
        message:
          "The exported template breaks Meta's creation rules at /components/2/buttons/0/text: must NOT have more than 25 characters.",
        // The label of the quick reply, whole.
        path: '/structured/content/2/text',
        start: 0,
        end: 49,
      },
    ]);
  });

  it('a parameter value without field codes is its own example, without sampleData', () => {
    const response = {
      category: 'UTILITY',
      structured: {
        contentType: 'notification',
        content: [
          {
            type: 'notification',
            id: 'ns@store_hours',
            language: 'en_US',
            text: 'Our store in {{1}} opens at nine every morning.',
            parameters: [{ index: 1, value: 'Springfield' }],
          },
        ],
      },
    };
    const [result] = exportTemplates(response);
    expect(result!.problems).toEqual([]);
    expect(result!.body!.components).toEqual([
      { type: 'BODY', text: 'Our store in {{1}} opens at nine every morning.', example: { body_text: [['Springfield']] } },
    ]);
  });

  it('tells where the category goes when the response is a bare structured body', () => {
    const bare = {
      contentType: 'notification',
      content: [{ type: 'notification', id: 'ns@note', language: 'en_US', text: 'Your parcel has left our warehouse.' }],
    };
    expect(exportTemplates(bare)[0]!.problems).toEqual([
      {
        message:
          'The response has no category (MARKETING, UTILITY or AUTHENTICATION); Meta needs one to review the template. A bare structured body cannot hold one: wrap it in an envelope, { "category": "UTILITY", "structured": { … } }.',
        path: '',
      },
    ]);
  });

  it('gives nothing for a response without a notification', () => {
    expect(exportTemplates({ plainText: 'Hello' })).toEqual([]);
    expect(exportTemplates('text')).toEqual([]);
  });
});

describe('meta-template-create schema', () => {
  const body = (components: unknown[]) => ({ name: 'x', language: 'en_US', category: 'UTILITY', components });
  it('requires an example for a body with variables, and no variable in a footer', () => {
    expect(
      validateSchema('meta-template-create', body([{ type: 'BODY', text: 'Hi {{1}} there.' }])).map(
        (i) => `${i.instancePath} ${i.message}`,
      ),
    ).toContain("/components/0 must have required property 'example'");
    expect(
      validateSchema(
        'meta-template-create',
        body([
          { type: 'BODY', text: 'Hi.' },
          { type: 'FOOTER', text: 'By {{1}}' },
        ]),
      ).map((i) => `${i.instancePath} ${i.message}`),
    ).toContain('/components/1/text must NOT be valid');
  });
  it('takes exactly one body and at most 2 URL buttons', () => {
    const url = { type: 'URL', text: 'Go', url: 'https://example.com' };
    expect(
      validateSchema('meta-template-create', body([{ type: 'FOOTER', text: 'x' }])).map((i) => `${i.instancePath} ${i.message}`),
    ).toContain('/components must contain at least 1 and no more than 1 valid item(s)');
    expect(
      validateSchema(
        'meta-template-create',
        body([
          { type: 'BODY', text: 'Hi.' },
          { type: 'BUTTONS', buttons: [url, url, url] },
        ]),
      ).map((i) => `${i.instancePath} ${i.message}`),
    ).toEqual(['/components/1/buttons must contain at least 0 and no more than 2 valid item(s)']);
  });
});

describe('exportTemplates: copy-code buttons', () => {
  const response = (category: string, button: Record<string, unknown>, examples?: Record<string, unknown>) => ({
    category,
    ...(examples ? { examples } : {}),
    structured: {
      contentType: 'notification',
      content: [
        {
          index: 1,
          type: 'notification',
          id: 'ns@offer',
          language: 'en_US',
          text: category === 'AUTHENTICATION' ? '*{{1}}* is your verification code.' : 'Hi {{1}}, here is your discount code.',
          parameters: [{ index: 1, value: '<$ Contact.FirstName $>' }],
        },
        { index: 2, type: 'copy-code-button', ...button },
      ],
    },
    sampleData: { Contact: { FirstName: 'Maria' }, Interaction: { AttachedData: { Coupon: 'SPRING25' } } },
  });

  it("exports a marketing copy-code button as Meta's COPY_CODE with the code rendered from the sample data", () => {
    const [exported] = exportTemplates(response('MARKETING', { code: "<$ Interaction.AttachedData('Coupon') $>" }));
    expect(exported!.problems).toEqual([]);
    expect(exported!.body?.components[1]).toEqual({ type: 'BUTTONS', buttons: [{ type: 'COPY_CODE', example: 'SPRING25' }] });
    expect(validateSchema('meta-template-create', exported!.body)).toEqual([]);
  });

  it('a literal code (no field codes) is its own example, without sampleData, as a fixed parameter value is', () => {
    const literal = { ...response('MARKETING', { code: 'WELCOME10' }), sampleData: undefined, examples: { body: { '1': 'Maria' } } };
    const [exported] = exportTemplates(literal);
    expect(exported!.problems).toEqual([]);
    expect(exported!.body?.components[1]).toEqual({ type: 'BUTTONS', buttons: [{ type: 'COPY_CODE', example: 'WELCOME10' }] });
    const [template] = responseTemplates(literal);
    expect(template!.buttons[0]!.code).toEqual({ text: 'WELCOME10', pointer: '/structured/content/1/code', example: 'WELCOME10' });
    // The lint agrees: template-examples finds no copy-code button without example.
    expect(lint(JSON.stringify(literal), { filePath: 'r.json' }).diagnostics.filter((d) => d.code === 'template-examples')).toEqual([]);
  });

  it('takes the explicit example of the button position first', () => {
    const [exported] = exportTemplates(
      response('MARKETING', { code: "<$ Interaction.AttachedData('Coupon') $>" }, { body: { '1': 'Maria' }, buttons: { '0': 'SAVE10' } }),
    );
    expect(exported!.body?.components[1]).toEqual({ type: 'BUTTONS', buttons: [{ type: 'COPY_CODE', example: 'SAVE10' }] });
  });

  it('reports a copy-code button without any example code at its code', () => {
    const [exported] = exportTemplates(response('MARKETING', { code: "<$ Interaction.AttachedData('Other') $>" }));
    expect(exported!.problems).toEqual([
      {
        message:
          'The copy-code button has no example code: add examples.buttons["0"] or sample data for its code (Meta reviews a sample code).',
        path: '/structured/content/1/code',
        start: 0,
        end: 39,
      },
    ]);
    expect(exported!.body).toBeUndefined();
  });

  it("exports an AUTHENTICATION template's copy-code button as Meta's OTP button (otp_type COPY_CODE)", () => {
    const [withLabel] = exportTemplates(response('AUTHENTICATION', { text: 'Copy code', code: '<$ Contact.FirstName $>' }));
    expect(withLabel!.problems).toEqual([]);
    expect(withLabel!.body?.components[1]).toEqual({
      type: 'BUTTONS',
      buttons: [{ type: 'OTP', otp_type: 'COPY_CODE', text: 'Copy code' }],
    });
    expect(validateSchema('meta-template-create', withLabel!.body)).toEqual([]);
    const [withoutLabel] = exportTemplates(response('AUTHENTICATION', { code: '<$ Contact.FirstName $>' }));
    expect(withoutLabel!.body?.components[1]).toEqual({ type: 'BUTTONS', buttons: [{ type: 'OTP', otp_type: 'COPY_CODE' }] });
  });
});
