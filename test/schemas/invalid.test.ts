// Invalid documents under test/fixtures/schemas/invalid/: each gives exactly the expected issues.
// The schema is the one the fixture's `$schema` names (standard-response when absent).
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isSchemaName, validateSchema, type SchemaName } from '@fieldcode/content';

const dir = fileURLToPath(new URL('../fixtures/schemas/invalid/', import.meta.url));

type Expected = Array<[instancePath: string, keyword: string, message: string]>;

const expectations: Record<string, Expected> = {
  'missing-body.json': [['', 'required', "must have required property 'structured'"]],
  'typo-in-envelope.json': [
    ['', 'required', "must have required property 'structured'"],
    ['', 'additionalProperties', 'must NOT have additional properties'],
  ],
  'attachments-without-plain-text.json': [
    ['/attachments/0/type', 'enum', 'must be equal to one of the allowed values'],
    ['', 'required', "must have required property 'plainText'"],
  ],
  'notification-without-body.json': [['/content', 'contains', 'must contain at least 1 and no more than 1 valid item(s)']],
  'two-notification-bodies.json': [['/content', 'contains', 'must contain at least 1 and no more than 1 valid item(s)']],
  'unknown-item-type.json': [['/content/1/type', 'enum', 'must be equal to one of the allowed values']],
  'field-code-in-content-type.json': [['/contentType', 'pattern', 'must match pattern "^[^<>{}$]*$"']],
  'field-code-in-enumerations.json': [
    ['/structured/content/0/mime', 'pattern', 'must match pattern "^[a-z]+/[A-Za-z0-9.+-]+(\\s*;\\s*[A-Za-z0-9-]+=[A-Za-z0-9.+-]+)*$"'],
    ['/structured/content/1/language', 'pattern', 'must match pattern "^[a-z]{2,3}(_[A-Z]{2})?$"'],
    ['/structured/content/2/type', 'pattern', 'must match pattern "^[^<>{}$]*$"'],
  ],
  'bad-index.json': [
    ['/content/0/index', 'pattern', 'must match pattern "^(0|[1-9][0-9]*)$"'],
    ['/content/0/parameters/0/index', 'minimum', 'must be >= 1'],
    ['/content/0/parameters/1', 'required', "must have required property 'value'"],
    ['/content/1/index', 'minimum', 'must be >= 0'],
  ],
  'bad-template-id.json': [
    ['/content/0/id', 'pattern', 'must match pattern "^[^@\\s]+@[a-z0-9_]+$"'],
    ['/content/0/language', 'pattern', 'must match pattern "^[a-z]{2,3}(_[A-Z]{2})?$"'],
  ],
  'url-button-two-parameters.json': [
    ['/content/1/parameters', 'maxItems', 'must NOT have more than 1 items'],
    ['/content/2', 'required', "must have required property 'phone'"],
  ],
  'quick-reply-missing-id.json': [
    ['/content/1', 'required', "must have required property 'id'"],
    ['/content/1/action', 'pattern', 'must match pattern "^[a-z][a-z0-9_-]*$"'],
  ],
  'reply-buttons-empty.json': [
    ['/header/type', 'enum', 'must be equal to one of the allowed values'],
    ['/content', 'minItems', 'must NOT have fewer than 1 items'],
  ],
  'card-image-and-video.json': [
    ['/content/0/buttons/0/type', 'enum', 'must be equal to one of the allowed values'],
    ['/content/0/video', 'not', 'must NOT be valid'],
  ],
  'list-without-rows.json': [
    ['', 'required', "must have required property 'button'"],
    ['/header/type', 'const', 'must be equal to constant'],
    ['/content/0/rows', 'minItems', 'must NOT have fewer than 1 items'],
    ['/content/1/rows/0', 'required', "must have required property 'title'"],
  ],
  'text-without-text.json': [['', 'required', "must have required property 'content'"]],
  'bad-chat-queue-key.json': [
    ['/Parameters/ChatQueueKey', 'pattern', 'must match pattern "^\\d+:.+$"'],
    ['/Parameters/TerminateSessionFlag', 'enum', 'must be equal to one of the allowed values'],
  ],
  'request-without-parameters.json': [
    ['', 'required', "must have required property 'Parameters'"],
    ['', 'additionalProperties', 'must NOT have additional properties'],
  ],
  'missing-ums-ids.json': [
    ['', 'required', "must have required property '_umsClientId'"],
    ['', 'required', "must have required property '_umsBusinessId'"],
    ['/CustomProperties/OtherProperty/0', 'required', "must have required property 'Value'"],
    ['/CustomProperties/OtherProperty/1/Name', 'pattern', 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"'],
  ],
  'bad-config-key.json': [
    ['', 'additionalProperties', 'must NOT have additional properties'],
    ['/rules', 'propertyNames', 'property name "Body_Length" must match pattern "^([a-z0-9][a-z0-9-]*/)?[a-z][a-z0-9]*(-[a-z0-9]+)*$"'],
    ['/rules/unknown-field', 'enum', 'must be equal to one of the allowed values'],
    ['/ignore', 'type', 'must be array'],
  ],
  'bad-render-data.json': [
    ['', 'additionalProperties', 'must NOT have additional properties'],
    ['/Contact/FirstName', 'type', 'must be string'],
    ['/Agent', 'additionalProperties', 'must NOT have additional properties'],
    ['/Interaction/DateCreated', 'format', 'must match format "date-time"'],
    ['/Interaction/TimeZone', 'pattern', 'must match pattern "^GMT([+-][0-9]{2}\\.[0-9]{2})?$"'],
    ['/Variables', 'propertyNames', 'property name "Custom-Prop" must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"'],
  ],
  'bad-limit-profile.json': [
    ['/lengthUnit', 'enum', 'must be equal to one of the allowed values'],
    ['/limits', 'additionalProperties', 'must NOT have additional properties'],
    ['/limits/body.length', 'required', "must have required property 'source'"],
  ],
};

function schemaOf(value: { $schema?: unknown }): SchemaName {
  const name = /\/([a-z-]+)\.schema\.json$/.exec(typeof value.$schema === 'string' ? value.$schema : '')?.[1];
  return name && isSchemaName(name) ? name : 'standard-response';
}

const fixtures = readdirSync(dir).filter((file) => file.endsWith('.json')).sort();

describe('invalid schema fixtures', () => {
  it('every fixture has an expectation and every expectation a fixture', () => {
    expect(fixtures).toEqual(Object.keys(expectations).sort());
  });

  it.each(fixtures)('%s', (file) => {
    const value = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    const issues = validateSchema(schemaOf(value), value).map((issue) => [issue.instancePath, issue.keyword, issue.message]);
    expect(issues).toEqual(expectations[file]);
  });

  it('issues carry ajv params that locate the problem', () => {
    const read = (file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8'));
    expect(validateSchema('fieldcode-config', read('bad-config-key.json')).map((issue) => issue.params)).toEqual([
      { additionalProperty: 'rule' },
      { propertyName: 'Body_Length' },
      { allowedValues: ['error', 'warning', 'info', 'off'] },
      { type: 'array' },
    ]);
    expect(validateSchema('standard-response', read('two-notification-bodies.json'))[0]?.params).toEqual({ minContains: 1, maxContains: 1 });
    expect(validateSchema('standard-response', read('typo-in-envelope.json'))[1]?.params).toEqual({ additionalProperty: 'structure' });
  });
});
