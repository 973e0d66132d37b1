import { describe, it, expect } from 'vitest';
import { isStructuredBody, toEnvelope } from './envelope.js';

describe('toEnvelope', () => {
  it('wraps plain text', () => {
    expect(toEnvelope('Hello <$ Contact.FirstName $>')).toEqual({ plainText: 'Hello <$ Contact.FirstName $>' });
    expect(toEnvelope('')).toEqual({ plainText: '' });
  });

  it('wraps a bare body, moving its $schema to the envelope', () => {
    const body = { $schema: '../schemas/standard-response.schema.json', contentType: 'text', text: 'Hi' };
    expect(toEnvelope(body)).toEqual({
      $schema: '../schemas/standard-response.schema.json',
      structured: { contentType: 'text', text: 'Hi' },
    });
    expect(body.$schema).toBe('../schemas/standard-response.schema.json');
    expect(toEnvelope({ content: [] })).toEqual({ structured: { content: [] } });
  });

  it('copies an envelope', () => {
    const envelope = { name: 'Hi', plainText: 'Hi', structured: { contentType: 'text', text: 'Hi' } };
    const result = toEnvelope(envelope);
    expect(result).toEqual(envelope);
    expect(result).not.toBe(envelope);
  });

  it('gives an empty envelope for anything else', () => {
    expect(toEnvelope(null)).toEqual({});
    expect(toEnvelope(42)).toEqual({});
    expect(toEnvelope([{ contentType: 'text' }])).toEqual({});
    expect(toEnvelope(undefined)).toEqual({});
  });

  it('recognises bodies by own contentType/content only', () => {
    expect(isStructuredBody({ contentType: 'generic' })).toBe(true);
    expect(isStructuredBody({ content: [] })).toBe(true);
    expect(isStructuredBody({ structured: { contentType: 'text' } })).toBe(false);
    expect(isStructuredBody(Object.create({ contentType: 'text' }))).toBe(false);
    expect(isStructuredBody('text')).toBe(false);
  });
});
