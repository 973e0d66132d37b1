// `x-fieldcode-disable` is lint metadata: it must never reach a payload. Every example (plus a
// template with language variants) gets a suppression wherever the schemas allow one — the
// envelope, the top of each structured body, every `content` item, list rows, card buttons and
// envelope attachments — and must then render, on every channel, exactly what it rendered
// without them, export the same Meta templates, and lint to the same findings plus one
// `unused-suppression` per suppression (the rule id named is one no example breaks).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { channelNames, compileStandardResponse, exportTemplates, lint } from '@fieldcode/content';

const KEY = 'x-fieldcode-disable';
const RULE = 'duplicate-index';
type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A copy of `value` with a suppression on every object the schemas allow one on; returns how many. */
function suppressEverywhere(value: Json): { file: Json; count: number } {
  let count = 0;
  const mark = (object: Json): Json => {
    count++;
    return { [KEY]: [{ rules: [RULE], reason: `suppression ${count}` }], ...object };
  };
  const items = (list: unknown, nested: (item: Json) => Json = (item) => item) =>
    Array.isArray(list) ? list.map((item) => (isObject(item) ? mark(nested(item)) : item)) : list;
  const body = (structured: Json): Json =>
    mark({
      ...structured,
      content: items(structured['content'], (item) => ({
        ...item,
        ...(Array.isArray(item['rows']) ? { rows: items(item['rows']) } : {}),
        ...(Array.isArray(item['buttons']) ? { buttons: items(item['buttons']) } : {}),
      })),
    });
  if ('contentType' in value || 'content' in value) return { file: body(value), count };
  const file: Json = { ...value };
  if (isObject(file['structured'])) file['structured'] = body(file['structured']);
  if (Array.isArray(file['attachments'])) file['attachments'] = items(file['attachments']);
  if (isObject(file['variants'])) {
    file['variants'] = Object.fromEntries(
      Object.entries(file['variants']).map(([language, variant]) => [
        language,
        isObject(variant) && isObject(variant['structured']) ? { ...variant, structured: body(variant['structured']) } : variant,
      ]),
    );
  }
  return { file: mark(file), count };
}

const root = join(import.meta.dirname, '../..');
const examples = readdirSync(join(root, 'examples'))
  .filter((name) => name.endsWith('.json') && name !== 'fieldcode.config.json')
  .map((name) => [name, readFileSync(join(root, 'examples', name), 'utf8')] as const);
const cases = [
  ...examples,
  ['templates/appointment-reminder.json', readFileSync(join(root, 'test/fixtures/templates/appointment-reminder.json'), 'utf8')] as const,
];

const findings = (text: string) =>
  lint(text, { filePath: 'x.json' })
    .diagnostics.map((d) => `${d.code} ${d.severity} ${d.message}`)
    .sort();

describe('x-fieldcode-disable never reaches a payload', () => {
  it.each(cases)('%s', (_, text) => {
    const original = JSON.parse(text) as Json;
    const { file, count } = suppressEverywhere(original);
    const suppressed = JSON.stringify(file, null, 2);
    expect(count).toBeGreaterThanOrEqual(2);

    // The schemas accept every one of them, and each is reported unused (nothing else changes).
    const unused = `unused-suppression warning Unused suppression: no '${RULE}' finding in this`;
    const lintedSuppressed = findings(suppressed);
    expect(lintedSuppressed.filter((line) => line.startsWith(unused))).toHaveLength(count);
    expect(lintedSuppressed.filter((line) => !line.startsWith(unused))).toEqual(findings(text));

    const before = compileStandardResponse(text).response!;
    const after = compileStandardResponse(suppressed).response!;
    expect(after.model.texts.some((t) => t.pointer.includes(KEY))).toBe(false);
    for (const channel of channelNames) {
      const options = { channel, to: '+15550001111', now: '2026-12-01T09:00:00Z', timeZone: 'UTC' };
      const expected = before.render(before.sampleData, options);
      const rendered = after.render(after.sampleData, options);
      expect(JSON.stringify(rendered.output).includes(KEY), channel).toBe(false);
      expect(rendered.output, channel).toEqual(expected.output);
      expect(
        rendered.diagnostics.map((d) => `${d.code} ${d.message}`),
        channel,
      ).toEqual(expected.diagnostics.map((d) => `${d.code} ${d.message}`));
    }
    const exported = exportTemplates(JSON.parse(suppressed));
    expect(JSON.stringify(exported.map((e) => e.body)).includes(KEY)).toBe(false);
    expect(exported.map((e) => e.body)).toEqual(exportTemplates(original).map((e) => e.body));
  });
});
