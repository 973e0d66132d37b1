/**
 * Inputs whose structure multiplies: a data schema whose `$ref`s fan out (1.8 KB describing 2
 * million fields) and a DMS log nested thousands of levels deep. Both stop at a documented limit
 * with a diagnostic instead of exhausting memory or the stack.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_SCHEMA_FIELDS, buildDataDictionary, parseInviteToChat } from '@fieldcode/content';
import { loadDataDictionary } from '../../packages/cli/src/config.js';
import { UsageError } from '../../packages/cli/src/errors.js';
import { finishes } from './finishes.js';

/** Seven levels of definitions, each with 8 properties pointing at the next: 8⁷ ≈ 2.1 million fields. */
function fanOutSchema(): Record<string, unknown> {
  const defs: Record<string, unknown> = {};
  for (let level = 0; level < 7; level++) {
    const properties = Object.fromEntries(
      Array.from({ length: 8 }, (_, i) => [`p${i}`, level === 6 ? { type: 'string' } : { $ref: `#/$defs/d${level + 1}` }]),
    );
    defs[`d${level}`] = { type: 'object', properties };
  }
  return { $defs: defs, type: 'object', properties: { Contact: { $ref: '#/$defs/d0' } } };
}

describe('a data schema whose $refs fan out', () => {
  it('is read up to the field limit and says where it stopped', () => {
    const schema = fanOutSchema();
    expect(JSON.stringify(schema).length).toBeLessThan(1900);
    const dictionary = finishes(() => buildDataDictionary(schema));
    expect(Object.keys(dictionary.fields)).toHaveLength(MAX_SCHEMA_FIELDS);
    expect(MAX_SCHEMA_FIELDS).toBe(10_000);
    expect(dictionary.truncatedAt).toBe('Contact.p0.p0.p2.p1.p0.p5.p2');
  });

  it('an ordinary schema is not marked', () => {
    const dictionary = buildDataDictionary({
      type: 'object',
      properties: { Contact: { type: 'object', properties: { FirstName: { type: 'string', maxLength: 20 } } } },
    });
    expect(dictionary).toEqual({ fields: { 'Contact.FirstName': { type: 'string', maxLength: 20 } } });
  });

  const dir = mkdtempSync(join(tmpdir(), 'fieldcode-schema-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the CLI refuses it as the config dataSchema, naming the file and the limit', async () => {
    writeFileSync(join(dir, 'data.schema.json'), JSON.stringify(fanOutSchema()));
    const loading = loadDataDictionary({ directory: dir, config: { dataSchema: 'data.schema.json' }, warnings: [] }, dir);
    await expect(loading).rejects.toBeInstanceOf(UsageError);
    await expect(loading).rejects.toThrow(
      'invalid dataSchema data.schema.json: it describes more than 10000 fields ($ref or allOf fanning out); reading stopped at Contact.p0.p0.p2.p1.p0.p5.p2',
    );
  });
});

describe('a DMS log nested 3,150 levels deep', () => {
  it('is a positioned error at the first list past the depth limit, not a stack overflow', () => {
    const lines = ['12:12:13.139 Std 50003 Request received:', "'Request3rdServer' (500) attributes:", 'Request [bstr] = KVList:'];
    for (let i = 0; i < 3150; i++) lines.push(`${' '.repeat(i + 1)}'L${i}' [lst] = KVList:`);
    lines.push(`${' '.repeat(3152)}'x' [str] = "y"`);
    const result = finishes(() => parseInviteToChat(lines.join('\n')));
    expect(result.format).toBe('dms-log');
    expect(result.diagnostics.map((d) => `${d.code} ${d.severity} ${d.range.start.line}:${d.range.start.column} ${d.message}`)).toEqual([
      'kvlist-too-deep error 67:66 KVList nested more than 64 levels deep: this entry and everything inside it are left out',
      'esp-missing-parameter error 1:1 _umsClientId is mandatory',
      'esp-missing-parameter error 1:1 _umsBusinessId is mandatory',
    ]);
  });

  it('entries after the deep part are read again', () => {
    const lines = ['Request [bstr] = KVList:', '  \'Service\' [str] = "ChatService"'];
    for (let i = 0; i < 100; i++) lines.push(`${' '.repeat(i + 2)}'L${i}' [lst] = KVList:`);
    lines.push(
      "  'Parameters' [lst] = KVList:",
      '    \'_umsClientId\' [str] = "15556667777"',
      '    \'_umsBusinessId\' [str] = "15550001111"',
    );
    const result = parseInviteToChat(lines.join('\n'));
    expect(result.diagnostics.map((d) => `${d.code} ${d.range.start.line}`)).toEqual(['kvlist-too-deep 66', 'esp-app 2']);
    expect(result.request?.Parameters).toMatchObject({ _umsClientId: '15556667777', _umsBusinessId: '15550001111' });
  });
});
