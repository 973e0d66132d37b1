// The one validator of channel payloads against the vendors' published models (test fixtures in
// test/fixtures/vendor-specs/, see SOURCES.md there):
// - whatsapp-cloud: Meta's OpenAPI v23.0 `Message` (turned into JSON Schema 2020-12 here, with
//   the known defects patched, each marked "defect n"), plus the interactive carousel, cta_url and
//   copy-code schemas written from Meta's pages;
// - open-messaging: Genesys Cloud `ConversationNormalizedMessage`;
// - genesys (the DMS structured content) and text (a string) have no published vendor model:
//   the lint checks the structured content against the project's own schemas.
import { readFileSync } from 'node:fs';
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';
import { expect } from 'vitest';
import { renderStandardResponse as render } from '@fieldcode/content';

const Ajv2020 = Ajv2020Module as unknown as new (options: object) => Ajv;
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

type Schema = Record<string, unknown>;

const fixture = (name: string): Schema =>
  JSON.parse(readFileSync(new URL(`../fixtures/vendor-specs/${name}`, import.meta.url), 'utf8')) as Schema;

const isObject = (value: unknown): value is Schema => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * OpenAPI 3 schema object → JSON Schema 2020-12: `#/components/schemas/X` → `#/$defs/X`,
 * `nullable: true` → a `null` type, OpenAPI-only keywords (`example`, `discriminator`,
 * `readOnly`, `writeOnly`, `xml`, `externalDocs`, `deprecated`) dropped. Defect 6: examples are
 * not the contract, so they are left out.
 */
function fromOpenApi(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(fromOpenApi);
  if (!isObject(value)) return value;
  const out: Schema = {};
  for (const [key, entry] of Object.entries(value)) {
    if (['example', 'examples', 'discriminator', 'readOnly', 'writeOnly', 'xml', 'externalDocs', 'deprecated', 'nullable'].includes(key))
      continue;
    if (key === '$ref' && typeof entry === 'string') out[key] = entry.replace('#/components/schemas/', '#/$defs/');
    else if (key === 'properties' && isObject(entry))
      out[key] = Object.fromEntries(Object.entries(entry).map(([name, schema]) => [name, fromOpenApi(schema)]));
    else out[key] = fromOpenApi(entry);
  }
  if (value['nullable'] === true) {
    if (typeof out['type'] === 'string') out['type'] = [out['type'], 'null'];
    else if (out['enum'] !== undefined) out['enum'] = [...(out['enum'] as unknown[]), null];
    else return { anyOf: [out, { type: 'null' }] };
  }
  return out;
}

