import { describe, it, expect } from 'vitest';
import { validateSchema } from './validate.js';
import type { SchemaName } from '../types.js';

const brief = (name: SchemaName, value: unknown) =>
  validateSchema(name, value).map((issue) => [issue.instancePath, issue.keyword, issue.message]);

const body = { index: 1, type: 'notification', id: 'ns@bill_reminder', language: 'en_US', text: 'Hello {{1}}, welcome.' };

describe('validateSchema', () => {
  it('returns [] for a valid document', () => {
    expect(validateSchema('notification', { contentType: 'notification', content: [body] })).toEqual([]);
    expect(validateSchema('standard-response', { contentType: 'notification', content: [body] })).toEqual([]);
    expect(validateSchema('standard-response', { plainText: 'Hello <$ Contact.FirstName $>' })).toEqual([]);
  });

  it('reports the full issue: instancePath, keyword, message, params', () => {
    expect(validateSchema('notification', { contentType: 'notification', content: [{ ...body, language: 'en-US' }] })).toEqual([
      {
        instancePath: '/content/0/language',
        keyword: 'pattern',
        message: 'must match pattern "^[a-z]{2,3}(_[A-Z]{2})?$"',
        params: { pattern: '^[a-z]{2,3}(_[A-Z]{2})?$' },
      },
    ]);
  });

  it('dispatches on contentType and item type, leaving out ajv\'s companion "if" errors', () => {
    expect(brief('structured-body', { contentType: 'quick-replies', text: 'Pick one', content: [{ id: 1, type: 'quick-reply' }] })).toEqual(
      [['/content/0', 'required', "must have required property 'text'"]],
    );
    expect(
      brief('standard-response', { structured: { contentType: 'notification', content: [body, { type: 'url-button', text: 'Go' }] } }),
    ).toEqual([['/structured/content/1', 'required', "must have required property 'url'"]]);
  });

  it('reports every problem, not only the first', () => {
    expect(
      brief('standard-response', {
        contentType: 'reply-buttons',
        content: [
          { type: 'reply-button', text: 'Yes' },
          { type: 'button', id: 'no' },
        ],
      }),
    ).toEqual([
      ['', 'required', "must have required property 'text'"],
      ['/content/0', 'required', "must have required property 'id'"],
      ['/content/1', 'required', "must have required property 'text'"],
      ['/content/1/type', 'const', 'must be equal to constant'],
    ]);
  });

  it('rejects field codes and placeholders in enumerated fields with one targeted issue', () => {
    expect(brief('standard-response', { contentType: "<$ Interaction.AttachedData('Kind') $>", content: [] })).toEqual([
      ['/contentType', 'pattern', 'must match pattern "^[^<>{}$]*$"'],
    ]);
    expect(
      brief('text', { contentType: 'text', content: [{ type: 'document', url: 'https://x/a.pdf', mime: 'application/{{1}}' }] }),
    ).toEqual([['/content/0/mime', 'pattern', 'must match pattern "^[a-z]+/[A-Za-z0-9.+-]+(\\s*;\\s*[A-Za-z0-9-]+=[A-Za-z0-9.+-]+)*$"']]);
  });

  it('validates non-object input without throwing', () => {
    expect(brief('standard-response', null)).toEqual([['', 'type', 'must be object']]);
    expect(brief('standard-response', 'Hello')).toEqual([['', 'type', 'must be object']]);
    expect(brief('standard-response', [])).toEqual([['', 'type', 'must be object']]);
    expect(brief('render-data', { Contact: 'John' })).toEqual([['/Contact', 'type', 'must be object']]);
  });

  it('does not follow prototype properties of the input', () => {
    const value = JSON.parse('{ "contentType": "text", "text": "Hi", "__proto__": { "polluted": true } }');
    expect(brief('text', value)).toEqual([['', 'additionalProperties', 'must NOT have additional properties']]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('throws a TypeError for an unknown schema name (a programming error)', () => {
    expect(() => validateSchema('nope' as SchemaName, {})).toThrow(new TypeError('validateSchema: unknown schema "nope"'));
  });

  it('stays fast and flat on deeply nested input', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 10_000; i++) deep = [deep];
    expect(brief('standard-response', { plainText: 'Hi', 'x-deep': deep })).toEqual([]);
    expect(brief('render-data', { Variables: { a: deep }, Contact: { FirstName: deep } })).toEqual([
      ['/Contact/FirstName', 'type', 'must be string'],
    ]);
  });
});
