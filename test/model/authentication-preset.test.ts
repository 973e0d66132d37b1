// AUTHENTICATION templates are Meta's preset: the creation request carries no body text, only
// `{ "type": "BODY", "add_security_recommendation": true }`, `{ "type": "FOOTER",
// "code_expiration_minutes": N }` and the OTP button. A response asks for them with the envelope's
// `authentication` ({ addSecurityRecommendation, codeExpirationMinutes }); export writes them, the
// creation schema checks them, template-drift compares them with the approved template.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportTemplates, lint, readTemplateExport, responseTemplates, templateDiff, validateSchema } from '@fieldcode/content';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/templates/${name}`, import.meta.url), 'utf8');
const text = fixture('verification-code.json');
const response = JSON.parse(text) as Record<string, unknown>;
const { templates } = readTemplateExport(JSON.parse(fixture('message-templates.json')));

describe('authentication preset: export', () => {
  it("writes Meta's preset fields instead of the body and footer texts, valid against the creation schema", () => {
    const [exported] = exportTemplates(response);
    expect(exported!.problems).toEqual([]);
    expect(exported!.body).toEqual({
      name: 'verification_code',
      language: 'en_US',
      category: 'AUTHENTICATION',
      parameter_format: 'positional',
      components: [
        { type: 'BODY', add_security_recommendation: true },
        { type: 'FOOTER', code_expiration_minutes: 10 },
        { type: 'BUTTONS', buttons: [{ type: 'OTP', otp_type: 'COPY_CODE', text: 'Copy code' }] },
      ],
    });
    expect(validateSchema('meta-template-create', exported!.body)).toEqual([]);
  });

  it('without authentication fields: a bare BODY, no FOOTER', () => {
    const bare = structuredClone(response);
    delete bare['authentication'];
    (bare['structured'] as { content: unknown[] }).content.splice(1, 1);
    const [exported] = exportTemplates(bare);
    expect(exported!.problems).toEqual([]);
    expect(exported!.body!.components).toEqual([
      { type: 'BODY' },
      { type: 'BUTTONS', buttons: [{ type: 'OTP', otp_type: 'COPY_CODE', text: 'Copy code' }] },
    ]);
  });

  it('refuses a footer text without codeExpirationMinutes, on the footer text', () => {
    const footerOnly = structuredClone(response);
    footerOnly['authentication'] = { addSecurityRecommendation: true };
    expect(exportTemplates(footerOnly)[0]!.problems).toEqual([
      {
        message:
          'An authentication template has no footer text of its own: Meta writes "This code expires in N minutes." when the response sets authentication.codeExpirationMinutes; remove this footer or set the minutes.',
        path: '/structured/content/1/text',
        start: 0,
        end: 32,
      },
    ]);
  });
});

describe('authentication preset: schemas', () => {
  const issues = (name: 'meta-template-create' | 'standard-response', value: unknown) =>
    validateSchema(name, value).map((i) => `${i.instancePath} ${i.message}`);
  const create = (category: string, components: unknown[]) => ({ name: 'x', language: 'en_US', category, components });

  it('the creation schema takes no body text, no footer text and only OTP buttons in an AUTHENTICATION template', () => {
    expect(issues('meta-template-create', create('AUTHENTICATION', [{ type: 'BODY', text: 'Your code is {{1}}.' }]))).toContain(
      '/components/0 must NOT be valid',
    );
    expect(
      issues('meta-template-create', create('AUTHENTICATION', [{ type: 'BODY' }, { type: 'FOOTER', text: 'Expires soon' }])),
    ).toContain("/components/1 must have required property 'code_expiration_minutes'");
    expect(
      issues(
        'meta-template-create',
        create('AUTHENTICATION', [{ type: 'BODY' }, { type: 'BUTTONS', buttons: [{ type: 'QUICK_REPLY', text: 'Ok' }] }]),
      ),
    ).toContain('/components/1/buttons/0/type must be equal to constant');
    expect(
      issues('meta-template-create', create('AUTHENTICATION', [{ type: 'BODY' }, { type: 'FOOTER', code_expiration_minutes: 91 }])),
    ).toEqual(['/components/1/code_expiration_minutes must be <= 90']);
  });

  it('the creation schema takes the preset fields only in an AUTHENTICATION template', () => {
    expect(issues('meta-template-create', create('UTILITY', [{ type: 'BODY', text: 'Hi.', add_security_recommendation: true }]))).toEqual([
      '/components/0 must NOT be valid',
    ]);
    expect(issues('meta-template-create', create('UTILITY', [{ type: 'BODY' }]))).toEqual([
      "/components/0 must have required property 'text'",
    ]);
  });

  it('the response schema takes authentication only with category AUTHENTICATION, minutes 1–90', () => {
    expect(issues('standard-response', { ...response, category: 'UTILITY' })).toContain('/category must be equal to constant');
    expect(issues('standard-response', { ...response, authentication: { codeExpirationMinutes: 0 } })).toEqual([
      '/authentication/codeExpirationMinutes must be >= 1',
    ]);
  });
});

describe('authentication preset: template-drift against the approved verification_code', () => {
  const drift = (source: string) =>
    lint(source, { filePath: 'r.json', templates })
      .diagnostics.filter((d) => d.code === 'template-drift')
      .map((d) => `${d.range.start.line}:${d.range.start.column} ${source.slice(d.range.start.offset, d.range.end.offset)} ${d.message}`);

  it('matches when the preset fields match', () => {
    expect(drift(text)).toEqual([]);
  });

  it('reports a different security recommendation and expiry, each on its field', () => {
    const changed = text.replace(
      '{ "addSecurityRecommendation": true, "codeExpirationMinutes": 10 }',
      '{ "addSecurityRecommendation": false, "codeExpirationMinutes": 5 }',
    );
    expect(drift(changed)).toEqual([
      "5:52 false The approved authentication template adds Meta's security recommendation; this response does not (authentication.addSecurityRecommendation): the customer receives the approved text, not this one.",
      '5:84 5 The approved authentication template says the code expires in 10 minutes; this response sets 5 minutes (authentication.codeExpirationMinutes): the customer receives the approved text, not this one.',
    ]);
  });

  it('reports missing preset fields on the category', () => {
    const without = text.replace('  "authentication": { "addSecurityRecommendation": true, "codeExpirationMinutes": 10 },\n', '');
    expect(drift(without)).toEqual([
      '4:15 "AUTHENTICATION" The approved authentication template adds Meta\'s security recommendation; this response does not (authentication.addSecurityRecommendation): the customer receives the approved text, not this one.',
      '4:15 "AUTHENTICATION" The approved authentication template says the code expires in 10 minutes; this response sets no authentication.codeExpirationMinutes: the customer receives the approved text, not this one.',
    ]);
  });

  it('template diff shows the preset fields side by side', () => {
    const [ours] = responseTemplates({ ...response, authentication: { codeExpirationMinutes: 5 } });
    const approved = templates.find((t) => t.name === 'verification_code')!;
    const lines = templateDiff(ours!, approved, 30).split('\n');
    expect(lines.filter((l) => /security advice|code expiry/.test(l))).toEqual([
      '≠ security advice                                  │ true',
      '≠ code expiry (min) 5                              │ 10',
    ]);
  });
});
