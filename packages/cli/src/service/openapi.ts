/**
 * The OpenAPI 3.1 document of the render service, served at `/openapi.json`. Request bodies are the
 * project's JSON Schemas (`render-request`, `render-data`, `lint-request`, the same objects the
 * service validates with); answers are described here.
 */
import type { ContentApi } from '../content.js';
import { tokenEnvironmentVariable } from './auth.js';

const diagnostic = {
  type: 'object',
  required: ['code', 'severity', 'message', 'range'],
  properties: {
    code: { type: 'string', description: 'Rule or check code (`missing-value`, `body-length`, `parameter-whitespace`, …).' },
    severity: { enum: ['error', 'warning', 'info'] },
    message: { type: 'string' },
    path: { type: 'string', description: 'JSON pointer of the response string the finding comes from.' },
    range: {
      type: 'object',
      description: 'Position in the library file (for a response given by id or path) or in the template string.',
      properties: {
        start: { $ref: '#/components/schemas/Position' },
        end: { $ref: '#/components/schemas/Position' },
      },
    },
  },
};

const position = {
  type: 'object',
  properties: { offset: { type: 'integer' }, line: { type: 'integer' }, column: { type: 'integer' } },
};

const renderResult = {
  type: 'object',
  required: ['output', 'diagnostics', 'ok'],
  description:
    'The result of `renderStandardResponse`: the channel payload (a string for the `text` channel), the findings, and whether there was no error.',
  properties: {
    output: { description: 'The channel payload, or null when nothing could be rendered.' },
    diagnostics: { type: 'array', items: { $ref: '#/components/schemas/Diagnostic' } },
    ok: { type: 'boolean' },
  },
};

const templateCheck = {
  type: 'object',
  required: ['ok', 'templates', 'diagnostics'],
  properties: {
    ok: { type: 'boolean' },
    templates: {
      type: 'array',
      description: 'Each language of the response and the status of the template Meta lists under its name and language (null: none).',
      items: {
        type: 'object',
        properties: {
          name: { type: ['string', 'null'] },
          language: { type: ['string', 'null'] },
          pointer: { type: 'string' },
          status: {
            enum: [
              'APPROVED',
              'PENDING',
              'REJECTED',
              'PAUSED',
              'DISABLED',
              'IN_APPEAL',
              'PENDING_DELETION',
              'DELETED',
              'LIMIT_EXCEEDED',
              'ARCHIVED',
              null,
            ],
          },
          templateId: { type: 'string' },
        },
      },
    },
    diagnostics: { type: 'array', items: { $ref: '#/components/schemas/Diagnostic' } },
  },
};

const error = {
  type: 'object',
  required: ['error', 'message'],
  properties: {
    error: {
      type: 'string',
      description:
        '`bad-request`, `unknown-response`, `unauthorized`, `not-found`, `payload-too-large`, `unsupported-media-type`, `busy`, `internal`.',
    },
    message: { type: 'string', description: 'What is wrong; for bad JSON, with line and column.' },
  },
};

const batchLine = {
  type: 'object',
  required: ['line', 'status'],
  description:
    'One answer line of a batch: `line` (1-based line of the request body) and `status` (what `POST /v1/render` would have answered), then the render result or the error.',
  properties: {
    line: { type: 'integer' },
    status: { enum: [200, 400, 404, 413, 422] },
    output: {},
    diagnostics: { type: 'array', items: { $ref: '#/components/schemas/Diagnostic' } },
    ok: { type: 'boolean' },
    error: { type: 'string' },
    message: { type: 'string' },
  },
};

const responseSummary = {
  type: 'object',
  required: ['path', 'lint'],
  properties: {
    id: { type: 'string' },
    name: { type: 'string' },
    path: { type: 'string', description: 'Path relative to the served folder.' },
    lint: {
      type: 'object',
      properties: { errorCount: { type: 'integer' }, warningCount: { type: 'integer' } },
    },
    problem: { type: 'string', description: 'Why the current file version did not load (the previous version is served).' },
  },
};

