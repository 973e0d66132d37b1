/**
 * Options are read as own properties only: a polluted `Object.prototype` (functions, rules,
 * profile, limits, dataSchema, …) changes nothing in the language, the content APIs or the CLI.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '@fieldcode/cli';
import { analyze, compile, ownOptions, ownValue, parse, render, type FunctionDefinition } from '@fieldcode/language';
import { lint, renderStandardResponse } from '@fieldcode/content';

const evil: FunctionDefinition = {
  name: 'Evil',
  signature: 'Evil()',
  description: '',
  minArgs: 0,
  maxArgs: 0,
  extension: true,
  call: () => 'INJECTED',
};

/** What a polluting library could put on Object.prototype, under the names of our options. */
const pollution: Record<string, unknown> = {
  functions: new Map([['evil', evil]]),
  rules: { 'unknown-function': 'off' },
  profile: 'sms',
  limits: { maxSteps: 1, maxTemplateLength: 1 },
  strict: true,
  timeZone: 'Asia/Tokyo',
  now: 0,
  kind: 'text',
  channel: 'whatsapp-cloud',
  ignore: ['**'],
  dataSchema: '/etc/passwd',
  fix: true,
  lengthUnit: 'utf16',
  dataDictionary: { fields: { 'Contact.FirstName': { maxLength: 1 } } },
  locale: 'fr_FR',
};

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'fieldcode-own-'));
  writeFileSync(join(dir, 'a.json'), '{"plainText":"Hi <$ Contact.FirstName $> <$ Evil() $>"}');
  writeFileSync(join(dir, 'd.json'), '{"Contact":{"FirstName":"Jo"}}');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(args: string[]): Promise<[number, string, string]> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, {
    stdout: { write: (text: string) => out.push(text) },
    stderr: { write: (text: string) => err.push(text) },
    cwd: dir,
    env: {},
  });
  return [code, out.join(''), err.join('')];
}

async function observe(): Promise<unknown[]> {
  return [
    render('<$ Evil() $> <$ Contact.FirstName $>', { Contact: { FirstName: 'Jo' } }),
    compile('<$ Evil() $>').render({}),
    analyze('<$ Evil() $>').diagnostics.map((d) => d.code),
    parse('<$ 1 $>').diagnostics,
    lint('{"plainText":"<$ Evil() $>"}', {})
      .diagnostics.filter((d) => d.code !== 'schema')
      .map((d) => d.code),
    renderStandardResponse({ plainText: 'x <$ Evil() $> <$ Now() : "yyyy" $>' }, {}, { now: '2026-05-01T00:00:00Z' }).output,
    await cli(['render', 'a.json', '--data', 'd.json']),
    (await cli(['lint', '--format', 'json', 'a.json']))[0],
  ];
}

describe('a polluted Object.prototype', () => {
  it('injects no function, lifts no limit and changes no option anywhere', async () => {
    const clean = await observe();
    expect(clean[0]).toMatchObject({ output: ' Jo' });
    expect(clean[6]).toEqual([
      1,
      '{\n  "contentType": "text",\n  "text": "Hi Jo "\n}\n',
      'a.json:1:45 error Unknown function "Evil". [unknown-function]\n',
    ]);
    const prototype = Object.prototype as Record<string, unknown>;
    for (const [key, value] of Object.entries(pollution)) prototype[key] = value;
    let polluted: unknown[];
    try {
      polluted = await observe();
    } finally {
      for (const key of Object.keys(pollution)) delete prototype[key];
    }
    expect(polluted).toEqual(clean);
  });
});

describe('ownOptions and ownValue', () => {
  it('copy own properties into an object without a prototype', () => {
    const inherited = Object.create({ functions: 'inherited' }) as Record<string, unknown>;
    inherited['strict'] = true;
    const copy = ownOptions(inherited);
    expect(Object.getPrototypeOf(copy)).toBeNull();
    expect([copy['strict'], copy['functions'], Object.keys(copy)]).toEqual([true, undefined, ['strict']]);
    expect(Object.keys(ownOptions(undefined))).toEqual([]);
    expect(ownValue({ a: 1 }, 'a')).toBe(1);
    expect(ownValue({ a: 1 }, 'toString')).toBeUndefined();
    expect(ownValue(undefined, 'a')).toBeUndefined();
  });
});
