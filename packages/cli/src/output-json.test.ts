import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as api from '@fieldcode/content';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { outputJson } from './output-json.js';

const examples = fileURLToPath(new URL('../../../examples/', import.meta.url));
const channels = ['genesys', 'whatsapp-cloud', 'open-messaging', 'text'] as const;

describe('outputJson', () => {
  it('writes what JSON.stringify writes for every example on every channel, twice', () => {
    let frozen = 0;
    let compared = 0;
    for (const name of readdirSync(examples).filter((file) => file.endsWith('.json') && file !== 'fieldcode.config.json')) {
      const compiled = api.compileStandardResponse(JSON.parse(readFileSync(examples + name, 'utf8')), { kind: 'text' }).response;
      if (compiled === null) continue;
      for (const channel of channels) {
        for (let round = 0; round < 2; round++) {
          const { output } = compiled.render(undefined, { channel, to: '+447400123456' });
          expect(outputJson(output)).toBe(JSON.stringify(output ?? null));
          compared++;
          if (output !== null && Object.isFrozen(output)) frozen++;
        }
      }
    }
    expect(compared).toBeGreaterThan(40);
    // Some payloads are static (the text channel of responses without field codes): the cached path is taken.
    expect(frozen).toBeGreaterThan(0);
  });

  it('writes what JSON.stringify writes for any JSON value, frozen or not', () => {
    const deepFreeze = (value: unknown): unknown => {
      if (typeof value === 'object' && value !== null) {
        for (const child of Object.values(value)) deepFreeze(child);
        Object.freeze(value);
      }
      return value;
    };
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, freeze) => {
        const input = freeze ? deepFreeze(structuredClone(value)) : value;
        expect(outputJson(input)).toBe(JSON.stringify(input ?? null));
        expect(outputJson(input)).toBe(JSON.stringify(input ?? null));
      }),
    );
  });

  it('reuses the JSON of a deeply frozen payload and never that of a mutable one', () => {
    const frozen = Object.freeze({ contentType: 'text', content: Object.freeze([Object.freeze({ text: 'Hi' })]) });
    expect(outputJson(frozen)).toBe('{"contentType":"text","content":[{"text":"Hi"}]}');
    expect(outputJson(frozen)).toBe(outputJson(frozen));
    // Frozen on the outside only: a change inside shows.
    const inner = { text: 'Hi' };
    const shallow = Object.freeze({ contentType: 'text', content: [inner] });
    expect(outputJson(shallow)).toBe('{"contentType":"text","content":[{"text":"Hi"}]}');
    inner.text = 'Bye';
    expect(outputJson(shallow)).toBe('{"contentType":"text","content":[{"text":"Bye"}]}');
    // A mutable payload is serialized as it is now.
    const mutable = { text: 'a' };
    expect(outputJson(mutable)).toBe('{"text":"a"}');
    mutable.text = 'b';
    expect(outputJson(mutable)).toBe('{"text":"b"}');
    expect([outputJson(null), outputJson(undefined)]).toEqual(['null', 'null']);
  });
});
