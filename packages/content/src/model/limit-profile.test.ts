// The limit-profile schema follows the LimitProfile contract type, and the shipped profiles match it.
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { validateSchema } from './validate.js';
import { schemas } from './schemas.js';

const typesSource = readFileSync(new URL('../types.ts', import.meta.url), 'utf8');

/** The members of `export type LimitId = | 'a' | 'b' …;` in types.ts. */
function limitIds(): string[] {
  const union = /export type LimitId =([^;]+);/.exec(typesSource)?.[1] ?? '';
  return [...union.matchAll(/'([^']+)'/g)].map((match) => match[1]!);
}

describe('limit-profile schema', () => {
  it('knows exactly the LimitId values of types.ts', () => {
    const properties = (schemas['limit-profile'] as { properties: { limits: { properties: Record<string, unknown> } } }).properties.limits
      .properties;
    expect(Object.keys(properties).sort()).toEqual(limitIds().sort());
    expect(limitIds()).toContain('body.length');
  });

  const profilesDir = new URL('../profiles/', import.meta.url);
  const profiles = readdirSync(profilesDir)
    .filter((file) => file.endsWith('.json'))
    .sort();

  it.each(profiles)('shipped profile %s validates', (file) => {
    expect(validateSchema('limit-profile', JSON.parse(readFileSync(new URL(file, profilesDir), 'utf8')))).toEqual([]);
  });
});
