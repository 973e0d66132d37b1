// Every example file validates against the schema its `$schema` names, and the examples README
// lists every file.
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, basename, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { getSchema, isSchemaName, schemaNames, validateSchema, toEnvelope, sortItemsByIndex, type SchemaName } from '@fieldcode/content';

// ajv-formats is CommonJS: under NodeNext its default import is typed as the module namespace.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

const root = fileURLToPath(new URL('../..', import.meta.url));
const examplesDir = join(root, 'examples');

function listFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? listFiles(path) : [path];
    });
}

const files = listFiles(examplesDir).map((path) => relative(examplesDir, path));
const jsonFiles = files.filter((file) => file.endsWith('.json'));
const readJson = (file: string): Record<string, unknown> => JSON.parse(readFileSync(join(examplesDir, file), 'utf8'));

/** The shipped schema a `$schema` reference names (`../schemas/notification.schema.json` → `notification`). */
function shippedSchemaOf(reference: unknown): SchemaName | undefined {
  const name = basename(String(reference)).replace(/\.schema\.json$/, '');
  return isSchemaName(name) && String(reference).includes('/schemas/') ? name : undefined;
}

describe('examples/', () => {
  it('holds the documented files', () => {
    expect(files).toEqual([
      'README.md',
      'appointment-quick-replies.json',
      'bill-reminder.json',
      'ci/github-actions.yml',
      'data/bill-reminder.data.json',
      'data/render-data.schema.json',
      'data/seed-invite-to-chat.json',
      'data/seed-invite-to-chat.log',
      'delivery-reply-buttons.json',
      'fieldcode.config.json',
      'invoice-text-attachment.json',
      'order-shipped-rich-media.json',
      'plans-carousel.json',
      'seed-bill-reminder.body.json',
      'store-list.json',
      'welcome.txt',
    ]);
  });

  it('README lists every file', () => {
    const readme = readFileSync(join(examplesDir, 'README.md'), 'utf8');
    expect(files.filter((file) => file !== 'README.md' && !readme.includes(`\`${file}\``))).toEqual([]);
  });

  const standardResponses = jsonFiles.filter((file) => !file.startsWith('data/') && file !== 'fieldcode.config.json');

  it.each(standardResponses)('%s points at the standard-response schema and validates', (file) => {
    const value = readJson(file);
    expect(value.$schema).toBe('../schemas/standard-response.schema.json');
    expect(validateSchema('standard-response', value)).toEqual([]);
  });

  it.each([
    ['fieldcode.config.json', 'fieldcode-config'],
    ['data/seed-invite-to-chat.json', 'invite-to-chat'],
  ] as const)('%s validates against %s', (file, name) => {
    const value = readJson(file);
    expect(shippedSchemaOf(value.$schema)).toBe(name);
    expect(validateSchema(name, value)).toEqual([]);
  });

  it('the sample data validates against render-data and against the project data schema that extends it', () => {
    const data = readJson('data/bill-reminder.data.json');
    expect(data.$schema).toBe('./render-data.schema.json');
    expect(validateSchema('render-data', data)).toEqual([]);

    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats(ajv);
    for (const name of schemaNames) ajv.addSchema(getSchema(name));
    const validate = ajv.compile(readJson('data/render-data.schema.json'));
    expect(validate(data)).toBe(true);
    // The project's maxLength applies: MyFC_BillAmount holds at most 12 characters.
    expect(validate({ Contact: { MyFC_BillAmount: '$1,000,000.00' } })).toBe(false);
    expect(validate.errors?.map((e) => [e.instancePath, e.keyword, e.params])).toEqual([
      ['/Contact/MyFC_BillAmount', 'maxLength', { limit: 12 }],
    ]);
  });

  it('the sample data of bill-reminder.json is the seed request\'s Contact and CustomProperties', () => {
    expect(readJson('bill-reminder.json').sampleData).toEqual({
      Contact: { FirstName: 'John', LastName: 'Smith', MyFC_BillAmount: '$129.99', MyFC_Date: 'March 5 / 2020' },
      Variables: { CustomProp_Date: 'March 7 / 2020', CustomProp_Time: '3:00 PM' },
    });
    const { $schema: _, ...data } = readJson('data/bill-reminder.data.json');
    expect(data).toEqual(readJson('bill-reminder.json').sampleData);
  });

  it('the seed body and the repaired envelope hold the same items, in the seed order', () => {
    const seed = toEnvelope(readJson('seed-bill-reminder.body.json'));
    const repaired = toEnvelope(readJson('bill-reminder.json'));
    const kinds = (content: unknown) => (content as Array<{ index: number; type: string }>).map((item) => `${item.index}:${item.type}`);
    expect(kinds(seed.structured?.content)).toEqual(['2:notification', '1:image', '4:quick-reply', '5:quick-reply', '3:text']);
    expect(kinds(repaired.structured?.content)).toEqual(kinds(seed.structured?.content));
    expect(kinds(sortItemsByIndex(repaired.structured?.content ?? []))).toEqual([
      '1:image', '2:notification', '3:text', '4:quick-reply', '5:quick-reply',
    ]);
    // Same texts apart from the delimiter spelling.
    const canonical = JSON.stringify(seed.structured).replace(/<\$\{ (.*?) \}>/g, '<$$ $1 $$>');
    expect(canonical).toBe(JSON.stringify(repaired.structured));
  });

  it('the DMS log excerpt is the seed\'s, from the timestamp line to the last Value line', () => {
    const log = readFileSync(join(examplesDir, 'data/seed-invite-to-chat.log'), 'utf8').split('\n');
    expect(log[0]).toBe('12:12:13.139 Std 50003 Request received:');
    expect(log.at(-2)).toBe('        \'Value\' [str] = "3:00 PM"');
    expect(log.at(-1)).toBe('');
    expect(log).toHaveLength(28);
  });
});
