// The official SARIF 2.1.0 JSON Schema (OASIS SARIF TC, as shipped by microsoft/sarif-sdk under the
// MIT license in the npm package @microsoft/sarif-multitool-linux 5.7.0, file sarif-2.1.0.json),
// vendored as test/fixtures/cli/sarif-2.1.0.schema.json. Compiled with ajv's 2020-12 dialect;
// `strict: false` because the official schema uses `required` inside `anyOf` branches that ajv's
// strict mode rejects as a style matter.
import { readFileSync } from 'node:fs';
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { Ajv, ValidateFunction } from 'ajv';

const Ajv2020 = Ajv2020Module as unknown as new (options: object) => Ajv;
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

const schema = JSON.parse(readFileSync(new URL('../fixtures/cli/sarif-2.1.0.schema.json', import.meta.url), 'utf8')) as object;

/** Validator of the official SARIF 2.1.0 schema. */
export const validateSarif: ValidateFunction = addFormats(new Ajv2020({ allErrors: true, strict: false })).compile(schema);
