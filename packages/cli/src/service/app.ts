/**
 * The render service as a Fastify application (no listening: `fieldcode serve` listens, tests use
 * `inject`). Every answer to bad input is a 4xx with `{ error, message }`; a 500 means a bug.
 */
import type { Readable } from 'node:stream';
import { Readable as ReadableStream } from 'node:stream';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyServerOptions } from 'fastify';
import type { SchemaName } from '@fieldcode/content';
import type { ContentApi } from '../content.js';
import { createRequestGuard, guardOnRequestHook } from '../http/guard.js';
import { bearerChecker } from './auth.js';
import { batchAnswers, defaultBatchMaxLines } from './batch.js';
import { BadRequestError, parseJsonBody } from './json-body.js';
import type { Library, RefreshResult } from './library.js';
import type { ServiceMetrics } from './metrics.js';
import { openApiDocument } from './openapi.js';
import { checkTemplates, exportResponseTemplates, type TemplateRequest } from './templates.js';
import { answerBody, checkRequestLimits, describeIssues, renderRequest, type RenderAnswer, type RenderRequest } from './render-request.js';

export type ServiceApi = Pick<
  ContentApi,
  | 'compileStandardResponse'
  | 'validateSchema'
  | 'parseInviteToChat'
  | 'inviteToChatToRenderData'
  | 'positionInJsonText'
  | 'parseJsonText'
  | 'lint'
  | 'getSchema'
  | 'readTemplateExport'
  | 'exportTemplates'
  | 'exportProblemDiagnostics'
  | 'responseTemplates'
  | 'findTemplate'
>;

/** Limits of one service instance. */
export interface ServiceLimits {
  /** Largest JSON body in bytes (default 1 MiB); a batch body is streamed and limited per line instead. */
  bodyLimit: number;
  /** Requests processed at once; more get 503 with `Retry-After` (default 64). */
  maxInFlight: number;
  /** Request lines of one `POST /v1/render/batch` (default 100,000); the line after the last gets a `413` answer line. */
  batchMaxLines: number;
}

export const defaultLimits: ServiceLimits = { bodyLimit: 1024 * 1024, maxInFlight: 64, batchMaxLines: defaultBatchMaxLines };

export interface ServiceOptions {
  api: ServiceApi;
  library: Library;
  metrics: ServiceMetrics;
  /** Bind address (for the Host check). */
  host: string;
  /** More names the `Host` header may carry (a load balancer's name). */
  allowedHosts?: readonly string[];
  /** Bearer token required on `/v1/*` and `/metrics`; none: open. */
  token?: string;
  limits?: Partial<ServiceLimits>;
  logger?: FastifyServerOptions['logger'];
  version: string;
  /** Called before the application is sealed: an embedding program adds its own routes or hooks here. */
  configure?: (app: FastifyInstance) => void;
}

/** The application and its shutdown switch. */
export interface Service {
  app: FastifyInstance;
  /** Marks the service as draining (`/readyz` answers 503) before closing. */
  drain(): void;
  /** Records a library refresh in the logs and metrics. */
  recordRefresh(result: RefreshResult): void;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Route needs the bearer token when the service has one. */
    protected?: boolean;
  }
}

/** Schemas validated by the project's precompiled validators, by `$id`. */
function schemaNameOf(schema: unknown): SchemaName | undefined {
  const id = (schema as { $id?: unknown }).$id;
  const match = typeof id === 'string' ? /^https:\/\/fieldcode\.dev\/schemas\/([a-z-]+)\.schema\.json$/.exec(id) : null;
  return match ? (match[1] as SchemaName) : undefined;
}

