// The SchemaStore catalog entries (schemastore/catalog.json) name schemas that exist, under the
// `$id` they are published at, with file patterns that a `*.fieldcode.json` file and the config match.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const catalog = JSON.parse(readFileSync(join(root, 'schemastore', 'catalog.json'), 'utf8')) as {
  $schema: string;
  version: number;
  schemas: { name: string; description: string; fileMatch: string[]; url: string }[];
};
const ids = new Map(
  readdirSync(join(root, 'schemas'))
    .filter((name) => name.endsWith('.schema.json'))
    .map((name) => [(JSON.parse(readFileSync(join(root, 'schemas', name), 'utf8')) as { $id: string }).$id, name]),
);

describe('SchemaStore catalog entries', () => {
  it('has the catalog shape SchemaStore merges (name, description, fileMatch, url for each entry)', () => {
    expect(catalog.$schema).toBe('https://json.schemastore.org/schema-catalog.json');
    expect(catalog.version).toBe(1);
    for (const entry of catalog.schemas) {
      expect(Object.keys(entry).sort()).toEqual(['description', 'fileMatch', 'name', 'url']);
      expect(entry.description.endsWith('.')).toBe(false);
    }
  });

  it('points each entry at the $id of a shipped schema', () => {
    expect(catalog.schemas.map((entry) => ids.get(entry.url))).toEqual([
      'standard-response.schema.json',
      'fieldcode-config.schema.json',
      'render-data.schema.json',
    ]);
  });

  it('associates the documented file names', () => {
    const schemaFor = (path: string) =>
      catalog.schemas
        .filter((entry) => entry.fileMatch.some((glob) => picomatch(glob, { basename: !glob.includes('/') })(path)))
        .map((entry) => ids.get(entry.url));
    expect(schemaFor('library/welcome.fieldcode.json')).toEqual(['standard-response.schema.json']);
    expect(schemaFor('fieldcode.config.json')).toEqual(['fieldcode-config.schema.json']);
    expect(schemaFor('team/fieldcode.config.json')).toEqual(['fieldcode-config.schema.json']);
    expect(schemaFor('data/customer.fieldcode-data.json')).toEqual(['render-data.schema.json']);
    expect(schemaFor('package.json')).toEqual([]);
  });
});
