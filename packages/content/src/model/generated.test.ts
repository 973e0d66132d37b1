// The committed generated files must match what `npm run generate` would write now, and the standalone
// validators must be usable under a strict Content-Security-Policy.
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { join } from 'node:path';
// @ts-expect-error -- plain ESM build script without declarations
import { generate, repoRoot, schemaNames as generatorNames, createAjv, readSchemaTexts } from '../../scripts/model-codegen.mjs';
import { schemas, schemaNames, schemaId, getSchema, isSchemaName } from './schemas.js';

// ajv-formats is CommonJS: under NodeNext its default import is typed as the module namespace.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

type GeneratedFile = { path: string; content: string };
const files = generate() as GeneratedFile[];

describe('generated model files', () => {
  it.each(files.map((file) => [file.path, file] as const))(
    '%s is up to date (run `npm run generate` after editing schemas/)',
    (_path, file) => {
      expect(readFileSync(join(repoRoot, file.path), 'utf8') === file.content).toBe(true);
    },
  );

  it('generates nothing else, and a copy of every schema', () => {
    const dir = join(repoRoot, 'packages/content/src/model/generated');
    const committed = [
      ...readdirSync(dir)
        .filter((name) => name !== 'schemas')
        .map((name) => `validators/${name}`),
      ...readdirSync(join(dir, 'schemas')).map((name) => `schemas/${name}`),
    ].sort();
    expect(committed).toEqual(
      [
        'validators/validators.d.ts',
        'validators/validators.js',
        ...generatorNames.map((name: string) => `schemas/${name}.schema.json`),
      ].sort(),
    );
    expect(readdirSync(join(repoRoot, 'schemas')).sort()).toEqual(generatorNames.map((name: string) => `${name}.schema.json`).sort());
  });

  it('the validators module has no run-time code generation and no CommonJS require', () => {
    const code = files.find((file) => file.path.endsWith('validators.js'))!.content;
    expect(code).not.toMatch(/new\s+Function/);
    expect(code).not.toMatch(/\beval\s*\(/);
    expect(code).not.toMatch(/\brequire\s*\(/);
    expect(code.match(/^import .*$/gm)).toEqual([
      'import { fullFormats } from "ajv-formats/dist/formats.js";',
      'import * as runtimeModule0 from "ajv/dist/runtime/ucs2length.js";',
    ]);
  });
});

describe('schemas', () => {
  it('every schema compiles under ajv strict mode (Ajv2020 + ajv-formats)', () => {
    const ajv = createAjv({ source: false });
    for (const { schema } of readSchemaTexts()) ajv.addSchema(schema);
    for (const name of generatorNames) {
      expect(() => ajv.getSchema(`https://fieldcode.dev/schemas/${name}.schema.json`), name).not.toThrow();
      expect(typeof ajv.getSchema(`https://fieldcode.dev/schemas/${name}.schema.json`)).toBe('function');
    }
    expect(ajv.opts.strictSchema).toBe(true);
    // And with nothing but `strict: true`.
    const plain = new Ajv2020({ strict: true });
    addFormats(plain);
    for (const { schema } of readSchemaTexts()) plain.addSchema(schema);
    for (const name of generatorNames)
      expect(typeof plain.getSchema(`https://fieldcode.dev/schemas/${name}.schema.json`), name).toBe('function');
    expect(ajv.opts.strictTypes).toBe(true);
    expect(ajv.opts.strictTuples).toBe(true);
    expect(ajv.opts.strictRequired).toBe(true);
  });

  it('each schema has its stable $id, a title, a description, and 2020-12 as meta-schema', () => {
    for (const name of schemaNames) {
      const schema = schemas[name];
      expect(schema.$id).toBe(`https://fieldcode.dev/schemas/${name}.schema.json`);
      expect(schema.$id).toBe(schemaId(name));
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(typeof schema.title).toBe('string');
      expect(typeof schema.description).toBe('string');
    }
    expect([...schemaNames]).toEqual(generatorNames);
  });

  it('every property of every schema has a description (shown on hover in editors)', () => {
    const missing: string[] = [];
    const visit = (node: unknown, path: string): void => {
      if (Array.isArray(node)) return node.forEach((child, i) => visit(child, `${path}/${i}`));
      if (typeof node !== 'object' || node === null) return;
      const record = node as Record<string, unknown>;
      const properties = record.properties as Record<string, Record<string, unknown>> | undefined;
      // Properties inside `if` conditions only discriminate; they are not documentation.
      if (properties && !/\/if$|\/contains$|\/not$|\/anyOf\/\d+$|\/then$/.test(path)) {
        for (const [key, value] of Object.entries(properties)) {
          if (typeof value === 'object' && value !== null && typeof value.description !== 'string' && typeof value.$ref !== 'string') {
            missing.push(`${path}/properties/${key}`);
          }
        }
      }
      for (const [key, value] of Object.entries(record)) visit(value, `${path}/${key}`);
    };
    for (const name of schemaNames) visit(schemas[name], name);
    expect(missing).toEqual([]);
  });

  it('no schema caps text lengths (channel limits belong to profiles and lint rules)', () => {
    // Meta's vendor models (meta-*) state Meta's own creation rules, lengths included.
    for (const name of schemaNames.filter((n) => !n.startsWith('meta-')))
      expect(JSON.stringify(schemas[name]), name).not.toMatch(/"maxLength"/);
  });

  it('getSchema and isSchemaName', () => {
    expect(getSchema('notification')).toBe(schemas.notification);
    expect(getSchema('no-such-schema')).toBeUndefined();
    expect(getSchema('__proto__')).toBeUndefined();
    expect(isSchemaName('render-data')).toBe(true);
    expect(isSchemaName('toString')).toBe(false);
    expect(isSchemaName(42)).toBe(false);
  });
});