export async function buildService(options: ServiceOptions): Promise<Service> {
  const { api, library, metrics } = options;
  const limits: ServiceLimits = { ...defaultLimits, ...options.limits };
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: limits.bodyLimit,
    return503OnClosing: true,
    // A slow or stuck client cannot hold a connection forever.
    requestTimeout: 120_000,
    connectionTimeout: 0,
    keepAliveTimeout: 72_000,
  });
  let draining = false;
  let inFlight = 0;
  const isAuthorized = options.token === undefined ? undefined : bearerChecker(options.token);

  // Request bodies are checked with the project's JSON Schemas through its precompiled (standalone)
  // ajv validators: no code generation at run time.
  app.setValidatorCompiler(({ schema }) => {
    const name = schemaNameOf(schema);
    if (name === undefined) throw new Error(`no precompiled validator for schema ${JSON.stringify((schema as { $id?: unknown }).$id)}`);
    return (data: unknown) => {
      const issues = api.validateSchema(name, data);
      return issues.length === 0 ? { value: data } : { error: new BadRequestError(describeIssues(issues, 'body')) };
    };
  });

  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    try {
      done(null, parseJsonBody(api, body as string));
    } catch (error) {
      done(error as Error, undefined);
    }
  });
  // Batches are streamed to the route (not buffered), so the body limit applies per line there.
  app.addContentTypeParser('application/x-ndjson', (_request, payload, done) => done(null, payload));

  app.addHook('onRequest', guardOnRequestHook(createRequestGuard({ host: options.host, allowedHosts: options.allowedHosts ?? [] })));
  // One listener for every response (no closure per request); 'close' fires once per response,
  // also when the client goes away before the answer. The gauge is read when /metrics is scraped.
  const requestClosed = (): void => {
    inFlight--;
  };
  app.addHook('onRequest', (request, reply, done) => {
    if (isAuthorized !== undefined && request.routeOptions.config.protected === true && !isAuthorized(request.headers.authorization)) {
      reply.header('www-authenticate', 'Bearer realm="fieldcode"');
      reply.code(401).send({ error: 'unauthorized', message: 'This service needs "Authorization: Bearer TOKEN"' });
      return;
    }
    if (request.url.startsWith('/v1/')) {
      if (inFlight >= limits.maxInFlight) {
        reply.header('retry-after', '1');
        reply.code(503).send({ error: 'busy', message: `More than ${limits.maxInFlight} requests in flight; retry shortly` });
        return;
      }
      inFlight++;
      reply.raw.on('close', requestClosed);
    }
    done();
  });
  app.addHook('onResponse', async (request, reply) => {
    const labels = { method: request.method, route: request.routeOptions.url ?? 'unmatched', status: String(reply.statusCode) };
    metrics.requests.inc(labels);
    metrics.latency.observe(labels, reply.elapsedTime / 1000);
  });

  app.setErrorHandler((error: Error & { statusCode?: number; code?: string; validation?: unknown }, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status === 413)
      return reply.code(413).send({ error: 'payload-too-large', message: `The body is larger than ${limits.bodyLimit} bytes` });
    if (status === 415)
      return reply
        .code(415)
        .send({ error: 'unsupported-media-type', message: 'Send application/json (application/x-ndjson for /v1/render/batch)' });
    if (status >= 400 && status < 500) {
      return reply
        .code(status === 400 || error.validation !== undefined ? 400 : status)
        .send({ error: status === 400 ? 'bad-request' : (error.code ?? 'bad-request'), message: error.message });
    }
    request.log.error({ err: error }, 'internal error');
    return reply.code(500).send({ error: 'internal', message: 'Internal error (logged)' });
  });
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send({ error: 'not-found', message: `No route ${request.method} ${request.url.split('?')[0]}` }),
  );

  const countRender = (answer: RenderAnswer): void => metrics.countRender(answer.channel, answer.ok);
  const protectedRoute = { protected: true };
  const jsonType = 'application/json; charset=utf-8';

  // Not async: the answer is sent before the handler returns, so no promise is made per request.
  app.post('/v1/render', { schema: { body: api.getSchema('render-request') }, config: protectedRoute }, (request, reply) => {
    // The route's schema has been checked by the validator compiler above; the rest is checked here.
    const checked = checkRequestLimits(request.body as RenderRequest);
    if ('error' in checked) {
      reply.code(checked.status).send({ error: checked.error, message: checked.message });
      return;
    }
    const answer = renderRequest(api, library.snapshot, checked);
    if ('error' in answer) {
      reply.code(answer.status).send({ error: answer.error, message: answer.message });
      return;
    }
    countRender(answer);
    reply.code(answer.status).header('content-type', jsonType).send(answerBody(answer));
  });

  app.post('/v1/render/batch', { config: protectedRoute }, async (request, reply) => {
    const body = request.body as Readable | undefined;
    if (body === undefined || typeof (body as Readable).pipe !== 'function') {
      return reply
        .code(415)
        .send({ error: 'unsupported-media-type', message: 'Send the batch as application/x-ndjson: one render request per line' });
    }
    reply.type('application/x-ndjson; charset=utf-8');
    return reply.send(
      ReadableStream.from(
        batchAnswers(api, () => library.snapshot, body, countRender, limits.batchMaxLines),
        { objectMode: false },
      ),
    );
  });

  app.post('/v1/lint', { schema: { body: api.getSchema('lint-request') }, config: protectedRoute }, async (request) => {
    const { text, path } = request.body as { text: string; path?: string };
    const settings = library.snapshot.settings;
    const result = api.lint(text, {
      filePath: path ?? 'response.json',
      ...(settings.profile === undefined ? {} : { profile: settings.profile }),
      ...(settings.rules === undefined ? {} : { rules: settings.rules }),
      ...(settings.dataDictionary === undefined ? {} : { dataDictionary: settings.dataDictionary }),
    });
    return {
      ok: result.errorCount === 0,
      errorCount: result.errorCount,
      warningCount: result.warningCount,
      diagnostics: result.diagnostics.map(withoutFix),
    };
  });

  const templateRoute = { schema: { body: api.getSchema('template-request') }, config: protectedRoute };
  app.post('/v1/templates/check', templateRoute, async (request, reply) => {
    const answer = checkTemplates(api, library.snapshot, request.body as TemplateRequest);
    return reply.code(answer.status).send(answer.body);
  });
  app.post('/v1/templates/export', templateRoute, async (request, reply) => {
    const answer = exportResponseTemplates(api, library.snapshot, request.body as TemplateRequest);
    return reply.code(answer.status).send(answer.body);
  });

  app.get('/v1/responses', { config: protectedRoute }, async () => {
    const snapshot = library.snapshot;
    return {
      responses: [...snapshot.byPath.values()].map((entry) => ({
        ...(entry.id === undefined ? {} : { id: entry.id }),
        ...(entry.name === undefined ? {} : { name: entry.name }),
        path: entry.path,
        lint: { errorCount: entry.lint.errorCount, warningCount: entry.lint.warningCount },
        ...(snapshot.problems.has(entry.path) ? { problem: snapshot.problems.get(entry.path)!.message } : {}),
      })),
      problems: [...snapshot.problems.values()].map(({ path, message, previous }) => ({ path, message, previous })),
      duplicateIds: [...snapshot.duplicateIds].map(([id, paths]) => ({ id, paths, served: paths[0] })),
    };
  });

  app.get<{ Params: { id: string } }>('/v1/responses/:id', { config: protectedRoute }, async (request, reply) => {
    const snapshot = library.snapshot;
    const entry = snapshot.byId.get(request.params.id) ?? snapshot.byPath.get(request.params.id);
    if (entry === undefined)
      return reply
        .code(404)
        .send({ error: 'unknown-response', message: `No standard response with the id or path ${JSON.stringify(request.params.id)}` });
    return {
      ...(entry.id === undefined ? {} : { id: entry.id }),
      ...(entry.name === undefined ? {} : { name: entry.name }),
      path: entry.path,
      lint: { errorCount: entry.lint.errorCount, warningCount: entry.lint.warningCount },
      ...(snapshot.problems.has(entry.path) ? { problem: snapshot.problems.get(entry.path)!.message } : {}),
      response: entry.response,
      diagnostics: entry.lint.diagnostics.map(withoutFix),
    };
  });

  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_request, reply) => {
    if (draining) return reply.code(503).send({ status: 'draining' });
    return { status: 'ready', responses: library.snapshot.byPath.size };
  });
  app.get('/metrics', { config: protectedRoute }, async (_request, reply: FastifyReply) => {
    const snapshot = library.snapshot;
    metrics.inFlight.set(inFlight);
    metrics.libraryResponses.set(snapshot.byPath.size);
    metrics.libraryBroken.set(snapshot.problems.size);
    metrics.libraryDuplicateIds.set(snapshot.duplicateIds.size);
    reply.type(metrics.registry.contentType);
    return metrics.registry.metrics();
  });
  const openapi = JSON.stringify(openApiDocument(api, options.version, options.token !== undefined));
  app.get('/openapi.json', async (_request, reply) => reply.type('application/json; charset=utf-8').send(openapi));

  const logDuplicateId = (id: string, paths: readonly string[]): void => {
    app.log.warn({ id, paths, served: paths[0] }, 'several files share an id; the first path answers for it');
  };
  options.configure?.(app);
  await app.ready();
  for (const [id, paths] of library.snapshot.duplicateIds) logDuplicateId(id, paths);
  return {
    app,
    drain() {
      draining = true;
    },
    recordRefresh(result) {
      for (const { id, paths } of result.duplicateIds) logDuplicateId(id, paths);
      const failed = result.failed.length > 0 || result.configProblem !== undefined;
      if (result.loaded.length === 0 && result.removed.length === 0 && !failed) return;
      metrics.reloads.inc({ result: failed ? 'failed' : 'ok' });
      if (result.loaded.length > 0 || result.removed.length > 0)
        app.log.info({ loaded: result.loaded, removed: result.removed }, 'library reloaded');
      for (const problem of result.failed) {
        app.log.warn({ path: problem.path, problem: problem.message, previousVersionServed: problem.previous }, 'file not loaded');
      }
      if (result.configProblem !== undefined)
        app.log.warn({ problem: result.configProblem }, 'configuration not reloaded; the previous one stays');
    },
  };
}

/** Fixes are editor data (text edits); the API answers findings only. */
function withoutFix<T extends { fix?: unknown }>(diagnostic: T): Omit<T, 'fix'> {
  const { fix: _fix, ...rest } = diagnostic;
  return rest;
}