function json(schema: unknown, description: string): unknown {
  return { description, content: { 'application/json': { schema } } };
}

const errorRef = { $ref: '#/components/schemas/Error' };

/** Builds the document (version = the CLI's). */
export function openApiDocument(api: Pick<ContentApi, 'getSchema'>, version: string, authenticated: boolean): Record<string, unknown> {
  const security = authenticated ? [{ bearer: [] }] : [];
  const common = {
    '400': json(errorRef, 'Malformed request: bad JSON (positioned), a body that does not match the schema.'),
    ...(authenticated ? { '401': json(errorRef, 'Missing or wrong bearer token.') } : {}),
    '413': json(errorRef, 'The body is larger than the limit.'),
    '503': json(errorRef, 'Too many requests in flight, or the service is shutting down.'),
  };
  return {
    openapi: '3.1.0',
    info: {
      title: 'fieldcode render service',
      version,
      description: 'Renders the standard responses of one folder to channel payloads. Started with `fieldcode serve DIR`.',
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    ...(authenticated ? { security } : {}),
    paths: {
      '/v1/render': {
        post: {
          summary: 'Render one standard response for one customer',
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/RenderRequest' } } } },
          responses: {
            '200': json({ $ref: '#/components/schemas/RenderResult' }, 'Rendered without errors (`ok: true`).'),
            '422': json(
              { $ref: '#/components/schemas/RenderResult' },
              'Rendered with errors (`ok: false`), e.g. a limit exceeded or, with `strict`, a missing value.',
            ),
            '404': json(errorRef, 'No response with that id or path in the folder.'),
            ...common,
          },
        },
      },
      '/v1/render/batch': {
        post: {
          summary: 'Render many requests: NDJSON in, NDJSON out (streamed, in order)',
          description:
            'Each line of the body is a render request; each answer line carries the request line number and the status `/v1/render` would answer. Lines are read as answers are written (backpressure), so the body can be arbitrarily long; a line is at most 1 MB.',
          requestBody: { required: true, content: { 'application/x-ndjson': { schema: { $ref: '#/components/schemas/RenderRequest' } } } },
          responses: {
            '200': {
              description: 'One answer line per request line.',
              content: { 'application/x-ndjson': { schema: { $ref: '#/components/schemas/BatchLine' } } },
            },
            ...common,
          },
        },
      },
      '/v1/lint': {
        post: {
          summary: "Lint a file's text with the folder's configuration",
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/LintRequest' } } } },
          responses: {
            '200': json(
              {
                type: 'object',
                properties: {
                  ok: { type: 'boolean' },
                  errorCount: { type: 'integer' },
                  warningCount: { type: 'integer' },
                  diagnostics: { type: 'array', items: { $ref: '#/components/schemas/Diagnostic' } },
                },
              },
              'The findings (also when there are errors: `ok` tells).',
            ),
            ...common,
          },
        },
      },
      '/v1/templates/check': {
        post: {
          summary: 'Check a WhatsApp notification against the templates Meta lists (rules template-approved and template-drift)',
          description:
            'The lint core with the templates of the request (`templates`: the JSON of GET /{WABA-ID}/message_templates) or, without them, of the folder configuration. Each language of the response (the notification and its variants) must match an approved template of the same name and language.',
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/TemplateRequest' } } } },
          responses: {
            '200': json({ $ref: '#/components/schemas/TemplateCheck' }, 'Every language matches an approved template (`ok: true`).'),
            '422': json(
              { oneOf: [{ $ref: '#/components/schemas/TemplateCheck' }, errorRef] },
              'A language is not approved or differs from its template (`ok: false`, findings positioned in the response), or the response has no notification (`no-template`).',
            ),
            '404': json(errorRef, 'No response with that id or path in the folder.'),
            ...common,
          },
        },
      },
      '/v1/templates/export': {
        post: {
          summary: "Export a notification's templates for Meta's approval (bodies of POST /{WABA-ID}/message_templates)",
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/TemplateRequest' } } } },
          responses: {
            '200': json(
              {
                type: 'object',
                properties: {
                  ok: { const: true },
                  templates: {
                    type: 'array',
                    items: {
                      type: 'object',
                      properties: {
                        name: { type: 'string' },
                        language: { type: 'string' },
                        pointer: { type: 'string', description: '`` for the notification, `/variants/<language>` for a variant.' },
                        body: { description: 'The creation request body, valid against meta-template-create.schema.json.' },
                      },
                    },
                  },
                },
              },
              'One creation request per language.',
            ),
            '422': json(
              {
                oneOf: [
                  {
                    type: 'object',
                    properties: { ok: { const: false }, problems: { type: 'array', items: { $ref: '#/components/schemas/Diagnostic' } } },
                  },
                  errorRef,
                ],
              },
              'A language cannot be exported (each reason positioned in the response; nothing is exported), or the response has no notification (`no-template`).',
            ),
            '404': json(errorRef, 'No response with that id or path in the folder.'),
            ...common,
          },
        },
      },
      '/v1/responses': {
        get: {
          summary: 'The standard responses served, with their lint status, and the files that failed to load',
          responses: {
            '200': json(
              {
                type: 'object',
                properties: {
                  responses: { type: 'array', items: { $ref: '#/components/schemas/ResponseSummary' } },
                  problems: {
                    type: 'array',
                    items: {
                      type: 'object',
                      properties: { path: { type: 'string' }, message: { type: 'string' }, previous: { type: 'boolean' } },
                    },
                  },
                  duplicateIds: {
                    type: 'array',
                    description: 'Envelope ids declared by several files: `served` (the first path in sorted order) answers for the id.',
                    items: {
                      type: 'object',
                      properties: {
                        id: { type: 'string' },
                        paths: { type: 'array', items: { type: 'string' } },
                        served: { type: 'string' },
                      },
                    },
                  },
                },
              },
              'The library.',
            ),
          },
        },
      },
      '/v1/responses/{id}': {
        get: {
          summary: 'One standard response by envelope id (or by its path, URL-encoded)',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            '200': json(
              {
                allOf: [{ $ref: '#/components/schemas/ResponseSummary' }],
                properties: {
                  response: { description: 'The file content (JSON value, or the text of a .txt response).' },
                  diagnostics: { type: 'array', items: { $ref: '#/components/schemas/Diagnostic' } },
                },
              },
              'The response and its lint findings.',
            ),
            '404': json(errorRef, 'No such response.'),
          },
        },
      },
      '/healthz': {
        get: {
          summary: 'Liveness: the process answers',
          security: [],
          responses: { '200': json({ type: 'object' }, '`{"status":"ok"}`') },
        },
      },
      '/readyz': {
        get: {
          summary: 'Readiness: the library is loaded and the service is not draining',
          security: [],
          responses: {
            '200': json({ type: 'object' }, '`{"status":"ready","responses":N}`'),
            '503': json({ type: 'object' }, '`{"status":"draining"}` after SIGTERM'),
          },
        },
      },
      '/metrics': {
        get: {
          summary: 'Prometheus metrics (text exposition format)',
          responses: { '200': { description: 'Metrics', content: { 'text/plain': { schema: { type: 'string' } } } } },
        },
      },
      '/openapi.json': { get: { summary: 'This document', security: [], responses: { '200': json({ type: 'object' }, 'OpenAPI 3.1') } } },
    },
    components: {
      schemas: {
        RenderRequest: api.getSchema('render-request'),
        RenderData: api.getSchema('render-data'),
        LintRequest: api.getSchema('lint-request'),
        TemplateRequest: api.getSchema('template-request'),
        TemplateCheck: templateCheck,
        RenderResult: renderResult,
        BatchLine: batchLine,
        ResponseSummary: responseSummary,
        Diagnostic: diagnostic,
        Position: position,
        Error: error,
      },
      ...(authenticated
        ? {
            securitySchemes: {
              bearer: {
                type: 'http',
                scheme: 'bearer',
                description: `The token given to the service with --token-file or ${tokenEnvironmentVariable}.`,
              },
            },
          }
        : {}),
    },
  };
}