/** Meta's `Message` model as a JSON Schema with `$defs`, the known defects patched. */
function metaMessageSchema(): Schema {
  const openapi = fixture('meta-whatsapp-message.openapi-v23.0.subset.json');
  const source = (openapi['components'] as Schema)['schemas'] as Record<string, Schema>;
  const defs: Record<string, Schema> = {};
  for (const [name, schema] of Object.entries(source)) defs[name] = fromOpenApi(schema) as Schema;

  // Defect 2: `additionalProperties: false` inside an `allOf` branch rejects the properties of the
  // other branches; it becomes `unevaluatedProperties: false` on the schema holding the `allOf`.
  for (const schema of Object.values(defs)) {
    const allOf = schema['allOf'];
    if (!Array.isArray(allOf)) continue;
    for (const branch of allOf as Schema[]) {
      if (branch['additionalProperties'] === false) {
        delete branch['additionalProperties'];
        schema['unevaluatedProperties'] = false;
      }
    }
  }

  // Defect 1: a discriminator base whose mapping names children that `allOf` the base is used
  // directly (`items: { $ref: TemplateComponent }`, `Message`); references to it from outside
  // its children go to a dispatch that applies the child named by the discriminator value and
  // rejects values the mapping does not know.
  for (const [name, schema] of Object.entries(source)) {
    const discriminator = schema['discriminator'] as { propertyName: string; mapping: Record<string, string> } | undefined;
    if (discriminator === undefined) continue;
    const property = discriminator.propertyName;
    const children = Object.entries(discriminator.mapping).map(
      ([value, ref]) => [value, ref.replace('#/components/schemas/', '')] as const,
    );
    const dispatch: Schema = {
      type: 'object',
      required: [property],
      properties: { [property]: { enum: children.map(([value]) => value) } },
      allOf: children.map(([value, child]) => ({
        if: { required: [property], properties: { [property]: { const: value } } },
        then: { $ref: `#/$defs/${child}` },
      })),
    };
    const childNames = new Set(children.map(([, child]) => child));
    if (name === 'Message') {
      // `Message` itself is only a oneOf of its children: the dispatch replaces it.
      defs[name] = dispatch;
      continue;
    }
    defs[`${name}.dispatch`] = dispatch;
    const redirect = (value: unknown, inChild: boolean): void => {
      if (Array.isArray(value)) value.forEach((entry) => redirect(entry, inChild));
      else if (isObject(value)) {
        for (const [key, entry] of Object.entries(value)) {
          // A child's own `allOf: [{ $ref: base }]` keeps pointing at the base.
          if (key === '$ref' && entry === `#/$defs/${name}` && !inChild) value[key] = `#/$defs/${name}.dispatch`;
          else redirect(entry, inChild);
        }
      }
    };
    for (const [defName, def] of Object.entries(defs)) {
      if (defName === `${name}.dispatch`) continue;
      const isChild = childNames.has(defName);
      if (isChild) {
        // Only the child's first allOf branch (the base) is exempt; its own properties are redirected.
        (def['allOf'] as unknown[]).slice(1).forEach((branch) => redirect(branch, false));
      } else redirect(def, false);
    }
  }

  // Defect 3: the `index` pattern `^[2-6, 11-14]$` is a broken character class; the description
  // says "position index of the button (0-9)".
  for (const name of ['TemplateComponent', 'ButtonComponent']) {
    const holder = name === 'TemplateComponent' ? defs[name]! : (defs[name]!['allOf'] as Schema[])[1]!;
    ((holder['properties'] as Schema)['index'] as Schema)['pattern'] = '^[0-9]$';
  }

  // Defect 4: `policy` is not required (an On-Premises field; Meta's examples omit it).
  defs['LanguageObject']!['required'] = ['code'];

  // Defect 5: no interactive carousel and no cta_url in the OpenAPI file: the interactive object
  // of those two types is validated with the schemas written from Meta's pages; any other type
  // with the OpenAPI `InteractiveObject`.
  defs['InteractiveObject.byType'] = {
    if: { required: ['type'], properties: { type: { enum: ['carousel', 'cta_url'] } } },
    then: {
      if: { properties: { type: { const: 'carousel' } } },
      then: { $ref: 'https://fieldcode.invalid/acceptance/meta-interactive-carousel.schema.json' },
      else: { $ref: 'https://fieldcode.invalid/vendor-specs/meta-interactive-cta-url.schema.json' },
    },
    else: { $ref: '#/$defs/InteractiveObject' },
  };
  const interactiveBranch = (defs['InteractiveMessage']!['allOf'] as Schema[])[1]!;
  (interactiveBranch['properties'] as Schema)['interactive'] = { $ref: '#/$defs/InteractiveObject.byType' };
  // Defect 5 (same gap): the copy-code button component is missing; a button component with
  // sub_type copy_code is validated with the schema written from Meta's coupon-template page.
  const components = (defs['TemplateObject']!['properties'] as Schema)['components'] as Schema;
  components['items'] = {
    if: { required: ['type', 'sub_type'], properties: { type: { const: 'button' }, sub_type: { const: 'copy_code' } } },
    then: { $ref: 'https://fieldcode.invalid/vendor-specs/meta-template-copy-code.schema.json' },
    else: components['items'],
  };

  // Defect 7: named template parameters (`parameter_format: named`) carry `parameter_name` on
  // each text, currency and date-time parameter (Meta: message templates overview, "named
  // parameters"); the OpenAPI file has no such field. It is added with Meta's name rule, and the
  // three parameter types reject any other extra property so a misspelt field cannot pass.
  for (const name of ['TextParameter', 'CurrencyParameter', 'DateTimeParameter']) {
    const own = (defs[name]!['allOf'] as Schema[])[1]!;
    (own['properties'] as Schema)['parameter_name'] = { type: 'string', pattern: '^[a-z_][a-z0-9_]*$' };
    defs[name]!['unevaluatedProperties'] = false;
  }

  // Defect 8: the location header parameter of a template with a LOCATION header is missing
  // (Meta: message templates, "Location headers": `{ type: "location", location: { latitude,
  // longitude, name, address } }`, latitude and longitude required). It is added to the parameter
  // dispatch with the location object of the file's own `LocationMessage`.
  const locationMessage = (defs['LocationMessage']!['allOf'] as Schema[])[1]!;
  const location = structuredClone((locationMessage['properties'] as Schema)['location']) as Schema;
  location['required'] = ['latitude', 'longitude'];
  defs['LocationParameter'] = {
    type: 'object',
    required: ['type', 'location'],
    additionalProperties: false,
    properties: { type: { const: 'location' }, location },
  };
  const parameterDispatch = defs['ParameterObject.dispatch']!;
  ((parameterDispatch['properties'] as Schema)['type'] as { enum: string[] }).enum.push('location');
  (parameterDispatch['allOf'] as Schema[]).push({
    if: { required: ['type'], properties: { type: { const: 'location' } } },
    then: { $ref: '#/$defs/LocationParameter' },
  });

  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://fieldcode.invalid/vendor-specs/meta-whatsapp-message.schema.json',
    $ref: '#/$defs/Message',
    $defs: defs,
  };
}

function newAjv(): Ajv {
  // strict: false because the vendor files use keywords ajv's strict mode flags as style
  // (`required` next to `oneOf` branches without `type`, unknown `x-source`).
  return addFormats(new Ajv2020({ allErrors: true, strict: false }));
}

let meta: ValidateFunction | undefined;
let genesys: ValidateFunction | undefined;

/** Validator of a WhatsApp Cloud API `Message` (Meta's model, patched as documented). */
export function metaValidator(): ValidateFunction {
  if (meta === undefined) {
    const ajv = newAjv();
    ajv.addSchema(fixture('meta-interactive-carousel.schema.json'));
    ajv.addSchema(fixture('meta-interactive-cta-url.schema.json'));
    ajv.addSchema(fixture('meta-template-copy-code.schema.json'));
    meta = ajv.compile(metaMessageSchema());
  }
  return meta;
}

/** Validator of a Genesys Cloud `ConversationNormalizedMessage` (the SDKs' model, unchanged). */
export function genesysValidator(): ValidateFunction {
  if (genesys === undefined) {
    const ajv = newAjv();
    const schema = fixture('genesys-normalized-message.schema.json');
    ajv.addSchema(schema);
    genesys = ajv.getSchema(`${schema['$id'] as string}#/$defs/ConversationNormalizedMessage`)!;
  }
  return genesys;
}

/** One problem of a payload against its vendor model: where (JSON pointer) and what. */
export interface VendorIssue {
  path: string;
  message: string;
}

function issues(errors: ErrorObject[] | null | undefined): VendorIssue[] {
  // if/then and oneOf wrappers repeat the leaf errors; keep the leaves, each once (a base
  // schema and its child can both hold the same check).
  const seen = new Set<string>();
  const found: VendorIssue[] = [];
  for (const error of errors ?? []) {
    if (['if', 'oneOf', 'anyOf', 'allOf'].includes(error.keyword)) continue;
    const extra = error.params['additionalProperty'] ?? error.params['unevaluatedProperty'];
    const issue = {
      path: error.instancePath,
      message: `${error.message ?? error.keyword}${extra === undefined ? '' : ` (${JSON.stringify(extra)})`}`,
    };
    const key = `${issue.path}\u0000${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    found.push(issue);
  }
  return found;
}

/**
 * The problems of one channel payload against its vendor model (`[]` when valid). A
 * whatsapp-cloud output may be an array of messages (text followed by attachments): each is
 * validated, paths are prefixed with the message's position.
 */
export function vendorIssues(channel: string, output: unknown): VendorIssue[] {
  switch (channel) {
    case 'whatsapp-cloud': {
      const validate = metaValidator();
      const messages = Array.isArray(output) ? output : [output];
      return messages.flatMap((message, position) => {
        validate(message);
        const prefix = Array.isArray(output) ? `/${position}` : '';
        return issues(validate.errors).map((issue) => ({ ...issue, path: prefix + issue.path }));
      });
    }
    case 'open-messaging': {
      const validate = genesysValidator();
      validate(output);
      return issues(validate.errors);
    }
    case 'genesys':
    case 'text':
      return [];
    default:
      return [{ path: '', message: `no vendor model for channel ${JSON.stringify(channel)}` }];
  }
}

/** What a render gives (the shape of `renderStandardResponse`'s result). */
interface RenderResult {
  output: unknown;
  ok: boolean;
  diagnostics: ReadonlyArray<{ code: string; severity: string }>;
}

/**
 * The rule every channel test applies to every payload it produces: a payload that does not
 * validate against its vendor model must come with an error diagnostic (`ok: false`), because
 * the vendor would reject it. A render that says `ok` must give a valid payload.
 */
export function expectVendorConformance(channel: string, result: RenderResult): VendorIssue[] {
  if (result.output === null) return [];
  const found = vendorIssues(channel, result.output);
  if (result.ok) expect(found, `${channel} payload rendered as ok must validate against the vendor model`).toEqual([]);
  else if (found.length > 0) expect(result.diagnostics.some((d) => d.severity === 'error')).toBe(true);
  return found;
}

/**
 * `renderStandardResponse` of @fieldcode/content with the vendor-model check of
 * `expectVendorConformance` applied to every payload: channel tests import this one, so no
 * payload they produce escapes the vendor models.
 */
export const renderStandardResponse: typeof render = (sr, data, options = {}) => {
  const result = render(sr, data, options);
  expectVendorConformance(options.channel ?? 'genesys', result);
  return result;
};
